ALTER TABLE "matching_circles" ADD COLUMN "ends_on" date;--> statement-breakpoint
ALTER TABLE "matching_attendance" ADD COLUMN "day" date;--> statement-breakpoint
-- attendance recorded before workshops had days: it was for the circle's (first) day
UPDATE "matching_attendance" a SET "day" = (c."starts_at" at time zone 'Europe/Brussels')::date FROM "matching_circles" c WHERE c."id" = a."circle_id";--> statement-breakpoint
ALTER TABLE "matching_attendance" ALTER COLUMN "day" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "matching_attendance" DROP CONSTRAINT "matching_attendance_circle_id_person_id_pk";--> statement-breakpoint
ALTER TABLE "matching_attendance" ADD CONSTRAINT "matching_attendance_circle_id_person_id_day_pk" PRIMARY KEY("circle_id","person_id","day");
--> statement-breakpoint
-- ESCO concepts of the starting catalogue, only where the concept is plainly the same skill (URIs checked against a
-- copy of ESCO's skills_en.csv); the others stay empty rather than guessed. A skill staff already linked is left alone.
UPDATE "matching_skills" SET "esco_uri" = v.uri FROM (VALUES
  ('horeca', 'Hygiène alimentaire (HACCP)', 'http://data.europa.eu/esco/skill/5ba1d5b9-3f8d-46ca-bf9f-2e9ca65d1350'),
  ('cleaning', 'Autolaveuse', 'http://data.europa.eu/esco/skill/2ed98048-bf2f-47e5-a0de-fd23d6abe2f6'),
  ('logistics', 'Conduite de chariot élévateur', 'http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da'),
  ('logistics', 'Réception de marchandises', 'http://data.europa.eu/esco/skill/f7f56b20-8f05-4731-a1bf-79fdcffc72ce'),
  ('care', 'Premiers secours', 'http://data.europa.eu/esco/skill/1d21f6ad-340f-45da-a0a3-4e83867f47a6'),
  ('security', 'Prévention incendie', 'http://data.europa.eu/esco/skill/861009ea-4d15-4e80-a8dc-7db41ecaf49b'),
  ('it', 'Support informatique de premier niveau', 'http://data.europa.eu/esco/skill/c2296e2e-5fef-4f24-a24f-e5b3792268be')
) AS v(family, label_fr, uri)
WHERE "matching_skills"."family" = v.family AND "matching_skills"."label_fr" = v.label_fr AND "matching_skills"."esco_uri" IS NULL;
