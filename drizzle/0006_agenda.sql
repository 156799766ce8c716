CREATE TABLE "ballot_eligible_states" (
	"ballot_id" uuid NOT NULL,
	"state_id" text NOT NULL,
	"membership" text NOT NULL,
	CONSTRAINT "ballot_eligible_states_ballot_id_state_id_pk" PRIMARY KEY("ballot_id","state_id")
);
--> statement-breakpoint
CREATE TABLE "ballot_marks" (
	"response_id" uuid NOT NULL,
	"ballot_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"choice" text,
	"rank" integer,
	CONSTRAINT "ballot_marks_response_id_proposal_id_pk" PRIMARY KEY("response_id","proposal_id"),
	CONSTRAINT "ballot_marks_one_kind" CHECK (("ballot_marks"."choice" is null) <> ("ballot_marks"."rank" is null)),
	CONSTRAINT "ballot_marks_rank" CHECK ("ballot_marks"."rank" is null or "ballot_marks"."rank" >= 1)
);
--> statement-breakpoint
CREATE TABLE "ballot_proposals" (
	"ballot_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "ballot_proposals_ballot_id_proposal_id_pk" PRIMARY KEY("ballot_id","proposal_id")
);
--> statement-breakpoint
CREATE TABLE "ballot_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ballot_id" uuid NOT NULL,
	"state_id" text NOT NULL,
	"cast_by" uuid,
	"cast_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone,
	"revision" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "ballot_responses_one_per_state" UNIQUE("ballot_id","state_id"),
	CONSTRAINT "ballot_responses_id_ballot" UNIQUE("id","ballot_id")
);
--> statement-breakpoint
CREATE TABLE "ballots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"titles" jsonb NOT NULL,
	"rule" text NOT NULL,
	"max_choices" integer,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"eligible_on" date NOT NULL,
	"include_observers" boolean DEFAULT false NOT NULL,
	"publish_results" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ballots_id_consultation" UNIQUE("id","consultation_id"),
	CONSTRAINT "ballots_dates" CHECK ("ballots"."closes_at" > "ballots"."opens_at"),
	CONSTRAINT "ballots_max_choices" CHECK (("ballots"."rule" = 'choose') = ("ballots"."max_choices" is not null) and coalesce("ballots"."max_choices", 1) >= 1)
);
--> statement-breakpoint
CREATE TABLE "consultation_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text DEFAULT 'application/pdf' NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_attachments_pdf" CHECK ("consultation_attachments"."content_type" = 'application/pdf'),
	CONSTRAINT "consultation_attachments_size" CHECK ("consultation_attachments"."size" > 0 and "consultation_attachments"."size" <= 20971520)
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"titles" jsonb NOT NULL,
	"held_on" date NOT NULL,
	"place" text,
	"document_symbol" text,
	"note" text,
	"decision_summary" text,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"titles" jsonb NOT NULL,
	"descriptions" jsonb,
	"proposed_by" text,
	"proposed_by_state_id" text,
	"proposed_by_organisation_id" uuid,
	"status" text DEFAULT 'proposed' NOT NULL,
	"merged_into_id" uuid,
	"event_id" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposals_id_consultation" UNIQUE("id","consultation_id"),
	CONSTRAINT "proposals_merged_into" CHECK (("proposals"."status" = 'merged') = ("proposals"."merged_into_id" is not null)),
	CONSTRAINT "proposals_not_into_itself" CHECK ("proposals"."merged_into_id" is null or "proposals"."merged_into_id" <> "proposals"."id"),
	CONSTRAINT "proposals_event_selected_workshop" CHECK ("proposals"."event_id" is null or ("proposals"."status" = 'selected' and "proposals"."kind" = 'workshop-topic'))
);
--> statement-breakpoint
ALTER TABLE "ballot_eligible_states" ADD CONSTRAINT "ballot_eligible_states_ballot_id_ballots_id_fk" FOREIGN KEY ("ballot_id") REFERENCES "public"."ballots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_eligible_states" ADD CONSTRAINT "ballot_eligible_states_state_id_states_id_fk" FOREIGN KEY ("state_id") REFERENCES "public"."states"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_marks" ADD CONSTRAINT "ballot_marks_response_fk" FOREIGN KEY ("response_id","ballot_id") REFERENCES "public"."ballot_responses"("id","ballot_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_marks" ADD CONSTRAINT "ballot_marks_on_ballot_fk" FOREIGN KEY ("ballot_id","proposal_id") REFERENCES "public"."ballot_proposals"("ballot_id","proposal_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_proposals" ADD CONSTRAINT "ballot_proposals_ballot_fk" FOREIGN KEY ("ballot_id","consultation_id") REFERENCES "public"."ballots"("id","consultation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_proposals" ADD CONSTRAINT "ballot_proposals_proposal_fk" FOREIGN KEY ("proposal_id","consultation_id") REFERENCES "public"."proposals"("id","consultation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_responses" ADD CONSTRAINT "ballot_responses_cast_by_users_id_fk" FOREIGN KEY ("cast_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_responses" ADD CONSTRAINT "ballot_responses_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_responses" ADD CONSTRAINT "ballot_responses_eligible_fk" FOREIGN KEY ("ballot_id","state_id") REFERENCES "public"."ballot_eligible_states"("ballot_id","state_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_attachments" ADD CONSTRAINT "consultation_attachments_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_proposed_by_state_id_states_id_fk" FOREIGN KEY ("proposed_by_state_id") REFERENCES "public"."states"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_proposed_by_organisation_id_organisations_id_fk" FOREIGN KEY ("proposed_by_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_merged_into_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ballot_marks_ballot_id_proposal_id_index" ON "ballot_marks" USING btree ("ballot_id","proposal_id");--> statement-breakpoint
CREATE INDEX "ballots_consultation_id_index" ON "ballots" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "consultation_attachments_consultation_id_index" ON "consultation_attachments" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "consultations_cycle_id_held_on_index" ON "consultations" USING btree ("cycle_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "consultations_document_symbol_unique" ON "consultations" USING btree ("document_symbol");--> statement-breakpoint
CREATE INDEX "proposals_consultation_id_index" ON "proposals" USING btree ("consultation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "proposals_event_unique" ON "proposals" USING btree ("event_id");