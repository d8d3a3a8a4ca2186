CREATE TABLE "imported_figures" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "imported_figures_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"year" integer NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"section" text,
	"chart" text,
	"item" text NOT NULL,
	"value" double precision NOT NULL,
	"unit" text NOT NULL,
	"labels" jsonb NOT NULL,
	"section_titles" jsonb,
	"chart_titles" jsonb,
	"chart_kind" text,
	"source" text NOT NULL,
	"file_name" text,
	"imported_by" integer,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "imported_figures_value" CHECK ("imported_figures"."value" >= 0),
	CONSTRAINT "imported_figures_source" CHECK (length(trim("imported_figures"."source")) > 0),
	CONSTRAINT "imported_figures_kind" CHECK ("imported_figures"."kind" in ('line','figure','breakdown'))
);
--> statement-breakpoint
ALTER TABLE "imported_figures" ADD CONSTRAINT "imported_figures_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "imported_figures_year_key" ON "imported_figures" USING btree ("year","key");