-- Appointments link to people and sites (other modules' tables, so the foreign keys are declared here).
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id");
--> statement-breakpoint
ALTER TABLE "appointment_desks" ADD CONSTRAINT "appointment_desks_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id");
--> statement-breakpoint
-- No double booking: one staff member never has two non-cancelled appointments whose times overlap
-- (half-open ranges, so 9:00-9:30 and 9:30-10:00 may follow each other). Holds under concurrent requests:
-- the second transaction waits for the first and fails with SQLSTATE 23P01.
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_staff_no_overlap"
  EXCLUDE USING gist ("staff_user_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&)
  WHERE ("status" <> 'cancelled');
