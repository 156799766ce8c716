CREATE TABLE "programme_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"titles" jsonb NOT NULL,
	"descriptions" jsonb,
	"day" date,
	"starts_at" time,
	"ends_at" time,
	"room" text,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_speakers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"title_at_event" text,
	"organisation_id" uuid,
	"position" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "programme_items" ADD CONSTRAINT "programme_items_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_speakers" ADD CONSTRAINT "programme_speakers_item_id_programme_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."programme_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_speakers" ADD CONSTRAINT "programme_speakers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_speakers" ADD CONSTRAINT "programme_speakers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programme_items_event_id_position_index" ON "programme_items" USING btree ("event_id","position");--> statement-breakpoint
CREATE INDEX "programme_speakers_item_id_index" ON "programme_speakers" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "programme_speakers_person_id_index" ON "programme_speakers" USING btree ("person_id");