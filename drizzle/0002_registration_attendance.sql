CREATE TABLE "delegations" (
	"event_id" uuid NOT NULL,
	"state_id" text NOT NULL,
	"quota" integer,
	"seats_taken" integer DEFAULT 0 NOT NULL,
	"head_registration_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "delegations_event_id_state_id_pk" PRIMARY KEY("event_id","state_id"),
	CONSTRAINT "delegation_seats_within_quota" CHECK ("delegations"."quota" is null or "delegations"."seats_taken" <= "delegations"."quota"),
	CONSTRAINT "delegation_seats_not_negative" CHECK ("delegations"."seats_taken" >= 0)
);
--> statement-breakpoint
CREATE TABLE "registration_choice_counts" (
	"event_id" uuid NOT NULL,
	"field_key" text NOT NULL,
	"choice_key" text NOT NULL,
	"capacity" integer,
	"taken" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "registration_choice_counts_event_id_field_key_choice_key_pk" PRIMARY KEY("event_id","field_key","choice_key"),
	CONSTRAINT "registration_choice_within_capacity" CHECK ("registration_choice_counts"."capacity" is null or "registration_choice_counts"."taken" <= "registration_choice_counts"."capacity")
);
--> statement-breakpoint
CREATE TABLE "registration_forms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registration_forms_event_id_version_unique" UNIQUE("event_id","version")
);
--> statement-breakpoint
CREATE TABLE "registration_settings" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"open" boolean DEFAULT false NOT NULL,
	"closes_at" timestamp with time zone,
	"capacity" integer,
	"places_taken" integer DEFAULT 0 NOT NULL,
	"requires_focal_point_approval" boolean DEFAULT false NOT NULL,
	"delegation_quota" integer,
	"retention_months" integer,
	"privacy_notices" jsonb NOT NULL,
	"last_number" integer DEFAULT 0 NOT NULL,
	"personal_data_erased_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registration_places_within_capacity" CHECK ("registration_settings"."capacity" is null or "registration_settings"."places_taken" <= "registration_settings"."capacity"),
	CONSTRAINT "registration_places_not_negative" CHECK ("registration_settings"."places_taken" >= 0)
);
--> statement-breakpoint
CREATE TABLE "registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"form_id" uuid NOT NULL,
	"user_id" uuid,
	"person_id" uuid,
	"nominated_by_user_id" uuid,
	"given_name" text,
	"family_name" text,
	"email" text,
	"honorific" text,
	"gender" text DEFAULT 'undisclosed' NOT NULL,
	"affiliation" text,
	"position" text,
	"country_id" text,
	"phone" text,
	"category" text NOT NULL,
	"state_id" text,
	"membership" text,
	"organisation_id" uuid,
	"organisation_type" text,
	"status" text NOT NULL,
	"mode" text NOT NULL,
	"sponsored" boolean DEFAULT false NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"consented_at" timestamp with time zone NOT NULL,
	"waitlisted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"check_in_token" text NOT NULL,
	"erased_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registrations_event_id_number_unique" UNIQUE("event_id","number")
);
--> statement-breakpoint
CREATE TABLE "attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"day" date NOT NULL,
	"programme_item_id" uuid,
	"mode" text NOT NULL,
	"source" text NOT NULL,
	"joined_at" timestamp with time zone,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" text NOT NULL,
	CONSTRAINT "attendance_once_per_day_item_mode" UNIQUE NULLS NOT DISTINCT("registration_id","day","programme_item_id","mode")
);
--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "time_zone" text DEFAULT 'Europe/Zurich' NOT NULL;--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_state_id_states_id_fk" FOREIGN KEY ("state_id") REFERENCES "public"."states"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_choice_counts" ADD CONSTRAINT "registration_choice_counts_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_forms" ADD CONSTRAINT "registration_forms_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_settings" ADD CONSTRAINT "registration_settings_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_form_id_registration_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."registration_forms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_nominated_by_user_id_users_id_fk" FOREIGN KEY ("nominated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_country_id_states_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."states"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_state_id_states_id_fk" FOREIGN KEY ("state_id") REFERENCES "public"."states"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_programme_item_id_programme_items_id_fk" FOREIGN KEY ("programme_item_id") REFERENCES "public"."programme_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_check_in_token_unique" ON "registrations" USING btree ("check_in_token");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_event_email_unique" ON "registrations" USING btree ("event_id",lower("email")) WHERE "registrations"."status" <> 'withdrawn' and "registrations"."email" is not null;--> statement-breakpoint
CREATE INDEX "registrations_event_id_status_index" ON "registrations" USING btree ("event_id","status");--> statement-breakpoint
CREATE INDEX "registrations_event_id_state_id_index" ON "registrations" USING btree ("event_id","state_id");--> statement-breakpoint
CREATE INDEX "registrations_user_id_index" ON "registrations" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "attendance_event_id_day_index" ON "attendance" USING btree ("event_id","day");