CREATE TABLE "budget_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"event_id" uuid,
	"labels" jsonb NOT NULL,
	"amount" numeric(18, 4) NOT NULL,
	"subject_to_funding" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_lines_amount_not_negative" CHECK ("budget_lines"."amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "cycle_budgets" (
	"cycle_id" uuid PRIMARY KEY NOT NULL,
	"currency" text NOT NULL,
	"total" numeric(18, 4) NOT NULL,
	"allocated" numeric(18, 4) DEFAULT '0' NOT NULL,
	"sponsored_percent" numeric(7, 4),
	"notes" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cycle_budgets_currency_code" CHECK ("cycle_budgets"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "cycle_budgets_total_not_negative" CHECK ("cycle_budgets"."total" >= 0),
	CONSTRAINT "cycle_budgets_lines_within_total" CHECK ("cycle_budgets"."allocated" >= 0 and "cycle_budgets"."allocated" <= "cycle_budgets"."total"),
	CONSTRAINT "cycle_budgets_sponsored_percent" CHECK ("cycle_budgets"."sponsored_percent" is null or ("cycle_budgets"."sponsored_percent" >= 0 and "cycle_budgets"."sponsored_percent" <= 100))
);
--> statement-breakpoint
CREATE TABLE "pledges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"donor_state_id" text,
	"donor_organisation_id" uuid,
	"amount" numeric(18, 4) NOT NULL,
	"currency" text NOT NULL,
	"rate" numeric(18, 8),
	"event_id" uuid,
	"status" text DEFAULT 'pledged' NOT NULL,
	"pledged_on" date NOT NULL,
	"received_on" date,
	"reference" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pledges_one_donor" CHECK (("pledges"."donor_state_id" is null) <> ("pledges"."donor_organisation_id" is null)),
	CONSTRAINT "pledges_amount_positive" CHECK ("pledges"."amount" > 0),
	CONSTRAINT "pledges_currency_code" CHECK ("pledges"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "pledges_rate_positive" CHECK ("pledges"."rate" is null or "pledges"."rate" > 0),
	CONSTRAINT "pledges_status" CHECK ("pledges"."status" in ('pledged', 'received')),
	CONSTRAINT "pledges_received_dated" CHECK (("pledges"."status" = 'received') = ("pledges"."received_on" is not null)),
	CONSTRAINT "pledges_received_after_pledged" CHECK ("pledges"."received_on" is null or "pledges"."received_on" >= "pledges"."pledged_on")
);
--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "postponement_reasons" jsonb;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_cycle_id_cycle_budgets_cycle_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycle_budgets"("cycle_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_id_cycle_unique" UNIQUE("id","cycle_id");--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_event_of_cycle" FOREIGN KEY ("event_id","cycle_id") REFERENCES "public"."events"("id","cycle_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle_budgets" ADD CONSTRAINT "cycle_budgets_cycle_id_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_cycle_id_cycle_budgets_cycle_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycle_budgets"("cycle_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_donor_state_id_states_id_fk" FOREIGN KEY ("donor_state_id") REFERENCES "public"."states"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_donor_organisation_id_organisations_id_fk" FOREIGN KEY ("donor_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pledges" ADD CONSTRAINT "pledges_event_of_cycle" FOREIGN KEY ("event_id","cycle_id") REFERENCES "public"."events"("id","cycle_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "budget_lines_one_per_event" ON "budget_lines" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "budget_lines_cycle_id_index" ON "budget_lines" USING btree ("cycle_id");--> statement-breakpoint
CREATE INDEX "pledges_cycle_id_index" ON "pledges" USING btree ("cycle_id");--> statement-breakpoint
CREATE INDEX "pledges_event_id_index" ON "pledges" USING btree ("event_id");--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_postponed_has_reason" CHECK ("events"."status" <> 'postponed' or "events"."postponement_reasons" is not null);