CREATE TABLE "offers_exhibitors" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "offers_exhibitors_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"event_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"kind" text NOT NULL,
	"stand" text,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"met_count" integer DEFAULT 0 NOT NULL,
	"cv_received" integer DEFAULT 0 NOT NULL,
	"interviews_planned" integer DEFAULT 0 NOT NULL,
	"hired" integer DEFAULT 0 NOT NULL,
	"link_token_hash" text,
	"link_expires_at" timestamp with time zone,
	"link_revoked_at" timestamp with time zone,
	"link_created_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offers_exhibitors_kind_known" CHECK ("offers_exhibitors"."kind" in ('employer', 'training', 'support')),
	CONSTRAINT "offers_exhibitors_counts_positive" CHECK ("offers_exhibitors"."met_count" >= 0 and "offers_exhibitors"."cv_received" >= 0 and "offers_exhibitors"."interviews_planned" >= 0 and "offers_exhibitors"."hired" >= 0),
	CONSTRAINT "offers_exhibitors_link_complete" CHECK (("offers_exhibitors"."link_token_hash" is null) = ("offers_exhibitors"."link_expires_at" is null))
);
--> statement-breakpoint
CREATE TABLE "offers_offers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "offers_offers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"title_fr" text NOT NULL,
	"title_nl" text NOT NULL,
	"title_en" text,
	"organisation_id" integer NOT NULL,
	"contract_type" text NOT NULL,
	"working_time" text NOT NULL,
	"hours_per_week" numeric(4, 1),
	"commune" text,
	"address" text,
	"description_fr" text,
	"description_nl" text,
	"description_en" text,
	"positions" integer DEFAULT 1 NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"valid_through" date NOT NULL,
	"source" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"event_id" integer,
	"exhibitor_id" integer,
	"published_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offers_offers_contract_known" CHECK ("offers_offers"."contract_type" in ('permanent', 'fixed_term', 'temp_agency', 'student', 'internship', 'work_study', 'article_60', 'self_employed', 'other')),
	CONSTRAINT "offers_offers_working_time_known" CHECK ("offers_offers"."working_time" in ('full_time', 'part_time')),
	CONSTRAINT "offers_offers_source_known" CHECK ("offers_offers"."source" in ('fair', 'partner', 'staff')),
	CONSTRAINT "offers_offers_status_known" CHECK ("offers_offers"."status" in ('draft', 'published', 'filled', 'expired')),
	CONSTRAINT "offers_offers_positions_range" CHECK ("offers_offers"."positions" between 1 and 1000),
	CONSTRAINT "offers_offers_hours_range" CHECK ("offers_offers"."hours_per_week" is null or ("offers_offers"."hours_per_week" > 0 and "offers_offers"."hours_per_week" <= 60)),
	CONSTRAINT "offers_offers_titles_present" CHECK (length(trim("offers_offers"."title_fr")) > 0 and length(trim("offers_offers"."title_nl")) > 0),
	CONSTRAINT "offers_offers_valid_through_range" CHECK ("offers_offers"."valid_through" between '2000-01-01' and '2100-12-31')
);
--> statement-breakpoint
ALTER TABLE "offers_exhibitors" ADD CONSTRAINT "offers_exhibitors_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers_offers" ADD CONSTRAINT "offers_offers_exhibitor_id_offers_exhibitors_id_fk" FOREIGN KEY ("exhibitor_id") REFERENCES "public"."offers_exhibitors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers_offers" ADD CONSTRAINT "offers_offers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "offers_exhibitors_event_organisation_unique" ON "offers_exhibitors" USING btree ("event_id","organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "offers_exhibitors_link_unique" ON "offers_exhibitors" USING btree ("link_token_hash");--> statement-breakpoint
CREATE INDEX "offers_exhibitors_organisation_idx" ON "offers_exhibitors" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "offers_offers_status_valid_idx" ON "offers_offers" USING btree ("status","valid_through");--> statement-breakpoint
CREATE INDEX "offers_offers_event_idx" ON "offers_offers" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "offers_offers_exhibitor_idx" ON "offers_offers" USING btree ("exhibitor_id");--> statement-breakpoint
CREATE INDEX "offers_offers_organisation_idx" ON "offers_offers" USING btree ("organisation_id");--> statement-breakpoint
-- Foreign keys to the organisations registry (not in the Drizzle schema: a module never imports another module's table).
-- event_id has none: the events module is written beside this one; the lead adds it at merge if wanted.
ALTER TABLE "offers_exhibitors" ADD CONSTRAINT "offers_exhibitors_organisation_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict;--> statement-breakpoint
ALTER TABLE "offers_offers" ADD CONSTRAINT "offers_offers_organisation_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict;
