CREATE TABLE "survey_tallies" (
	"survey_id" uuid NOT NULL,
	"question_id" uuid,
	"item_id" uuid,
	"choice_id" uuid,
	"respondents" integer DEFAULT 0 NOT NULL,
	"answers" integer DEFAULT 0 NOT NULL,
	"numbers" integer DEFAULT 0 NOT NULL,
	"sum" double precision DEFAULT 0 NOT NULL,
	"texts" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "survey_tallies_key" UNIQUE NULLS NOT DISTINCT("survey_id","question_id","item_id","choice_id")
);
--> statement-breakpoint
ALTER TABLE "survey_tallies" ADD CONSTRAINT "survey_tallies_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_tallies" ADD CONSTRAINT "survey_tallies_question_id_survey_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."survey_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_tallies" ADD CONSTRAINT "survey_tallies_item_id_survey_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."survey_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_tallies" ADD CONSTRAINT "survey_tallies_choice_id_survey_choices_id_fk" FOREIGN KEY ("choice_id") REFERENCES "public"."survey_choices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_answers_question_number" ON "survey_answers" USING btree ("question_id","number") WHERE "survey_answers"."number" is not null;--> statement-breakpoint
CREATE INDEX "survey_answers_question_text" ON "survey_answers" USING btree ("question_id",left("text", 200)) WHERE "survey_answers"."text" is not null;--> statement-breakpoint
CREATE INDEX "survey_answers_text_search" ON "survey_answers" USING gin ("text" gin_trgm_ops) WHERE "survey_answers"."text" is not null;--> statement-breakpoint
-- Hand-written (s6-perf, re-append after regenerating): the counts of the answers already there,
-- as recountTallies (src/lib/server/surveys/tallies.ts) computes them.
INSERT INTO survey_tallies (survey_id, question_id, item_id, choice_id, respondents, answers, numbers, sum, texts)
SELECT survey_id, question_id, item_id, choice_id, sum(respondents), sum(answers), sum(numbers), sum(sum), sum(texts)
FROM (
	SELECT survey_id, question_id, CASE WHEN choice_id IS NOT NULL THEN item_id END AS item_id, choice_id, 0 AS respondents,
		count(*) AS answers, count(number) AS numbers, coalesce(sum(number), 0) AS sum, count(text) AS texts
	FROM survey_answers GROUP BY 1, 2, 3, 4
	UNION ALL
	SELECT survey_id, question_id, NULL::uuid, NULL::uuid, count(DISTINCT response_id), 0, 0, 0, 0
	FROM survey_answers GROUP BY survey_id, question_id
	UNION ALL
	SELECT survey_id, NULL::uuid, NULL::uuid, NULL::uuid, count(*), 0, 0, 0, 0 FROM survey_responses GROUP BY survey_id
) counted
GROUP BY survey_id, question_id, item_id, choice_id;
