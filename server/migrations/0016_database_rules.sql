-- The database carries three more rules; see docs/ARCHITECTURE.md ("Database").
-- (The foreign keys of frontdesk_* and socialdesk_* to people, sites and organisations stay as they are: they are
-- declared by migration 0007 and no longer in the Drizzle schema, which does not import other modules' tables.)

-- 1. One open follow-up per person (the social desk checked it in code: two requests at once made two).
-- Older duplicates are joined first: the earliest open follow-up of a person stays, the later open ones go
-- (the person's first start, what makes a "new arrival", is unchanged).
DELETE FROM "socialdesk_followups" f
USING "socialdesk_followups" earlier
WHERE f."end_date" IS NULL AND earlier."end_date" IS NULL
  AND earlier."person_id" = f."person_id"
  AND (earlier."start_date", earlier."id") < (f."start_date", f."id");
--> statement-breakpoint
CREATE UNIQUE INDEX "socialdesk_one_open_followup" ON "socialdesk_followups" USING btree ("person_id") WHERE end_date is null;
--> statement-breakpoint
-- 2. A person is never booked twice at the same time (checked in code only until now). Booked appointments
-- that overlap an earlier-made one of the same person are cancelled first, with the reason.
UPDATE "appointments" a
SET "status" = 'cancelled', "cancelled_at" = now(), "updated_at" = now(),
    "cancel_reason" = 'Double réservation de la personne, annulée à la mise à jour / Dubbele afspraak van de persoon, geannuleerd bij de update'
WHERE a."status" = 'booked' AND EXISTS (
  SELECT 1 FROM "appointments" o
  WHERE o."person_id" = a."person_id" AND o."id" < a."id" AND o."status" <> 'cancelled'
    AND tstzrange(o."starts_at", o."ends_at", '[)') && tstzrange(a."starts_at", a."ends_at", '[)')
);
--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_person_no_overlap"
  EXCLUDE USING gist ("person_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&)
  WHERE ("status" <> 'cancelled');
--> statement-breakpoint
-- 3. A room's site exists (rooms.site_id had no foreign key). A site id that points nowhere becomes "no site".
UPDATE "rooms" SET "site_id" = NULL WHERE "site_id" IS NOT NULL AND "site_id" NOT IN (SELECT "id" FROM "sites");
--> statement-breakpoint
ALTER TABLE "rooms" ADD CONSTRAINT "rooms_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id");
