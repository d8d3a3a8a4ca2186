CREATE TABLE "contest_candidates" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "contest_candidates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"contest_id" integer NOT NULL,
	"name" text NOT NULL,
	"project" text,
	"person_id" integer,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contest_conflicts" (
	"juror_id" integer NOT NULL,
	"candidate_id" integer NOT NULL,
	CONSTRAINT "contest_conflicts_pk" PRIMARY KEY("juror_id","candidate_id")
);
--> statement-breakpoint
CREATE TABLE "contest_criteria" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "contest_criteria_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"contest_id" integer NOT NULL,
	"name" text NOT NULL,
	"weight" integer NOT NULL,
	"max_score" integer DEFAULT 10 NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "contest_criteria_weight_range" CHECK ("contest_criteria"."weight" between 1 and 100),
	CONSTRAINT "contest_criteria_max_range" CHECK ("contest_criteria"."max_score" between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "contest_jurors" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "contest_jurors_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"contest_id" integer NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contest_scores" (
	"juror_id" integer NOT NULL,
	"candidate_id" integer NOT NULL,
	"criterion_id" integer NOT NULL,
	"score" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "contest_scores_pk" PRIMARY KEY("juror_id","candidate_id","criterion_id"),
	CONSTRAINT "contest_scores_range" CHECK ("contest_scores"."score" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "contests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "contests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"event_id" integer,
	"held_on" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"closed_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contests_status_known" CHECK ("contests"."status" in ('draft', 'open', 'closed')),
	CONSTRAINT "contests_closed_at" CHECK (("contests"."status" = 'closed') = ("contests"."closed_at" is not null)),
	CONSTRAINT "contests_held_on_format" CHECK ("contests"."held_on" is null or "contests"."held_on" ~ '^\d{4}-\d{2}-\d{2}$')
);
--> statement-breakpoint
CREATE TABLE "screening_rules" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "screening_rules_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"survey_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"conditions" jsonb NOT NULL,
	"target_fr" text NOT NULL,
	"target_nl" text NOT NULL,
	"target_en" text,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_answers" (
	"response_id" uuid NOT NULL,
	"question_id" integer NOT NULL,
	"scale" integer,
	"choices" jsonb,
	"text" text,
	CONSTRAINT "survey_answers_pk" PRIMARY KEY("response_id","question_id"),
	CONSTRAINT "survey_answers_text_length" CHECK ("survey_answers"."text" is null or length("survey_answers"."text") <= 3000)
);
--> statement-breakpoint
CREATE TABLE "survey_invitations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "survey_invitations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"survey_id" integer NOT NULL,
	"token_hash" text NOT NULL,
	"participant_key" text NOT NULL,
	"person_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_link_attempts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "survey_link_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"survey_id" integer NOT NULL,
	"address_hash" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_participations" (
	"survey_id" integer NOT NULL,
	"participant_key" text NOT NULL,
	"person_id" integer,
	CONSTRAINT "survey_participations_pk" PRIMARY KEY("survey_id","participant_key")
);
--> statement-breakpoint
CREATE TABLE "survey_questions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "survey_questions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"survey_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"kind" text NOT NULL,
	"text_fr" text NOT NULL,
	"text_nl" text NOT NULL,
	"text_en" text,
	"scale_min" integer,
	"scale_max" integer,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"required" boolean DEFAULT true NOT NULL,
	CONSTRAINT "survey_questions_scale" CHECK (("survey_questions"."kind" = 'scale') = ("survey_questions"."scale_min" is not null) and (("survey_questions"."scale_min" = 1 and "survey_questions"."scale_max" = 5) or ("survey_questions"."scale_min" = 0 and "survey_questions"."scale_max" = 10) or "survey_questions"."scale_min" is null))
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" integer NOT NULL,
	"answered_on" date NOT NULL,
	"matched_rules" jsonb
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "surveys_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"purpose" text DEFAULT 'survey' NOT NULL,
	"title_fr" text NOT NULL,
	"title_nl" text NOT NULL,
	"title_en" text,
	"intro_fr" text,
	"intro_nl" text,
	"intro_en" text,
	"subject_type" text,
	"subject_id" integer,
	"open" boolean DEFAULT false NOT NULL,
	"public_token" text,
	"public_link" boolean DEFAULT true NOT NULL,
	"max_answers" integer,
	"match_mode" text DEFAULT 'first' NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "surveys_subject_pair" CHECK (("surveys"."subject_type" is null) = ("surveys"."subject_id" is null)),
	CONSTRAINT "surveys_subject_type_format" CHECK ("surveys"."subject_type" is null or "surveys"."subject_type" ~ '^[a-z][a-z0-9_]{1,39}$'),
	CONSTRAINT "surveys_max_answers_positive" CHECK ("surveys"."max_answers" is null or "surveys"."max_answers" between 1 and 100000)
);
--> statement-breakpoint
ALTER TABLE "contest_candidates" ADD CONSTRAINT "contest_candidates_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_conflicts" ADD CONSTRAINT "contest_conflicts_juror_id_contest_jurors_id_fk" FOREIGN KEY ("juror_id") REFERENCES "public"."contest_jurors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_conflicts" ADD CONSTRAINT "contest_conflicts_candidate_id_contest_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."contest_candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_criteria" ADD CONSTRAINT "contest_criteria_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_jurors" ADD CONSTRAINT "contest_jurors_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_scores" ADD CONSTRAINT "contest_scores_juror_id_contest_jurors_id_fk" FOREIGN KEY ("juror_id") REFERENCES "public"."contest_jurors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_scores" ADD CONSTRAINT "contest_scores_candidate_id_contest_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."contest_candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_scores" ADD CONSTRAINT "contest_scores_criterion_id_contest_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."contest_criteria"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_rules" ADD CONSTRAINT "screening_rules_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_response_id_survey_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."survey_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answers" ADD CONSTRAINT "survey_answers_question_id_survey_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."survey_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_link_attempts" ADD CONSTRAINT "survey_link_attempts_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_participations" ADD CONSTRAINT "survey_participations_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_questions" ADD CONSTRAINT "survey_questions_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contest_candidates_contest_idx" ON "contest_candidates" USING btree ("contest_id");--> statement-breakpoint
CREATE INDEX "contest_candidates_person_idx" ON "contest_candidates" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "contest_criteria_contest_idx" ON "contest_criteria" USING btree ("contest_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contest_jurors_token_unique" ON "contest_jurors" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "contest_jurors_contest_idx" ON "contest_jurors" USING btree ("contest_id");--> statement-breakpoint
CREATE INDEX "contest_scores_candidate_idx" ON "contest_scores" USING btree ("candidate_id");--> statement-breakpoint
CREATE INDEX "screening_rules_survey_idx" ON "screening_rules" USING btree ("survey_id","position");--> statement-breakpoint
CREATE INDEX "survey_answers_question_idx" ON "survey_answers" USING btree ("question_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitations_token_unique" ON "survey_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitations_participant_unique" ON "survey_invitations" USING btree ("survey_id","participant_key");--> statement-breakpoint
CREATE INDEX "survey_invitations_person_idx" ON "survey_invitations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "survey_link_attempts_idx" ON "survey_link_attempts" USING btree ("survey_id","address_hash","at");--> statement-breakpoint
CREATE INDEX "survey_participations_person_idx" ON "survey_participations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "survey_questions_survey_idx" ON "survey_questions" USING btree ("survey_id","position");--> statement-breakpoint
CREATE INDEX "survey_responses_survey_idx" ON "survey_responses" USING btree ("survey_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "surveys_public_token_unique" ON "surveys" USING btree ("public_token");--> statement-breakpoint
CREATE INDEX "surveys_subject_idx" ON "surveys" USING btree ("subject_type","subject_id");--> statement-breakpoint
-- Foreign keys to the people registry (a module's Drizzle tables never import another module's table).
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "survey_participations" ADD CONSTRAINT "survey_participations_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "contest_candidates" ADD CONSTRAINT "contest_candidates_person_fk" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE SET NULL;
