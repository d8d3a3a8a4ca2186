-- Trainings: participants link to the people registry and to partner organisations (other modules' tables).
ALTER TABLE "training_participants" ADD CONSTRAINT "training_participants_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id");
--> statement-breakpoint
ALTER TABLE "training_participants" ADD CONSTRAINT "training_participants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id");
--> statement-breakpoint
ALTER TABLE "training_programme_partners" ADD CONSTRAINT "training_programme_partners_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id");
--> statement-breakpoint
-- A session never holds more enrolled participants than its capacity (the service also locks the session row).
CREATE OR REPLACE FUNCTION training_participants_capacity_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  cap integer;
  taken integer;
BEGIN
  IF NEW.status <> 'enrolled' THEN
    RETURN NEW;
  END IF;
  SELECT capacity INTO cap FROM training_sessions WHERE id = NEW.session_id FOR UPDATE;
  SELECT count(*) INTO taken FROM training_participants WHERE session_id = NEW.session_id AND status = 'enrolled' AND id <> NEW.id;
  IF taken + 1 > cap THEN
    RAISE EXCEPTION 'session % is full (capacity %)', NEW.session_id, cap USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER training_participants_capacity
  BEFORE INSERT OR UPDATE OF status, session_id ON training_participants
  FOR EACH ROW EXECUTE FUNCTION training_participants_capacity_check();
