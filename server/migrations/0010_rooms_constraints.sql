-- Rooms: no two confirmed bookings of a room overlap, whatever process writes them.
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_no_overlap"
  EXCLUDE USING gist ("room_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("status" = 'confirmed');
--> statement-breakpoint
-- No two closures of a room overlap.
ALTER TABLE "room_closures" ADD CONSTRAINT "room_closures_no_overlap"
  EXCLUDE USING gist ("room_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&);
--> statement-breakpoint
-- A booking (requested or confirmed) never falls in a closure of its room.
CREATE OR REPLACE FUNCTION room_bookings_closure_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status NOT IN ('requested', 'confirmed') THEN
    RETURN NEW;
  END IF;
  IF EXISTS (
    SELECT 1 FROM room_closures c
    WHERE c.room_id = NEW.room_id
      AND tstzrange(c.starts_at, c.ends_at, '[)') && tstzrange(NEW.starts_at, NEW.ends_at, '[)')
  ) THEN
    RAISE EXCEPTION 'room % is closed during this booking', NEW.room_id USING ERRCODE = 'check_violation', CONSTRAINT = 'room_bookings_closure';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER room_bookings_closure
  BEFORE INSERT OR UPDATE OF status, room_id, starts_at, ends_at ON room_bookings
  FOR EACH ROW EXECUTE FUNCTION room_bookings_closure_check();
--> statement-breakpoint
-- Links to other modules' tables (declared here, not in rooms.table.ts).
ALTER TABLE "room_bookings" ADD CONSTRAINT "room_bookings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id");
--> statement-breakpoint
ALTER TABLE "room_organisation_settings" ADD CONSTRAINT "room_organisation_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id");
--> statement-breakpoint
CREATE INDEX "room_bookings_period_idx" ON "room_bookings" USING gist ("room_id", tstzrange("starts_at", "ends_at", '[)'));
