ALTER TABLE "matching_circles" ADD COLUMN "ends_on" date;--> statement-breakpoint
ALTER TABLE "matching_attendance" ADD COLUMN "day" date;--> statement-breakpoint
-- attendance recorded before workshops had days: it was for the circle's (first) day
UPDATE "matching_attendance" a SET "day" = (c."starts_at" at time zone 'Europe/Brussels')::date FROM "matching_circles" c WHERE c."id" = a."circle_id";--> statement-breakpoint
ALTER TABLE "matching_attendance" ALTER COLUMN "day" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "matching_attendance" DROP CONSTRAINT "matching_attendance_circle_id_person_id_pk";--> statement-breakpoint
ALTER TABLE "matching_attendance" ADD CONSTRAINT "matching_attendance_circle_id_person_id_day_pk" PRIMARY KEY("circle_id","person_id","day");
