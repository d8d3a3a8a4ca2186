ALTER TABLE "appointments" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "epn_visits" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "epn_visits" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "epn_visits" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_source_external_unique" ON "appointments" USING btree ("source","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "epn_visits_source_external_unique" ON "epn_visits" USING btree ("source","external_id");--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_external_with_source" CHECK (("appointments"."source" is null) = ("appointments"."external_id" is null));--> statement-breakpoint
ALTER TABLE "epn_visits" ADD CONSTRAINT "epn_visits_external_with_source" CHECK (("epn_visits"."source" is null) = ("epn_visits"."external_id" is null));