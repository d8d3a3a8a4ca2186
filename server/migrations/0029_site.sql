CREATE TABLE "site_contents" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "site_contents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"publication_kind" text,
	"slug" text NOT NULL,
	"title_fr" text,
	"title_nl" text,
	"title_en" text,
	"summary_fr" text,
	"summary_nl" text,
	"summary_en" text,
	"body_fr" text,
	"body_nl" text,
	"body_en" text,
	"image_url" text,
	"image_alt_fr" text,
	"image_alt_nl" text,
	"image_alt_en" text,
	"link_url" text,
	"publish_from" timestamp with time zone NOT NULL,
	"publish_until" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "site_contents_kind" CHECK ("site_contents"."kind" in ('page', 'news', 'publication')),
	CONSTRAINT "site_contents_title" CHECK (coalesce(length(trim("site_contents"."title_fr")), 0) + coalesce(length(trim("site_contents"."title_nl")), 0) > 0),
	CONSTRAINT "site_contents_period" CHECK ("site_contents"."publish_until" is null or "site_contents"."publish_until" > "site_contents"."publish_from"),
	CONSTRAINT "site_contents_image_alt" CHECK ("site_contents"."image_url" is null or (length(trim(coalesce("site_contents"."image_alt_fr", ''))) > 0 and length(trim(coalesce("site_contents"."image_alt_nl", ''))) > 0))
);
--> statement-breakpoint
CREATE TABLE "site_salts" (
	"day" date PRIMARY KEY NOT NULL,
	"salt" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "site_services" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "site_services_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organisation_id" integer NOT NULL,
	"name_fr" text,
	"name_nl" text,
	"description_fr" text,
	"description_nl" text,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"publics" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"fees" text,
	"reception_modes" text[] DEFAULT '{}'::text[] NOT NULL,
	"access_conditions" text,
	"opening_hours" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "site_services_name" CHECK (coalesce(length(trim("site_services"."name_fr")), 0) + coalesce(length(trim("site_services"."name_nl")), 0) > 0)
);
--> statement-breakpoint
CREATE TABLE "site_views" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "site_views_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"day" date NOT NULL,
	"path" text NOT NULL,
	"referrer_domain" text,
	"visitor" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "site_contents" ADD CONSTRAINT "site_contents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "site_contents_kind_slug" ON "site_contents" USING btree ("kind","slug");--> statement-breakpoint
CREATE INDEX "site_contents_publish" ON "site_contents" USING btree ("kind","publish_from");--> statement-breakpoint
CREATE INDEX "site_services_organisation" ON "site_services" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "site_views_day" ON "site_views" USING btree ("day");--> statement-breakpoint
CREATE INDEX "site_views_day_visitor" ON "site_views" USING btree ("day","visitor");--> statement-breakpoint
-- Foreign key to the organisations registry (not in the Drizzle schema: a module never imports another module's table).
ALTER TABLE "site_services" ADD CONSTRAINT "site_services_organisation_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade;
