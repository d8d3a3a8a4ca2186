ALTER TABLE "training_participants" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "training_participants" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "training_participants" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "training_participants_source_external_unique" ON "training_participants" USING btree ("source","external_id");--> statement-breakpoint
ALTER TABLE "training_participants" ADD CONSTRAINT "training_participants_external_with_source" CHECK (("training_participants"."source" is null) = ("training_participants"."external_id" is null));