ALTER TABLE "report_texts" ADD COLUMN "locale" text DEFAULT 'fr' NOT NULL;--> statement-breakpoint
ALTER TABLE "report_texts" DROP CONSTRAINT "report_texts_year_section_pk";--> statement-breakpoint
ALTER TABLE "report_texts" ADD CONSTRAINT "report_texts_year_section_locale_pk" PRIMARY KEY("year","section","locale");--> statement-breakpoint
ALTER TABLE "report_texts" ADD CONSTRAINT "report_texts_locale" CHECK ("report_texts"."locale" in ('fr','nl','en'));--> statement-breakpoint
ALTER TABLE "manual_figures" ADD COLUMN "label_nl" text;--> statement-breakpoint
ALTER TABLE "manual_figures" ADD COLUMN "label_en" text;--> statement-breakpoint
ALTER TABLE "project_objectives" ADD COLUMN "label_fr" text;--> statement-breakpoint
ALTER TABLE "project_objectives" ADD COLUMN "label_nl" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "description_fr" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "description_nl" text;--> statement-breakpoint
-- The texts written so far were French (the only language the forms offered).
UPDATE "project_objectives" SET "label_fr" = "label";--> statement-breakpoint
UPDATE "projects" SET "description_fr" = "description";
--> statement-breakpoint
ALTER TABLE "project_objectives" DROP COLUMN "label";--> statement-breakpoint
ALTER TABLE "projects" DROP COLUMN "description";--> statement-breakpoint
ALTER TABLE "project_objectives" ADD CONSTRAINT "project_objectives_label" CHECK (coalesce(length(trim("project_objectives"."label_fr")), 0) + coalesce(length(trim("project_objectives"."label_nl")), 0) > 0);