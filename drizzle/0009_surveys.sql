CREATE TABLE "survey_answered" (
	"survey_id" uuid NOT NULL,
	"respondent_key" text NOT NULL,
	"answered_on" date NOT NULL,
	CONSTRAINT "survey_answered_survey_id_respondent_key_pk" PRIMARY KEY("survey_id","respondent_key")
);
--> statement-breakpoint
CREATE TABLE "survey_answers" (
	"response_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"item_id" uuid,
	"choice_id" uuid,
	"number" double precision,
	"text" text,
	CONSTRAINT "survey_answers_something" CHECK ("survey_answers"."choice_id" is not null or "survey_answers"."number" is not null or "survey_answers"."text" is not null)
);
--> statement-breakpoint
CREATE TABLE "survey_choices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"question_id" uuid NOT NULL,
	"labels" jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "survey_choices_id_question" UNIQUE("id","question_id")
);
--> statement-breakpoint
CREATE TABLE "survey_drafts" (
	"survey_id" uuid NOT NULL,
	"respondent_key" text NOT NULL,
	"answers" jsonb NOT NULL,
	"saved_on" date NOT NULL,
	CONSTRAINT "survey_drafts_survey_id_respondent_key_pk" PRIMARY KEY("survey_id","respondent_key")
);
--> statement-breakpoint
CREATE TABLE "survey_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"question_id" uuid NOT NULL,
	"labels" jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "survey_items_id_question" UNIQUE("id","question_id")
);
--> statement-breakpoint
CREATE TABLE "survey_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"section_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"kind" text NOT NULL,
	"titles" jsonb NOT NULL,
	"hints" jsonb,
	"required" boolean DEFAULT false NOT NULL,
	"hidden" boolean DEFAULT false NOT NULL,
	"allow_other" boolean DEFAULT false NOT NULL,
	"min_value" double precision,
	"max_value" double precision,
	"condition_question_id" uuid,
	"condition_value" text,
	CONSTRAINT "survey_questions_id_survey" UNIQUE("id","survey_id"),
	CONSTRAINT "survey_questions_condition" CHECK (("survey_questions"."condition_question_id" is null) = ("survey_questions"."condition_value" is null)),
	CONSTRAINT "survey_questions_not_own_condition" CHECK ("survey_questions"."condition_question_id" is null or "survey_questions"."condition_question_id" <> "survey_questions"."id"),
	CONSTRAINT "survey_questions_other" CHECK (not "survey_questions"."allow_other" or "survey_questions"."kind" = 'multiple-choice'),
	CONSTRAINT "survey_questions_range" CHECK ("survey_questions"."min_value" is null or "survey_questions"."max_value" is null or "survey_questions"."min_value" <= "survey_questions"."max_value")
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"anonymous" boolean NOT NULL,
	"respondent_key" text,
	"state_id" text,
	"submitted_on" date NOT NULL,
	"submitted_at" timestamp with time zone,
	"changed_at" timestamp with time zone,
	CONSTRAINT "survey_responses_one_per_respondent" UNIQUE("survey_id","respondent_key"),
	CONSTRAINT "survey_responses_id_survey" UNIQUE("id","survey_id"),
	CONSTRAINT "survey_responses_anonymous_unlinked" CHECK (not "survey_responses"."anonymous" or ("survey_responses"."respondent_key" is null and "survey_responses"."state_id" is null and "survey_responses"."submitted_at" is null and "survey_responses"."changed_at" is null)),
	CONSTRAINT "survey_responses_named_respondent" CHECK ("survey_responses"."anonymous" or ("survey_responses"."respondent_key" is not null and "survey_responses"."submitted_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "survey_sections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"titles" jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "survey_sections_id_survey" UNIQUE("id","survey_id")
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid,
	"cycle_id" uuid,
	"titles" jsonb NOT NULL,
	"introductions" jsonb,
	"audience" text NOT NULL,
	"anonymous" boolean DEFAULT true NOT NULL,
	"editable_after_submit" boolean DEFAULT false NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"results_visibility" text DEFAULT 'secretariat' NOT NULL,
	"link_token" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "surveys_id_anonymous" UNIQUE("id","anonymous"),
	CONSTRAINT "surveys_owner" CHECK (("surveys"."event_id" is null) <> ("surveys"."cycle_id" is null)),
	CONSTRAINT "surveys_focal_points_of_cycle" CHECK (("surveys"."audience" = 'focal-points') = ("surveys"."cycle_id" is not null)),
	CONSTRAINT "surveys_link_token" CHECK (("surveys"."audience" = 'link') = ("surveys"."link_token" is not null)),
	CONSTRAINT "surveys_dates" CHECK ("surveys"."closes_at" > "surveys"."opens_at"),
	CONSTRAINT "surveys_anonymous_not_editable" CHECK (not ("surveys"."anonymous" and "surveys"."editable_after_submit"))
);
--> statement-breakpoint
ALTER TABLE "survey_answered" ADD CONSTRAINT "survey_answered_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_response_fk" FOREIGN KEY ("response_id","survey_id") REFERENCES "public"."survey_responses"("id","survey_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_question_fk" FOREIGN KEY ("question_id","survey_id") REFERENCES "public"."survey_questions"("id","survey_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_choice_fk" FOREIGN KEY ("choice_id","question_id") REFERENCES "public"."survey_choices"("id","question_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_item_fk" FOREIGN KEY ("item_id","question_id") REFERENCES "public"."survey_items"("id","question_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_choices" ADD CONSTRAINT "survey_choices_question_id_survey_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."survey_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_drafts" ADD CONSTRAINT "survey_drafts_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_items" ADD CONSTRAINT "survey_items_question_id_survey_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."survey_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_questions" ADD CONSTRAINT "survey_questions_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_questions" ADD CONSTRAINT "survey_questions_section_fk" FOREIGN KEY ("section_id","survey_id") REFERENCES "public"."survey_sections"("id","survey_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_questions" ADD CONSTRAINT "survey_questions_condition_fk" FOREIGN KEY ("condition_question_id","survey_id") REFERENCES "public"."survey_questions"("id","survey_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_survey_fk" FOREIGN KEY ("survey_id","anonymous") REFERENCES "public"."surveys"("id","anonymous") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "survey_sections" ADD CONSTRAINT "survey_sections_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_answers_survey_id_question_id_choice_id_index" ON "survey_answers" USING btree ("survey_id","question_id","choice_id");--> statement-breakpoint
CREATE INDEX "survey_answers_response_id_index" ON "survey_answers" USING btree ("response_id");--> statement-breakpoint
CREATE INDEX "survey_choices_question_id_index" ON "survey_choices" USING btree ("question_id");--> statement-breakpoint
CREATE INDEX "survey_items_question_id_index" ON "survey_items" USING btree ("question_id");--> statement-breakpoint
CREATE INDEX "survey_questions_survey_id_position_index" ON "survey_questions" USING btree ("survey_id","position");--> statement-breakpoint
CREATE INDEX "survey_responses_survey_id_index" ON "survey_responses" USING btree ("survey_id");--> statement-breakpoint
CREATE INDEX "survey_sections_survey_id_index" ON "survey_sections" USING btree ("survey_id");--> statement-breakpoint
CREATE INDEX "surveys_event_id_index" ON "surveys" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "surveys_cycle_id_index" ON "surveys" USING btree ("cycle_id");--> statement-breakpoint
CREATE UNIQUE INDEX "surveys_link_token_unique" ON "surveys" USING btree ("link_token");