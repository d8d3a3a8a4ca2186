CREATE TABLE "epn_help_kinds" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "epn_help_kinds_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text,
	"label" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "epn_visit_help" (
	"visit_id" integer NOT NULL,
	"help_kind_id" integer NOT NULL,
	CONSTRAINT "epn_visit_help_visit_id_help_kind_id_pk" PRIMARY KEY("visit_id","help_kind_id")
);
--> statement-breakpoint
CREATE TABLE "epn_visits" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "epn_visits_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"status" text NOT NULL,
	"workstation_id" integer,
	"person_id" integer,
	"gender" text,
	"age_bracket" text,
	"label" text,
	"queued_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"auto_closed" boolean DEFAULT false NOT NULL,
	"notes" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "epn_visits_status_known" CHECK ("epn_visits"."status" in ('waiting', 'open', 'closed', 'left')),
	CONSTRAINT "epn_visits_gender_known" CHECK ("epn_visits"."gender" is null or "epn_visits"."gender" in ('F', 'M', 'X')),
	CONSTRAINT "epn_visits_age_bracket_known" CHECK ("epn_visits"."age_bracket" is null or "epn_visits"."age_bracket" in ('under_20', '20_30', '30_40', '40_50', '50_60', '60_plus')),
	CONSTRAINT "epn_visits_anonymous_described" CHECK ("epn_visits"."person_id" is not null or ("epn_visits"."gender" is not null and "epn_visits"."age_bracket" is not null)),
	CONSTRAINT "epn_visits_waiting_shape" CHECK ("epn_visits"."status" <> 'waiting' or ("epn_visits"."queued_at" is not null and "epn_visits"."started_at" is null and "epn_visits"."workstation_id" is null)),
	CONSTRAINT "epn_visits_open_shape" CHECK ("epn_visits"."status" <> 'open' or ("epn_visits"."workstation_id" is not null and "epn_visits"."started_at" is not null and "epn_visits"."ended_at" is null)),
	CONSTRAINT "epn_visits_closed_shape" CHECK ("epn_visits"."status" <> 'closed' or ("epn_visits"."started_at" is not null and "epn_visits"."ended_at" is not null and "epn_visits"."ended_at" >= "epn_visits"."started_at"))
);
--> statement-breakpoint
CREATE TABLE "epn_workstations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "epn_workstations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"state" text DEFAULT 'available' NOT NULL,
	"state_note" text,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "epn_workstations_state_known" CHECK ("epn_workstations"."state" in ('available', 'out_of_order'))
);
--> statement-breakpoint
CREATE TABLE "manual_figures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "manual_figures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"year" integer NOT NULL,
	"activity_key" text NOT NULL,
	"label" text NOT NULL,
	"value" integer NOT NULL,
	"unit" text NOT NULL,
	"source" text NOT NULL,
	"entered_by" integer,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "manual_figures_value" CHECK ("manual_figures"."value" >= 0),
	CONSTRAINT "manual_figures_source" CHECK (length(trim("manual_figures"."source")) > 0),
	CONSTRAINT "manual_figures_unit" CHECK ("manual_figures"."unit" in ('head_count','external','participations','distinct_people'))
);
--> statement-breakpoint
CREATE TABLE "project_objectives" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_objectives_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"project_id" integer NOT NULL,
	"label" text NOT NULL,
	"activity_key" text NOT NULL,
	"target" integer NOT NULL,
	CONSTRAINT "project_objectives_target" CHECK ("project_objectives"."target" >= 0)
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "projects_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"description" text,
	"funders" text[] DEFAULT '{}'::text[] NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"neighbourhood" text,
	"target_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"parent_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_period" CHECK ("projects"."period_end" >= "projects"."period_start")
);
--> statement-breakpoint
CREATE TABLE "report_texts" (
	"year" integer NOT NULL,
	"section" text NOT NULL,
	"body" text NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_texts_year_section_pk" PRIMARY KEY("year","section")
);
--> statement-breakpoint
ALTER TABLE "epn_visit_help" ADD CONSTRAINT "epn_visit_help_visit_id_epn_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."epn_visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "epn_visit_help" ADD CONSTRAINT "epn_visit_help_help_kind_id_epn_help_kinds_id_fk" FOREIGN KEY ("help_kind_id") REFERENCES "public"."epn_help_kinds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "epn_visits" ADD CONSTRAINT "epn_visits_workstation_id_epn_workstations_id_fk" FOREIGN KEY ("workstation_id") REFERENCES "public"."epn_workstations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "epn_visits" ADD CONSTRAINT "epn_visits_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manual_figures" ADD CONSTRAINT "manual_figures_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_objectives" ADD CONSTRAINT "project_objectives_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_parent_id_projects_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_texts" ADD CONSTRAINT "report_texts_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "epn_help_kinds_code_unique" ON "epn_help_kinds" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "epn_help_kinds_label_unique" ON "epn_help_kinds" USING btree (lower("label"));--> statement-breakpoint
CREATE INDEX "epn_visit_help_kind_idx" ON "epn_visit_help" USING btree ("help_kind_id");--> statement-breakpoint
CREATE UNIQUE INDEX "epn_visits_one_open_per_workstation" ON "epn_visits" USING btree ("workstation_id") WHERE status = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "epn_visits_one_current_per_person" ON "epn_visits" USING btree ("person_id") WHERE status in ('open', 'waiting') and person_id is not null;--> statement-breakpoint
CREATE INDEX "epn_visits_started_idx" ON "epn_visits" USING btree ("started_at");--> statement-breakpoint
CREATE INDEX "epn_visits_person_idx" ON "epn_visits" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "epn_workstations_name_unique" ON "epn_workstations" USING btree (lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "manual_figures_year_key" ON "manual_figures" USING btree ("year","activity_key");--> statement-breakpoint
CREATE UNIQUE INDEX "projects_name_unique" ON "projects" USING btree (lower("name"));