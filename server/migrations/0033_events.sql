ALTER TABLE "survey_questions" ADD COLUMN "key" text;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_questions_key_unique" ON "survey_questions" USING btree ("survey_id","key");--> statement-breakpoint
-- The end-of-training evaluations move onto the one survey engine: a survey per training session (its link stays
-- the session's QR code, held by the trainings module), the programme's questions keyed 'tq:<id>' and a comment.
INSERT INTO "surveys" ("purpose", "title_fr", "title_nl", "title_en", "subject_type", "subject_id", "open", "public_link", "opened_at", "created_at")
SELECT 'survey',
  left('Évaluation de fin de formation : ' || p."name" || coalesce(' – ' || s."title", ''), 200),
  left('Evaluatie na de opleiding: ' || p."name" || coalesce(' – ' || s."title", ''), 200),
  left('End-of-training evaluation: ' || p."name" || coalesce(' – ' || s."title", ''), 200),
  'training_session', s."id", true, false, now(), now()
FROM "training_sessions" s JOIN "training_programmes" p ON p."id" = s."programme_id"
WHERE (s."evaluation_token" IS NOT NULL OR EXISTS (SELECT 1 FROM "training_evaluations" e WHERE e."session_id" = s."id"))
  AND NOT EXISTS (SELECT 1 FROM "surveys" x WHERE x."subject_type" = 'training_session' AND x."subject_id" = s."id");--> statement-breakpoint
INSERT INTO "survey_questions" ("survey_id", "position", "kind", "text_fr", "text_nl", "scale_min", "scale_max", "options", "required", "key")
SELECT v."id", (row_number() OVER (PARTITION BY v."id" ORDER BY q."position", q."id") * 10)::int, 'scale', q."text", q."text", 1, 5, '[]'::jsonb, false, 'tq:' || q."id"
FROM "surveys" v
JOIN "training_sessions" s ON v."subject_type" = 'training_session' AND v."subject_id" = s."id"
JOIN "training_questions" q ON q."programme_id" = s."programme_id"
WHERE q."active" OR EXISTS (
  SELECT 1 FROM "training_evaluation_answers" a JOIN "training_evaluations" e ON e."id" = a."evaluation_id"
  WHERE e."session_id" = s."id" AND a."question_id" = q."id"
);--> statement-breakpoint
INSERT INTO "survey_questions" ("survey_id", "position", "kind", "text_fr", "text_nl", "text_en", "options", "required", "key")
SELECT v."id", 100000, 'text', 'Commentaires', 'Opmerkingen', 'Comments', '[]'::jsonb, false, 'comments'
FROM "surveys" v WHERE v."subject_type" = 'training_session'
  AND NOT EXISTS (SELECT 1 FROM "survey_questions" q WHERE q."survey_id" = v."id" AND q."key" = 'comments');--> statement-breakpoint
-- Each form becomes a response with a random id and only its day (no source, no time, no staff member who typed it).
CREATE TEMP TABLE "evaluation_responses" AS
SELECT e."id" AS "evaluation_id", gen_random_uuid() AS "response_id", v."id" AS "survey_id",
  (e."submitted_at" AT TIME ZONE 'Europe/Brussels')::date AS "answered_on", e."comments"
FROM "training_evaluations" e JOIN "surveys" v ON v."subject_type" = 'training_session' AND v."subject_id" = e."session_id";--> statement-breakpoint
INSERT INTO "survey_responses" ("id", "survey_id", "answered_on")
SELECT "response_id", "survey_id", "answered_on" FROM "evaluation_responses" ORDER BY "response_id";--> statement-breakpoint
INSERT INTO "survey_answers" ("response_id", "question_id", "scale")
SELECT r."response_id", sq."id", a."score"
FROM "training_evaluation_answers" a
JOIN "evaluation_responses" r ON r."evaluation_id" = a."evaluation_id"
JOIN "survey_questions" sq ON sq."survey_id" = r."survey_id" AND sq."key" = 'tq:' || a."question_id";--> statement-breakpoint
INSERT INTO "survey_answers" ("response_id", "question_id", "text")
SELECT r."response_id", sq."id", left(r."comments", 3000)
FROM "evaluation_responses" r JOIN "survey_questions" sq ON sq."survey_id" = r."survey_id" AND sq."key" = 'comments'
WHERE r."comments" IS NOT NULL AND btrim(r."comments") <> '';--> statement-breakpoint
DROP TABLE "evaluation_responses";--> statement-breakpoint
DROP TABLE "training_evaluation_answers" CASCADE;--> statement-breakpoint
DROP TABLE "training_evaluations" CASCADE;
