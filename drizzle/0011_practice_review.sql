CREATE TABLE "practice_conflict_declarations" (
	"practice_id" uuid NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"has_conflict" boolean NOT NULL,
	"statement" text,
	"declared_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_conflict_declarations_practice_id_reviewer_id_pk" PRIMARY KEY("practice_id","reviewer_id")
);
--> statement-breakpoint
CREATE TABLE "practice_reviewers" (
	"practice_id" uuid NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"assigned_by" uuid,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_reviewers_practice_id_reviewer_id_pk" PRIMARY KEY("practice_id","reviewer_id")
);
--> statement-breakpoint
CREATE TABLE "practice_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"recommendation" text NOT NULL,
	"comments" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_reviews_recommendation" CHECK ("practice_reviews"."recommendation" in ('publish','changes','reject'))
);
--> statement-breakpoint
CREATE TABLE "practice_submissions" (
	"practice_id" uuid PRIMARY KEY NOT NULL,
	"owner_id" uuid NOT NULL,
	"state_id" text,
	"organisation_id" uuid,
	"criteria" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"round" integer DEFAULT 0 NOT NULL,
	"submitted_at" timestamp with time zone,
	"decision_note" text,
	"decided_at" timestamp with time zone,
	CONSTRAINT "practice_submissions_round" CHECK ("practice_submissions"."round" >= 0)
);
--> statement-breakpoint
CREATE TABLE "practice_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"kind" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"created_by" uuid,
	"created_by_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_versions_kind" CHECK ("practice_versions"."kind" in ('submitted','published','edited')),
	CONSTRAINT "practice_versions_number_positive" CHECK ("practice_versions"."number" >= 1)
);
--> statement-breakpoint
ALTER TABLE "practices" DROP CONSTRAINT "practices_title_en";--> statement-breakpoint
ALTER TABLE "practices" DROP CONSTRAINT "practices_summary_en";--> statement-breakpoint
ALTER TABLE "practice_conflict_declarations" ADD CONSTRAINT "practice_conflict_declarations_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_conflict_declarations" ADD CONSTRAINT "practice_conflict_declarations_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_reviewers" ADD CONSTRAINT "practice_reviewers_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_reviewers" ADD CONSTRAINT "practice_reviewers_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_reviewers" ADD CONSTRAINT "practice_reviewers_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_reviews" ADD CONSTRAINT "practice_reviews_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_reviews" ADD CONSTRAINT "practice_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_submissions" ADD CONSTRAINT "practice_submissions_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_submissions" ADD CONSTRAINT "practice_submissions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_submissions" ADD CONSTRAINT "practice_submissions_state_id_states_id_fk" FOREIGN KEY ("state_id") REFERENCES "public"."states"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_submissions" ADD CONSTRAINT "practice_submissions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_versions" ADD CONSTRAINT "practice_versions_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_versions" ADD CONSTRAINT "practice_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "practice_reviewers_reviewer" ON "practice_reviewers" USING btree ("reviewer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "practice_reviews_one_per_round" ON "practice_reviews" USING btree ("practice_id","reviewer_id","round");--> statement-breakpoint
CREATE INDEX "practice_submissions_owner" ON "practice_submissions" USING btree ("owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "practice_versions_number" ON "practice_versions" USING btree ("practice_id","number");--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_title_any" CHECK (length(coalesce(nullif("practices"."titles"->>'en', ''), nullif("practices"."titles"->>'fr', ''), nullif("practices"."titles"->>'es', ''), nullif("practices"."titles"->>'ar', ''), '')) between 1 and 300);--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_summary_any" CHECK (length(coalesce(nullif("practices"."summaries"->>'en', ''), nullif("practices"."summaries"->>'fr', ''), nullif("practices"."summaries"->>'es', ''), nullif("practices"."summaries"->>'ar', ''), '')) between 1 and 4000);