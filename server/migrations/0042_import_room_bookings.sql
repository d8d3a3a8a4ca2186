ALTER TABLE "room_bookings" ADD COLUMN "import_source" text;--> statement-breakpoint
ALTER TABLE "room_bookings" ADD COLUMN "external_id" text;--> statement-breakpoint
CREATE UNIQUE INDEX "room_bookings_import_external_unique" ON "room_bookings" USING btree ("import_source","external_id");--> statement-breakpoint
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_external_with_import_source" CHECK (("room_bookings"."import_source" is null) = ("room_bookings"."external_id" is null));