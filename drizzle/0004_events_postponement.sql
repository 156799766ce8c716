ALTER TABLE "events" ADD COLUMN "postponement_reasons" jsonb;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_id_cycle_unique" UNIQUE("id","cycle_id");--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_postponed_has_reason" CHECK ("events"."status" <> 'postponed' or "events"."postponement_reasons" is not null);