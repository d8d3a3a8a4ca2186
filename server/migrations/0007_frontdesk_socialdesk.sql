CREATE TABLE "frontdesk_reasons" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "frontdesk_reasons_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"label_fr" text NOT NULL,
	"label_nl" text NOT NULL,
	"label_en" text NOT NULL,
	"sort_order" integer DEFAULT 100 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "frontdesk_reasons_code_format" CHECK ("frontdesk_reasons"."code" ~ '^[a-z0-9_]{2,40}$')
);
--> statement-breakpoint
CREATE TABLE "frontdesk_visits" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "frontdesk_visits_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"at" timestamp with time zone NOT NULL,
	"site_id" integer NOT NULL,
	"person_id" integer,
	"reason_id" integer NOT NULL,
	"orientation_service" text,
	"orientation_organisation_id" integer,
	"out_of_hours" boolean DEFAULT false NOT NULL,
	"note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "frontdesk_visits_one_orientation" CHECK ("frontdesk_visits"."orientation_service" is null or "frontdesk_visits"."orientation_organisation_id" is null),
	CONSTRAINT "frontdesk_visits_service_known" CHECK ("frontdesk_visits"."orientation_service" is null or "frontdesk_visits"."orientation_service" in ('information', 'social_desk', 'epn', 'it_training', 'projects', 'rooms', 'actiris_desk', 'other')),
	CONSTRAINT "frontdesk_visits_at_range" CHECK ("frontdesk_visits"."at" >= '2000-01-01T00:00:00Z' and "frontdesk_visits"."at" < '2101-01-01T00:00:00Z'),
	CONSTRAINT "frontdesk_visits_note_length" CHECK ("frontdesk_visits"."note" is null or length("frontdesk_visits"."note") <= 1000)
);
--> statement-breakpoint
CREATE TABLE "socialdesk_categories" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "socialdesk_categories_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"label_fr" text NOT NULL,
	"label_nl" text NOT NULL,
	"label_en" text NOT NULL,
	"sort_order" integer DEFAULT 100 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "socialdesk_categories_code_format" CHECK ("socialdesk_categories"."code" ~ '^[a-z0-9_]{2,40}$')
);
--> statement-breakpoint
CREATE TABLE "socialdesk_confidential_notes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "socialdesk_confidential_notes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"interview_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"body" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "socialdesk_notes_body_length" CHECK (length("socialdesk_confidential_notes"."body") between 1 and 20000)
);
--> statement-breakpoint
CREATE TABLE "socialdesk_followups" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "socialdesk_followups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"closing_note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "socialdesk_followups_end_after_start" CHECK ("socialdesk_followups"."end_date" is null or "socialdesk_followups"."end_date" >= "socialdesk_followups"."start_date"),
	CONSTRAINT "socialdesk_followups_date_range" CHECK ("socialdesk_followups"."start_date" between '2000-01-01' and '2100-12-31')
);
--> statement-breakpoint
CREATE TABLE "socialdesk_interview_categories" (
	"interview_id" integer NOT NULL,
	"category_id" integer NOT NULL,
	CONSTRAINT "socialdesk_interview_categories_interview_id_category_id_pk" PRIMARY KEY("interview_id","category_id")
);
--> statement-breakpoint
CREATE TABLE "socialdesk_interviews" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "socialdesk_interviews_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"date" date NOT NULL,
	"site_id" integer NOT NULL,
	"kind" text NOT NULL,
	"actions" text,
	"next_step" text,
	"next_step_date" date,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "socialdesk_interviews_kind_known" CHECK ("socialdesk_interviews"."kind" in ('appointment', 'drop_in', 'phone')),
	CONSTRAINT "socialdesk_interviews_next_after_date" CHECK ("socialdesk_interviews"."next_step_date" is null or "socialdesk_interviews"."next_step_date" >= "socialdesk_interviews"."date"),
	CONSTRAINT "socialdesk_interviews_date_range" CHECK ("socialdesk_interviews"."date" between '2000-01-01' and '2100-12-31'),
	CONSTRAINT "socialdesk_interviews_text_length" CHECK (length(coalesce("socialdesk_interviews"."actions", '')) <= 5000 and length(coalesce("socialdesk_interviews"."next_step", '')) <= 1000)
);
--> statement-breakpoint
CREATE TABLE "socialdesk_referrals" (
	"interview_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"note" text,
	CONSTRAINT "socialdesk_referrals_interview_id_organisation_id_pk" PRIMARY KEY("interview_id","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "frontdesk_visits" ADD CONSTRAINT "frontdesk_visits_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frontdesk_visits" ADD CONSTRAINT "frontdesk_visits_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frontdesk_visits" ADD CONSTRAINT "frontdesk_visits_reason_id_frontdesk_reasons_id_fk" FOREIGN KEY ("reason_id") REFERENCES "public"."frontdesk_reasons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frontdesk_visits" ADD CONSTRAINT "frontdesk_visits_orientation_organisation_id_organisations_id_fk" FOREIGN KEY ("orientation_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frontdesk_visits" ADD CONSTRAINT "frontdesk_visits_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "socialdesk_confidential_notes" ADD CONSTRAINT "socialdesk_confidential_notes_interview_id_socialdesk_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."socialdesk_interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "socialdesk_confidential_notes" ADD CONSTRAINT "socialdesk_confidential_notes_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "socialdesk_confidential_notes" ADD CONSTRAINT "socialdesk_confidential_notes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "socialdesk_followups" ADD CONSTRAINT "socialdesk_followups_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "socialdesk_followups" ADD CONSTRAINT "socialdesk_followups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "socialdesk_interview_categories" ADD CONSTRAINT "socialdesk_interview_categories_interview_id_socialdesk_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."socialdesk_interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "socialdesk_interview_categories" ADD CONSTRAINT "socialdesk_interview_categories_category_id_socialdesk_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."socialdesk_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "socialdesk_interviews" ADD CONSTRAINT "socialdesk_interviews_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "socialdesk_interviews" ADD CONSTRAINT "socialdesk_interviews_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "socialdesk_interviews" ADD CONSTRAINT "socialdesk_interviews_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "socialdesk_referrals" ADD CONSTRAINT "socialdesk_referrals_interview_id_socialdesk_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."socialdesk_interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "socialdesk_referrals" ADD CONSTRAINT "socialdesk_referrals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "frontdesk_reasons_code_unique" ON "frontdesk_reasons" USING btree ("code");--> statement-breakpoint
CREATE INDEX "frontdesk_visits_site_at_idx" ON "frontdesk_visits" USING btree ("site_id","at");--> statement-breakpoint
CREATE INDEX "frontdesk_visits_at_idx" ON "frontdesk_visits" USING btree ("at");--> statement-breakpoint
CREATE INDEX "frontdesk_visits_person_idx" ON "frontdesk_visits" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "socialdesk_categories_code_unique" ON "socialdesk_categories" USING btree ("code");--> statement-breakpoint
CREATE INDEX "socialdesk_notes_interview_idx" ON "socialdesk_confidential_notes" USING btree ("interview_id");--> statement-breakpoint
CREATE INDEX "socialdesk_notes_person_idx" ON "socialdesk_confidential_notes" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "socialdesk_followups_person_idx" ON "socialdesk_followups" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "socialdesk_followups_start_idx" ON "socialdesk_followups" USING btree ("start_date");--> statement-breakpoint
CREATE INDEX "socialdesk_interview_categories_category_idx" ON "socialdesk_interview_categories" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "socialdesk_interviews_person_idx" ON "socialdesk_interviews" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "socialdesk_interviews_date_idx" ON "socialdesk_interviews" USING btree ("date");--> statement-breakpoint
CREATE INDEX "socialdesk_referrals_organisation_idx" ON "socialdesk_referrals" USING btree ("organisation_id");