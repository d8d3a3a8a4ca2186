CREATE TABLE "training_attendance" (
	"session_id" integer NOT NULL,
	"participant_id" integer NOT NULL,
	"session_day_id" integer NOT NULL,
	"present" boolean NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_attendance_participant_id_session_day_id_pk" PRIMARY KEY("participant_id","session_day_id")
);
--> statement-breakpoint
CREATE TABLE "training_evaluation_answers" (
	"evaluation_id" integer NOT NULL,
	"question_id" integer NOT NULL,
	"score" integer NOT NULL,
	CONSTRAINT "training_evaluation_answers_evaluation_id_question_id_pk" PRIMARY KEY("evaluation_id","question_id"),
	CONSTRAINT "training_evaluation_answers_score_range" CHECK ("training_evaluation_answers"."score" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "training_evaluations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "training_evaluations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"session_id" integer NOT NULL,
	"source" text NOT NULL,
	"comments" text,
	"submitted_at" timestamp with time zone NOT NULL,
	"entered_by" integer,
	CONSTRAINT "training_evaluations_source_known" CHECK ("training_evaluations"."source" in ('public', 'staff'))
);
--> statement-breakpoint
CREATE TABLE "training_participants" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "training_participants_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"session_id" integer NOT NULL,
	"person_id" integer,
	"professional_name" text,
	"organisation_id" integer,
	"job_title" text,
	"status" text NOT NULL,
	"enrolled_at" timestamp with time zone NOT NULL,
	"waiting_since" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"withdraw_reason" text,
	"outcome" text DEFAULT 'unknown' NOT NULL,
	"outcome_date" date,
	"outcome_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_participants_session_id_unique" UNIQUE("session_id","id"),
	CONSTRAINT "training_participants_who" CHECK ("training_participants"."person_id" is not null or coalesce(length(trim("training_participants"."professional_name")), 0) > 0),
	CONSTRAINT "training_participants_status_known" CHECK ("training_participants"."status" in ('enrolled', 'waiting', 'withdrawn')),
	CONSTRAINT "training_participants_outcome_known" CHECK ("training_participants"."outcome" in ('unknown', 'entered_training', 'found_job', 'still_looking')),
	CONSTRAINT "training_participants_waiting_since" CHECK ("training_participants"."status" <> 'waiting' or "training_participants"."waiting_since" is not null)
);
--> statement-breakpoint
CREATE TABLE "training_programme_partners" (
	"programme_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	CONSTRAINT "training_programme_partners_programme_id_organisation_id_pk" PRIMARY KEY("programme_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "training_programme_trainers" (
	"programme_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	CONSTRAINT "training_programme_trainers_programme_id_user_id_pk" PRIMARY KEY("programme_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "training_programmes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "training_programmes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"description" text,
	"target_public" text,
	"funder" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_questions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "training_questions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"programme_id" integer NOT NULL,
	"text" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_session_days" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "training_session_days_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"session_id" integer NOT NULL,
	"day" date NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	CONSTRAINT "training_session_days_session_day_unique" UNIQUE("session_id","day"),
	CONSTRAINT "training_session_days_session_id_unique" UNIQUE("session_id","id"),
	CONSTRAINT "training_session_days_order" CHECK ("training_session_days"."ends_at" > "training_session_days"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "training_sessions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"programme_id" integer NOT NULL,
	"title" text,
	"room" text,
	"capacity" integer NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"cancel_reason" text,
	"evaluation_token" text,
	"evaluation_open" boolean DEFAULT false NOT NULL,
	"evaluation_closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_sessions_capacity_non_negative" CHECK ("training_sessions"."capacity" >= 0),
	CONSTRAINT "training_sessions_status_known" CHECK ("training_sessions"."status" in ('planned', 'running', 'done', 'cancelled')),
	CONSTRAINT "training_sessions_cancel_reason" CHECK ("training_sessions"."status" <> 'cancelled' or coalesce(length(trim("training_sessions"."cancel_reason")), 0) > 0),
	CONSTRAINT "training_sessions_open_needs_token" CHECK (not "training_sessions"."evaluation_open" or "training_sessions"."evaluation_token" is not null)
);
--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_participant_fk" FOREIGN KEY ("session_id","participant_id") REFERENCES "public"."training_participants"("session_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_day_fk" FOREIGN KEY ("session_id","session_day_id") REFERENCES "public"."training_session_days"("session_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_evaluation_answers" ADD CONSTRAINT "training_evaluation_answers_evaluation_id_training_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."training_evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_evaluation_answers" ADD CONSTRAINT "training_evaluation_answers_question_id_training_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."training_questions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_evaluations" ADD CONSTRAINT "training_evaluations_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_evaluations" ADD CONSTRAINT "training_evaluations_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_participants" ADD CONSTRAINT "training_participants_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_programme_partners" ADD CONSTRAINT "training_programme_partners_programme_id_training_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."training_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_programme_trainers" ADD CONSTRAINT "training_programme_trainers_programme_id_training_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."training_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_programme_trainers" ADD CONSTRAINT "training_programme_trainers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_questions" ADD CONSTRAINT "training_questions_programme_id_training_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."training_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_session_days" ADD CONSTRAINT "training_session_days_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_programme_id_training_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."training_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_evaluations_session_idx" ON "training_evaluations" USING btree ("session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_participants_person_once" ON "training_participants" USING btree ("session_id","person_id") WHERE person_id is not null and status <> 'withdrawn';--> statement-breakpoint
CREATE INDEX "training_participants_person_idx" ON "training_participants" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_programmes_name_unique" ON "training_programmes" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "training_questions_programme_idx" ON "training_questions" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "training_sessions_programme_idx" ON "training_sessions" USING btree ("programme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_sessions_token_unique" ON "training_sessions" USING btree ("evaluation_token");