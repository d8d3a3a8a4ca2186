ALTER TABLE "project_objectives" DROP COLUMN "label";--> statement-breakpoint
ALTER TABLE "projects" DROP COLUMN "description";--> statement-breakpoint
ALTER TABLE "project_objectives" ADD CONSTRAINT "project_objectives_label" CHECK (coalesce(length(trim("project_objectives"."label_fr")), 0) + coalesce(length(trim("project_objectives"."label_nl")), 0) > 0);