CREATE TABLE "practice_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "practice_attachments_type" CHECK ("practice_attachments"."content_type" = any(array['application/pdf','application/msword','application/vnd.openxmlformats-officedocument.wordprocessingml.document','application/vnd.oasis.opendocument.text','image/png','image/jpeg','image/webp']::text[])),
	CONSTRAINT "practice_attachments_size" CHECK ("practice_attachments"."size" > 0 and "practice_attachments"."size" <= 20971520)
);
--> statement-breakpoint
ALTER TABLE "practices" ADD COLUMN "m49_regions" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "practice_attachments" ADD CONSTRAINT "practice_attachments_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "practice_attachments_practice_id_index" ON "practice_attachments" USING btree ("practice_id");--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_m49_regions" CHECK ("practices"."m49_regions" <@ array['002','015','202','014','017','018','011','019','419','029','013','005','021','142','143','030','035','034','145','150','151','154','830','039','155','009','053','054','057','061']::text[]);