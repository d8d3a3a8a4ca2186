CREATE TABLE "diagnostic_answers" (
	"session_id" integer NOT NULL,
	"item_code" text NOT NULL,
	"position" integer NOT NULL,
	"response" text,
	"correct" boolean NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "diagnostic_answers_session_id_item_code_pk" PRIMARY KEY("session_id","item_code"),
	CONSTRAINT "diagnostic_answers_response_length" CHECK ("diagnostic_answers"."response" is null or length("diagnostic_answers"."response") <= 200)
);
--> statement-breakpoint
CREATE TABLE "diagnostic_items" (
	"code" text PRIMARY KEY NOT NULL,
	"bank_version" integer NOT NULL,
	"area" text NOT NULL,
	"level" integer NOT NULL,
	"difficulty" real DEFAULT 0 NOT NULL,
	"kind" text NOT NULL,
	"content" jsonb NOT NULL,
	"answer" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "diagnostic_items_code_format" CHECK ("diagnostic_items"."code" ~ '^[a-z0-9_]{2,40}$'),
	CONSTRAINT "diagnostic_items_area_known" CHECK ("diagnostic_items"."area" in ('information', 'communication', 'content', 'safety', 'problem_solving')),
	CONSTRAINT "diagnostic_items_kind_known" CHECK ("diagnostic_items"."kind" in ('tap', 'choice', 'type', 'drag', 'task', 'self')),
	CONSTRAINT "diagnostic_items_level_range" CHECK ("diagnostic_items"."level" between 1 and 4),
	CONSTRAINT "diagnostic_items_difficulty_range" CHECK ("diagnostic_items"."difficulty" between -0.5 and 0.5)
);
--> statement-breakpoint
CREATE TABLE "diagnostic_orientations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "diagnostic_orientations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"session_id" integer NOT NULL,
	"programme_id" integer,
	"organisation_id" integer,
	CONSTRAINT "diagnostic_orientations_one_target" CHECK (("diagnostic_orientations"."programme_id" is null) <> ("diagnostic_orientations"."organisation_id" is null))
);
--> statement-breakpoint
CREATE TABLE "diagnostic_partner_accounts" (
	"user_id" integer PRIMARY KEY NOT NULL,
	"organisation_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "diagnostic_programme_levels" (
	"programme_id" integer PRIMARY KEY NOT NULL,
	"min_level" integer NOT NULL,
	"max_level" integer NOT NULL,
	CONSTRAINT "diagnostic_programme_levels_range" CHECK (0 <= "diagnostic_programme_levels"."min_level" and "diagnostic_programme_levels"."min_level" <= "diagnostic_programme_levels"."max_level" and "diagnostic_programme_levels"."max_level" <= 4)
);
--> statement-breakpoint
CREATE TABLE "diagnostic_sessions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "diagnostic_sessions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"token_hash" text NOT NULL,
	"mode" text NOT NULL,
	"person_id" integer,
	"reference" text,
	"organisation_id" integer,
	"helper_id" integer,
	"locale" text DEFAULT 'fr' NOT NULL,
	"commune" text,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"current_item" text,
	"levels" jsonb,
	"overall_level" integer,
	CONSTRAINT "diagnostic_sessions_mode_known" CHECK ("diagnostic_sessions"."mode" in ('alone', 'helped')),
	CONSTRAINT "diagnostic_sessions_helper_when_helped" CHECK (("diagnostic_sessions"."mode" = 'helped') = ("diagnostic_sessions"."helper_id" is not null)),
	CONSTRAINT "diagnostic_sessions_locale_known" CHECK ("diagnostic_sessions"."locale" in ('fr','nl','en')),
	CONSTRAINT "diagnostic_sessions_overall_range" CHECK ("diagnostic_sessions"."overall_level" is null or "diagnostic_sessions"."overall_level" between 0 and 4),
	CONSTRAINT "diagnostic_sessions_finished_after_start" CHECK ("diagnostic_sessions"."finished_at" is null or "diagnostic_sessions"."finished_at" >= "diagnostic_sessions"."started_at"),
	CONSTRAINT "diagnostic_sessions_finished_has_levels" CHECK (("diagnostic_sessions"."finished_at" is null) = ("diagnostic_sessions"."levels" is null)),
	CONSTRAINT "diagnostic_sessions_reference_length" CHECK ("diagnostic_sessions"."reference" is null or length("diagnostic_sessions"."reference") <= 120)
);
--> statement-breakpoint
CREATE TABLE "mentoring_mentors" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mentoring_mentors_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer,
	"name" text,
	"phone" text,
	"email" text,
	"trained_on" date,
	"training" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentoring_mentors_person_or_name" CHECK ("mentoring_mentors"."person_id" is not null or "mentoring_mentors"."name" is not null),
	CONSTRAINT "mentoring_mentors_name_length" CHECK ("mentoring_mentors"."name" is null or length("mentoring_mentors"."name") between 1 and 120),
	CONSTRAINT "mentoring_mentors_training_length" CHECK ("mentoring_mentors"."training" is null or length("mentoring_mentors"."training") <= 200)
);
--> statement-breakpoint
CREATE TABLE "mentoring_pairs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mentoring_pairs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"mentor_id" integer NOT NULL,
	"mentee_id" integer NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentoring_pairs_status_known" CHECK ("mentoring_pairs"."status" in ('proposed', 'active', 'ended')),
	CONSTRAINT "mentoring_pairs_active_has_start" CHECK ("mentoring_pairs"."status" = 'proposed' or "mentoring_pairs"."starts_on" is not null),
	CONSTRAINT "mentoring_pairs_ended_has_end" CHECK (("mentoring_pairs"."status" = 'ended') = ("mentoring_pairs"."ends_on" is not null)),
	CONSTRAINT "mentoring_pairs_end_after_start" CHECK ("mentoring_pairs"."ends_on" is null or "mentoring_pairs"."starts_on" is null or "mentoring_pairs"."ends_on" >= "mentoring_pairs"."starts_on"),
	CONSTRAINT "mentoring_pairs_note_length" CHECK ("mentoring_pairs"."note" is null or length("mentoring_pairs"."note") <= 1000)
);
--> statement-breakpoint
CREATE TABLE "mentoring_sessions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mentoring_sessions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"pair_id" integer NOT NULL,
	"on" date NOT NULL,
	"minutes" integer NOT NULL,
	"areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"topics" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentoring_sessions_minutes_range" CHECK ("mentoring_sessions"."minutes" between 5 and 480),
	CONSTRAINT "mentoring_sessions_topics_length" CHECK ("mentoring_sessions"."topics" is null or length("mentoring_sessions"."topics") <= 1000)
);
--> statement-breakpoint
ALTER TABLE "diagnostic_answers" ADD CONSTRAINT "diagnostic_answers_session_id_diagnostic_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."diagnostic_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostic_answers" ADD CONSTRAINT "diagnostic_answers_item_code_diagnostic_items_code_fk" FOREIGN KEY ("item_code") REFERENCES "public"."diagnostic_items"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostic_items" ADD CONSTRAINT "diagnostic_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostic_orientations" ADD CONSTRAINT "diagnostic_orientations_session_id_diagnostic_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."diagnostic_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostic_partner_accounts" ADD CONSTRAINT "diagnostic_partner_accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostic_sessions" ADD CONSTRAINT "diagnostic_sessions_helper_id_users_id_fk" FOREIGN KEY ("helper_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostic_sessions" ADD CONSTRAINT "diagnostic_sessions_current_item_diagnostic_items_code_fk" FOREIGN KEY ("current_item") REFERENCES "public"."diagnostic_items"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_mentors" ADD CONSTRAINT "mentoring_mentors_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_pairs" ADD CONSTRAINT "mentoring_pairs_mentor_id_mentoring_mentors_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."mentoring_mentors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_pairs" ADD CONSTRAINT "mentoring_pairs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_sessions" ADD CONSTRAINT "mentoring_sessions_pair_id_mentoring_pairs_id_fk" FOREIGN KEY ("pair_id") REFERENCES "public"."mentoring_pairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_sessions" ADD CONSTRAINT "mentoring_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "diagnostic_answers_position_unique" ON "diagnostic_answers" USING btree ("session_id","position");--> statement-breakpoint
CREATE INDEX "diagnostic_orientations_session_idx" ON "diagnostic_orientations" USING btree ("session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "diagnostic_sessions_token_unique" ON "diagnostic_sessions" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "diagnostic_sessions_person_idx" ON "diagnostic_sessions" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "diagnostic_sessions_org_idx" ON "diagnostic_sessions" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "diagnostic_sessions_started_idx" ON "diagnostic_sessions" USING btree ("started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "mentoring_mentors_person_unique" ON "mentoring_mentors" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "mentoring_pairs_mentee_idx" ON "mentoring_pairs" USING btree ("mentee_id");--> statement-breakpoint
CREATE INDEX "mentoring_pairs_mentor_idx" ON "mentoring_pairs" USING btree ("mentor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mentoring_pairs_one_open_per_mentee" ON "mentoring_pairs" USING btree ("mentee_id") WHERE "mentoring_pairs"."status" <> 'ended';--> statement-breakpoint
CREATE INDEX "mentoring_sessions_pair_idx" ON "mentoring_sessions" USING btree ("pair_id","on");--> statement-breakpoint
ALTER TABLE "diagnostic_partner_accounts" ADD CONSTRAINT "diagnostic_partner_accounts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostic_programme_levels" ADD CONSTRAINT "diagnostic_programme_levels_programme_id_training_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."training_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostic_sessions" ADD CONSTRAINT "diagnostic_sessions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostic_sessions" ADD CONSTRAINT "diagnostic_sessions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostic_orientations" ADD CONSTRAINT "diagnostic_orientations_programme_id_training_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."training_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostic_orientations" ADD CONSTRAINT "diagnostic_orientations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_mentors" ADD CONSTRAINT "mentoring_mentors_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_pairs" ADD CONSTRAINT "mentoring_pairs_mentee_id_people_id_fk" FOREIGN KEY ("mentee_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- A diagnostic recorded by a partner account belongs to that account's organisation, whatever the service sends.
CREATE FUNCTION diagnostic_sessions_partner_org() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE org integer;
BEGIN
  IF NEW.helper_id IS NOT NULL AND EXISTS (SELECT 1 FROM users u WHERE u.id = NEW.helper_id AND 'partner' = ANY(u.roles)) THEN
    SELECT a.organisation_id INTO org FROM diagnostic_partner_accounts a WHERE a.user_id = NEW.helper_id;
    IF org IS NULL OR NEW.organisation_id IS DISTINCT FROM org THEN
      RAISE EXCEPTION 'a partner records diagnostics for its own organisation' USING ERRCODE = '23514', CONSTRAINT = 'diagnostic_sessions_partner_org';
    END IF;
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER diagnostic_sessions_partner_org BEFORE INSERT OR UPDATE OF organisation_id, helper_id ON diagnostic_sessions FOR EACH ROW EXECUTE FUNCTION diagnostic_sessions_partner_org();--> statement-breakpoint
-- The diagnostics a user may see: all for the Centrale's staff, only its organisation's for a partner account
-- (none for a partner account not tied to an organisation). Every read of the module goes through it.
CREATE FUNCTION diagnostic_visible_sessions(viewer integer) RETURNS SETOF integer LANGUAGE sql STABLE AS $$
  SELECT s.id FROM diagnostic_sessions s
  WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = viewer AND 'partner' = ANY(u.roles))
     OR s.organisation_id = (SELECT a.organisation_id FROM diagnostic_partner_accounts a WHERE a.user_id = viewer)
$$;
