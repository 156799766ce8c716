CREATE TABLE "evidence_facts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"statements" jsonb NOT NULL,
	"value" numeric,
	"unit" text,
	"year" integer,
	"source" text NOT NULL,
	"source_url" text,
	"source_event_id" uuid,
	"countries" text[] DEFAULT '{}' NOT NULL,
	"regions" text[] DEFAULT '{}' NOT NULL,
	"stages" text[] DEFAULT '{}' NOT NULL,
	"gcm_objectives" integer[] DEFAULT '{}' NOT NULL,
	"areas" text[] DEFAULT '{}' NOT NULL,
	"target_groups" text[] DEFAULT '{}' NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(statements->>'en', '')) || to_tsvector('french'::regconfig, coalesce(statements->>'fr', '')) || to_tsvector('spanish'::regconfig, coalesce(statements->>'es', '')) || to_tsvector('simple'::regconfig, coalesce(statements->>'ar', ''))) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_facts_statement_en" CHECK (length(coalesce("evidence_facts"."statements"->>'en', '')) between 1 and 2000),
	CONSTRAINT "evidence_facts_year" CHECK ("evidence_facts"."year" is null or "evidence_facts"."year" between 1900 and 2100),
	CONSTRAINT "evidence_facts_gcm_range" CHECK (1 <= all("evidence_facts"."gcm_objectives") and 23 >= all("evidence_facts"."gcm_objectives")),
	CONSTRAINT "evidence_facts_target_groups" CHECK ("evidence_facts"."target_groups" <@ array['youth','women','children','families','diaspora','refugees-displaced','low-skilled-workers','skilled-workers','students','entrepreneurs','migrant-workers','victims-of-trafficking','local-communities']::text[])
);
--> statement-breakpoint
CREATE TABLE "practice_evidence" (
	"practice_id" uuid NOT NULL,
	"fact_id" uuid NOT NULL,
	CONSTRAINT "practice_evidence_practice_id_fact_id_pk" PRIMARY KEY("practice_id","fact_id")
);
--> statement-breakpoint
CREATE TABLE "practices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"titles" jsonb NOT NULL,
	"summaries" jsonb NOT NULL,
	"descriptions" jsonb,
	"outcomes" jsonb,
	"lessons" jsonb,
	"innovation" jsonb,
	"scope" text NOT NULL,
	"period_start" integer,
	"period_end" integer,
	"status" text NOT NULL,
	"implementing_states" text[] DEFAULT '{}' NOT NULL,
	"implementing_organisations" text[] DEFAULT '{}' NOT NULL,
	"organisation_types" text[] DEFAULT '{}' NOT NULL,
	"partners" text[] DEFAULT '{}' NOT NULL,
	"countries" text[] DEFAULT '{}' NOT NULL,
	"regions" text[] DEFAULT '{}' NOT NULL,
	"stages" text[] DEFAULT '{}' NOT NULL,
	"gcm_objectives" integer[] DEFAULT '{}' NOT NULL,
	"principles" text[] DEFAULT '{}' NOT NULL,
	"areas" text[] DEFAULT '{}' NOT NULL,
	"target_groups" text[] DEFAULT '{}' NOT NULL,
	"contact" text,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source_event_id" uuid,
	"source_reference" text,
	"publication_status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"languages" text[] GENERATED ALWAYS AS (array_remove(array[case when titles ? 'en' then 'en' end, case when titles ? 'fr' then 'fr' end, case when titles ? 'es' then 'es' end, case when titles ? 'ar' then 'ar' end], null)) STORED NOT NULL,
	"search_en" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, coalesce(titles->>'en', '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(summaries->>'en', '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(descriptions->>'en', '') || ' ' || coalesce(outcomes->>'en', '') || ' ' || coalesce(lessons->>'en', '') || ' ' || coalesce(innovation->>'en', '')), 'C')) STORED NOT NULL,
	"search_fr" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('french'::regconfig, coalesce(titles->>'fr', '')), 'A') || setweight(to_tsvector('french'::regconfig, coalesce(summaries->>'fr', '')), 'B') || setweight(to_tsvector('french'::regconfig, coalesce(descriptions->>'fr', '') || ' ' || coalesce(outcomes->>'fr', '') || ' ' || coalesce(lessons->>'fr', '') || ' ' || coalesce(innovation->>'fr', '')), 'C')) STORED NOT NULL,
	"search_es" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('spanish'::regconfig, coalesce(titles->>'es', '')), 'A') || setweight(to_tsvector('spanish'::regconfig, coalesce(summaries->>'es', '')), 'B') || setweight(to_tsvector('spanish'::regconfig, coalesce(descriptions->>'es', '') || ' ' || coalesce(outcomes->>'es', '') || ' ' || coalesce(lessons->>'es', '') || ' ' || coalesce(innovation->>'es', '')), 'C')) STORED NOT NULL,
	"search_ar" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, coalesce(titles->>'ar', '')), 'A') || setweight(to_tsvector('simple'::regconfig, coalesce(summaries->>'ar', '')), 'B') || setweight(to_tsvector('simple'::regconfig, coalesce(descriptions->>'ar', '') || ' ' || coalesce(outcomes->>'ar', '') || ' ' || coalesce(lessons->>'ar', '') || ' ' || coalesce(innovation->>'ar', '')), 'C')) STORED NOT NULL,
	"search_titles" text GENERATED ALWAYS AS (lower(coalesce(titles->>'en', '') || ' ' || coalesce(titles->>'fr', '') || ' ' || coalesce(titles->>'es', '') || ' ' || coalesce(titles->>'ar', ''))) STORED NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practices_slug_format" CHECK ("practices"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length("practices"."slug") <= 120),
	CONSTRAINT "practices_title_en" CHECK (length(coalesce("practices"."titles"->>'en', '')) between 1 and 300),
	CONSTRAINT "practices_summary_en" CHECK (length(coalesce("practices"."summaries"->>'en', '')) between 1 and 4000),
	CONSTRAINT "practices_period" CHECK ("practices"."period_end" is null or "practices"."period_start" is null or "practices"."period_end" >= "practices"."period_start"),
	CONSTRAINT "practices_period_years" CHECK (coalesce("practices"."period_start", 2000) between 1900 and 2100 and coalesce("practices"."period_end", 2000) between 1900 and 2100),
	CONSTRAINT "practices_gcm_range" CHECK (1 <= all("practices"."gcm_objectives") and 23 >= all("practices"."gcm_objectives")),
	CONSTRAINT "practices_principles_letters" CHECK ("practices"."principles" <@ array['a','b','c','d','e','f','g','h','i','j']::text[]),
	CONSTRAINT "practices_target_groups" CHECK ("practices"."target_groups" <@ array['youth','women','children','families','diaspora','refugees-displaced','low-skilled-workers','skilled-workers','students','entrepreneurs','migrant-workers','victims-of-trafficking','local-communities']::text[]),
	CONSTRAINT "practices_organisation_types" CHECK ("practices"."organisation_types" <@ array['national-government','iom','un-entity','intergovernmental','international-organisation','civil-society','private-sector','academia-research','local-authority','diaspora','trade-union','media','multilateral-cooperation-agency']::text[]),
	CONSTRAINT "practices_iso3" CHECK (array_to_string("practices"."countries" || "practices"."implementing_states", ',') ~ '^([A-Z]{3}(,[A-Z]{3})*)?$'),
	CONSTRAINT "practices_published_at" CHECK (("practices"."publication_status" = 'published') = ("practices"."published_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "evidence_facts" ADD CONSTRAINT "evidence_facts_source_event_id_events_id_fk" FOREIGN KEY ("source_event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_evidence" ADD CONSTRAINT "practice_evidence_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_evidence" ADD CONSTRAINT "practice_evidence_fact_id_evidence_facts_id_fk" FOREIGN KEY ("fact_id") REFERENCES "public"."evidence_facts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_source_event_id_events_id_fk" FOREIGN KEY ("source_event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_facts_search" ON "evidence_facts" USING gin ("search");--> statement-breakpoint
CREATE INDEX "evidence_facts_gcm" ON "evidence_facts" USING gin ("gcm_objectives");--> statement-breakpoint
CREATE INDEX "evidence_facts_areas" ON "evidence_facts" USING gin ("areas");--> statement-breakpoint
CREATE INDEX "evidence_facts_countries" ON "evidence_facts" USING gin ("countries");--> statement-breakpoint
CREATE INDEX "practice_evidence_fact_id_index" ON "practice_evidence" USING btree ("fact_id");--> statement-breakpoint
CREATE UNIQUE INDEX "practices_slug" ON "practices" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "practices_search_en" ON "practices" USING gin ("search_en");--> statement-breakpoint
CREATE INDEX "practices_search_fr" ON "practices" USING gin ("search_fr");--> statement-breakpoint
CREATE INDEX "practices_search_es" ON "practices" USING gin ("search_es");--> statement-breakpoint
CREATE INDEX "practices_search_ar" ON "practices" USING gin ("search_ar");--> statement-breakpoint
CREATE INDEX "practices_gcm" ON "practices" USING gin ("gcm_objectives");--> statement-breakpoint
CREATE INDEX "practices_areas" ON "practices" USING gin ("areas");--> statement-breakpoint
CREATE INDEX "practices_countries" ON "practices" USING gin ("countries");--> statement-breakpoint
CREATE INDEX "practices_status" ON "practices" USING btree ("publication_status");--> statement-breakpoint
-- ─── HAND-WRITTEN (issue 7, practices): keep when this migration is regenerated ───────────────
-- Typo-tolerant search: pg_trgm (bundled with PostgreSQL; PGlite loads it from
-- @electric-sql/pglite/contrib/pg_trgm, see db/client.ts) and a trigram index on every title.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "practices_titles_trgm" ON "practices" USING gin ("search_titles" gin_trgm_ops);
-- ─── END HAND-WRITTEN ──────────────────────────────────────────────────────────────────────────
