CREATE TABLE "practice_import_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"content" text,
	"format" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"used_at" timestamp with time zone,
	"created" jsonb
);
--> statement-breakpoint
CREATE INDEX "practice_import_checks_created_at_index" ON "practice_import_checks" USING btree ("created_at");