ALTER TABLE "survey_answered" ALTER COLUMN "answered_on" DROP NOT NULL;--> statement-breakpoint
-- Hand-written (s6-fixes): anonymous surveys keep no answered day; drop the days already kept.
UPDATE "survey_answered" SET "answered_on" = NULL FROM "surveys" WHERE "surveys"."id" = "survey_answered"."survey_id" AND "surveys"."anonymous";
