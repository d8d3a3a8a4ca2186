ALTER TABLE "frontdesk_visits" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "frontdesk_visits" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "socialdesk_interviews" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "socialdesk_interviews" ADD COLUMN "external_id" text;--> statement-breakpoint
CREATE UNIQUE INDEX "frontdesk_visits_source_external_unique" ON "frontdesk_visits" USING btree ("source","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "socialdesk_interviews_source_external_unique" ON "socialdesk_interviews" USING btree ("source","external_id");--> statement-breakpoint
ALTER TABLE "frontdesk_visits" ADD CONSTRAINT "frontdesk_visits_external_with_source" CHECK (("frontdesk_visits"."source" is null) = ("frontdesk_visits"."external_id" is null));--> statement-breakpoint
ALTER TABLE "socialdesk_interviews" ADD CONSTRAINT "socialdesk_interviews_external_with_source" CHECK (("socialdesk_interviews"."source" is null) = ("socialdesk_interviews"."external_id" is null));