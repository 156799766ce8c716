CREATE TABLE "follow_up_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"item_kind" text DEFAULT 'recommendation' NOT NULL,
	"owner_state_id" text,
	"owner_organisation_id" uuid,
	"descriptions" jsonb NOT NULL,
	"status" text NOT NULL,
	"due_date" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_up_actions_id_dialogue" UNIQUE("id","dialogue_id"),
	CONSTRAINT "follow_up_actions_recommendation" CHECK ("follow_up_actions"."item_kind" = 'recommendation'),
	CONSTRAINT "follow_up_actions_one_owner" CHECK (("follow_up_actions"."owner_state_id" is null) <> ("follow_up_actions"."owner_organisation_id" is null)),
	CONSTRAINT "follow_up_actions_description_any" CHECK (length(coalesce(nullif("follow_up_actions"."descriptions"->>'en', ''), nullif("follow_up_actions"."descriptions"->>'fr', ''), nullif("follow_up_actions"."descriptions"->>'es', ''), nullif("follow_up_actions"."descriptions"->>'ar', ''), '')) between 1 and 4000)
);
--> statement-breakpoint
CREATE TABLE "follow_up_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_id" uuid NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"on" date NOT NULL,
	"texts" jsonb NOT NULL,
	"status" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_up_entries_text_any" CHECK (length(coalesce(nullif("follow_up_entries"."texts"->>'en', ''), nullif("follow_up_entries"."texts"->>'fr', ''), nullif("follow_up_entries"."texts"->>'es', ''), nullif("follow_up_entries"."texts"->>'ar', ''), '')) between 1 and 4000)
);
--> statement-breakpoint
CREATE TABLE "follow_up_statuses" (
	"dialogue_id" uuid NOT NULL,
	"key" text NOT NULL,
	"labels" jsonb NOT NULL,
	"progress" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "follow_up_statuses_dialogue_id_key_pk" PRIMARY KEY("dialogue_id","key"),
	CONSTRAINT "follow_up_statuses_progress" CHECK ("follow_up_statuses"."progress" between 0 and 100),
	CONSTRAINT "follow_up_statuses_key" CHECK ("follow_up_statuses"."key" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length("follow_up_statuses"."key") <= 40)
);
--> statement-breakpoint
CREATE TABLE "report_item_facts" (
	"item_id" uuid NOT NULL,
	"fact_id" uuid NOT NULL,
	CONSTRAINT "report_item_facts_item_id_fact_id_pk" PRIMARY KEY("item_id","fact_id")
);
--> statement-breakpoint
CREATE TABLE "report_item_organisations" (
	"item_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "report_item_organisations_item_id_organisation_id_pk" PRIMARY KEY("item_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "report_item_practices" (
	"item_id" uuid NOT NULL,
	"practice_id" uuid NOT NULL,
	CONSTRAINT "report_item_practices_item_id_practice_id_pk" PRIMARY KEY("item_id","practice_id")
);
--> statement-breakpoint
CREATE TABLE "report_item_states" (
	"item_id" uuid NOT NULL,
	"state_id" text NOT NULL,
	CONSTRAINT "report_item_states_item_id_state_id_pk" PRIMARY KEY("item_id","state_id")
);
--> statement-breakpoint
CREATE TABLE "report_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"level" text,
	"headlines" jsonb,
	"texts" jsonb NOT NULL,
	"gcm_objectives" integer[] DEFAULT '{}' NOT NULL,
	"principles" text[] DEFAULT '{}' NOT NULL,
	"areas" text[] DEFAULT '{}' NOT NULL,
	"stages" text[] DEFAULT '{}' NOT NULL,
	"target_groups" text[] DEFAULT '{}' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_items_id_dialogue_kind" UNIQUE("id","dialogue_id","kind"),
	CONSTRAINT "report_items_text_any" CHECK (length(coalesce(nullif("report_items"."texts"->>'en', ''), nullif("report_items"."texts"->>'fr', ''), nullif("report_items"."texts"->>'es', ''), nullif("report_items"."texts"->>'ar', ''), '')) between 1 and 8000),
	CONSTRAINT "report_items_gcm_range" CHECK (1 <= all("report_items"."gcm_objectives") and 23 >= all("report_items"."gcm_objectives")),
	CONSTRAINT "report_items_principles" CHECK ("report_items"."principles" <@ array['a','b','c','d','e','f','g','h','i','j']::text[]),
	CONSTRAINT "report_items_target_groups" CHECK ("report_items"."target_groups" <@ array['youth','women','children','families','diaspora','refugees-displaced','low-skilled-workers','skilled-workers','students','entrepreneurs','migrant-workers','victims-of-trafficking','local-communities']::text[])
);
--> statement-breakpoint
CREATE TABLE "report_outcome_items" (
	"report_id" uuid NOT NULL,
	"outcome" integer NOT NULL,
	"item_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "report_outcome_items_report_id_outcome_item_id_pk" PRIMARY KEY("report_id","outcome","item_id"),
	CONSTRAINT "report_outcome_items_outcome" CHECK ("report_outcome_items"."outcome" >= 0)
);
--> statement-breakpoint
CREATE TABLE "report_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"reviewer_id" uuid,
	"decision" text NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_section_items" (
	"section_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "report_section_items_section_id_item_id_pk" PRIMARY KEY("section_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "report_sections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text DEFAULT 'text' NOT NULL,
	"titles" jsonb NOT NULL,
	"bodies" jsonb,
	CONSTRAINT "report_sections_title_any" CHECK (length(coalesce(nullif("report_sections"."titles"->>'en', ''), nullif("report_sections"."titles"->>'fr', ''), nullif("report_sections"."titles"->>'es', ''), nullif("report_sections"."titles"->>'ar', ''), '')) between 1 and 300)
);
--> statement-breakpoint
CREATE TABLE "report_versions" (
	"report_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"content" jsonb NOT NULL,
	"notes" jsonb,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid,
	CONSTRAINT "report_versions_report_id_number_pk" PRIMARY KEY("report_id","number"),
	CONSTRAINT "report_versions_number" CHECK ("report_versions"."number" >= 1),
	CONSTRAINT "report_versions_note" CHECK ("report_versions"."number" = 1 or length(coalesce(nullif("report_versions"."notes"->>'en', ''), nullif("report_versions"."notes"->>'fr', ''), nullif("report_versions"."notes"->>'es', ''), nullif("report_versions"."notes"->>'ar', ''), '')) > 0)
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"event_id" uuid,
	"titles" jsonb NOT NULL,
	"summaries" jsonb,
	"status" text DEFAULT 'draft' NOT NULL,
	"submitted_by" uuid,
	"published_version" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reports_slug_unique" UNIQUE("slug"),
	CONSTRAINT "reports_slug_format" CHECK ("reports"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length("reports"."slug") <= 120),
	CONSTRAINT "reports_title_any" CHECK (length(coalesce(nullif("reports"."titles"->>'en', ''), nullif("reports"."titles"->>'fr', ''), nullif("reports"."titles"->>'es', ''), nullif("reports"."titles"->>'ar', ''), '')) between 1 and 300)
);
--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD CONSTRAINT "follow_up_actions_owner_state_id_states_id_fk" FOREIGN KEY ("owner_state_id") REFERENCES "public"."states"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD CONSTRAINT "follow_up_actions_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD CONSTRAINT "follow_up_actions_item_fk" FOREIGN KEY ("item_id","dialogue_id","item_kind") REFERENCES "public"."report_items"("id","dialogue_id","kind") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD CONSTRAINT "follow_up_actions_status_fk" FOREIGN KEY ("dialogue_id","status") REFERENCES "public"."follow_up_statuses"("dialogue_id","key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_entries" ADD CONSTRAINT "follow_up_entries_action_fk" FOREIGN KEY ("action_id","dialogue_id") REFERENCES "public"."follow_up_actions"("id","dialogue_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_entries" ADD CONSTRAINT "follow_up_entries_status_fk" FOREIGN KEY ("dialogue_id","status") REFERENCES "public"."follow_up_statuses"("dialogue_id","key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_statuses" ADD CONSTRAINT "follow_up_statuses_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_item_facts" ADD CONSTRAINT "report_item_facts_item_id_report_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."report_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_item_facts" ADD CONSTRAINT "report_item_facts_fact_id_evidence_facts_id_fk" FOREIGN KEY ("fact_id") REFERENCES "public"."evidence_facts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_item_organisations" ADD CONSTRAINT "report_item_organisations_item_id_report_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."report_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_item_organisations" ADD CONSTRAINT "report_item_organisations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_item_practices" ADD CONSTRAINT "report_item_practices_item_id_report_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."report_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_item_practices" ADD CONSTRAINT "report_item_practices_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_item_states" ADD CONSTRAINT "report_item_states_item_id_report_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."report_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_item_states" ADD CONSTRAINT "report_item_states_state_id_states_id_fk" FOREIGN KEY ("state_id") REFERENCES "public"."states"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_items" ADD CONSTRAINT "report_items_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_items" ADD CONSTRAINT "report_items_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_outcome_items" ADD CONSTRAINT "report_outcome_items_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_outcome_items" ADD CONSTRAINT "report_outcome_items_item_id_report_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."report_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_reviews" ADD CONSTRAINT "report_reviews_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_section_items" ADD CONSTRAINT "report_section_items_section_id_report_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."report_sections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_section_items" ADD CONSTRAINT "report_section_items_item_id_report_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."report_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_sections" ADD CONSTRAINT "report_sections_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_versions" ADD CONSTRAINT "report_versions_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_event_cycle_fk" FOREIGN KEY ("event_id","cycle_id") REFERENCES "public"."events"("id","cycle_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "follow_up_actions_item_id_index" ON "follow_up_actions" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "follow_up_entries_action_id_on_index" ON "follow_up_entries" USING btree ("action_id","on");--> statement-breakpoint
CREATE INDEX "report_item_facts_fact_id_index" ON "report_item_facts" USING btree ("fact_id");--> statement-breakpoint
CREATE INDEX "report_item_organisations_organisation_id_index" ON "report_item_organisations" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "report_item_practices_practice_id_index" ON "report_item_practices" USING btree ("practice_id");--> statement-breakpoint
CREATE INDEX "report_item_states_state_id_index" ON "report_item_states" USING btree ("state_id");--> statement-breakpoint
CREATE INDEX "report_items_dialogue_id_kind_index" ON "report_items" USING btree ("dialogue_id","kind");--> statement-breakpoint
CREATE INDEX "report_items_gcm" ON "report_items" USING gin ("gcm_objectives");--> statement-breakpoint
CREATE INDEX "report_reviews_report_id_index" ON "report_reviews" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "report_section_items_item_id_index" ON "report_section_items" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "report_sections_report_id_position_index" ON "report_sections" USING btree ("report_id","position");--> statement-breakpoint
CREATE INDEX "reports_dialogue_id_index" ON "reports" USING btree ("dialogue_id");--> statement-breakpoint
CREATE INDEX "reports_event_id_index" ON "reports" USING btree ("event_id");--> statement-breakpoint
-- Hand-written (drizzle-kit does not generate triggers): a published version never changes. A
-- correction is a new version with a note; an UPDATE or DELETE of a version row is refused here,
-- whatever code or console tries it.
CREATE FUNCTION report_versions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'a published report version cannot be changed; publish a correction as a new version'
		USING ERRCODE = 'check_violation', CONSTRAINT = 'report_versions_frozen';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER report_versions_frozen BEFORE UPDATE OR DELETE ON "report_versions"
	FOR EACH ROW EXECUTE FUNCTION report_versions_frozen();
--> statement-breakpoint
-- TRUNCATE fires no row trigger: refused by a statement trigger of its own.
CREATE TRIGGER report_versions_not_truncated BEFORE TRUNCATE ON "report_versions"
	FOR EACH STATEMENT EXECUTE FUNCTION report_versions_frozen();
