ALTER TABLE "training_programmes" ADD COLUMN "name_nl" text;--> statement-breakpoint
ALTER TABLE "training_programmes" ADD COLUMN "description_nl" text;--> statement-breakpoint
ALTER TABLE "training_programmes" ADD COLUMN "target_public_nl" text;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD COLUMN "title_nl" text;