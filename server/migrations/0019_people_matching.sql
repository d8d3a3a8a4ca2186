-- How names and phone numbers are compared (server/src/modules/people/people.matching.ts says why).
-- A name's words: lower case, without accents, apostrophes dropped (N'Diaye -> ndiaye), hyphens and other
-- punctuation separating words (Jean-Pierre -> jean pierre).
CREATE OR REPLACE FUNCTION relais_name_key(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT btrim(regexp_replace(regexp_replace(relais_normalise(input), '[''’ʼ‘`´]', '', 'g'), '[-‐‑‒–—_.,;:/()"+&*!?[:space:]]+', ' ', 'g')) $$;
--> statement-breakpoint
-- What search compares by spelling: first and last name, and a name of several words also in one
-- ("Van den Broeck" -> "van den broeck vandenbroeck"), so that "Vandenbroeck" finds it.
CREATE OR REPLACE FUNCTION relais_person_search_text(first_name text, last_name text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT concat_ws(' ', f, l,
      CASE WHEN position(' ' in l) > 0 THEN replace(l, ' ', '') END,
      CASE WHEN position(' ' in f) > 0 THEN replace(f, ' ', '') END)
    FROM (SELECT coalesce(relais_name_key(first_name), '') AS f, coalesce(relais_name_key(last_name), '') AS l) AS n
  $$;
--> statement-breakpoint
-- A phone number as search compares it: digits only, Belgian numbers in national form (+32 / 0032 -> 0),
-- other countries as 00 and the country code. people.matching.ts `phoneKey` is the same in TypeScript.
CREATE OR REPLACE FUNCTION relais_phone_key(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$
    SELECT CASE
      WHEN d = '' THEN NULL
      WHEN s LIKE '+%' THEN CASE WHEN d LIKE '32%' THEN '0' || substr(d, 3) ELSE '00' || d END
      WHEN d LIKE '0032%' THEN '0' || substr(d, 5)
      ELSE d END
    FROM (SELECT btrim(input) AS s, regexp_replace(input, '[^0-9]', '', 'g') AS d) AS p
  $$;

--> statement-breakpoint
CREATE TABLE "person_duplicate_dismissals" (
	"person_a" integer NOT NULL,
	"person_b" integer NOT NULL,
	"dismissed_by" integer,
	"dismissed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_duplicate_dismissals_person_a_person_b_pk" PRIMARY KEY("person_a","person_b"),
	CONSTRAINT "person_duplicate_dismissals_order" CHECK ("person_duplicate_dismissals"."person_a" < "person_duplicate_dismissals"."person_b")
);
--> statement-breakpoint
DROP INDEX "people_last_name_idx";--> statement-breakpoint
ALTER TABLE "people" drop column "search_text";--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "search_text" text GENERATED ALWAYS AS (relais_person_search_text(first_name, last_name)) STORED NOT NULL;--> statement-breakpoint
-- dropping the column dropped its trigram index: the same index on the new expression
CREATE INDEX "people_search_trgm_idx" ON "people" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
-- null until the people module computes it (at start for the rows already there, then with every write of a name)
ALTER TABLE "people" ADD COLUMN "match_keys" text[];--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "phone_key" text GENERATED ALWAYS AS (relais_phone_key(phone)) STORED;--> statement-breakpoint
ALTER TABLE "person_duplicate_dismissals" ADD CONSTRAINT "person_duplicate_dismissals_person_a_people_id_fk" FOREIGN KEY ("person_a") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_duplicate_dismissals" ADD CONSTRAINT "person_duplicate_dismissals_person_b_people_id_fk" FOREIGN KEY ("person_b") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_duplicate_dismissals" ADD CONSTRAINT "person_duplicate_dismissals_dismissed_by_users_id_fk" FOREIGN KEY ("dismissed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_duplicate_dismissals_b_idx" ON "person_duplicate_dismissals" USING btree ("person_b");--> statement-breakpoint
CREATE INDEX "people_match_keys_idx" ON "people" USING gin ("match_keys");--> statement-breakpoint
CREATE INDEX "people_phone_key_idx" ON "people" USING btree ("phone_key" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "people_email_idx" ON "people" USING btree ("email");--> statement-breakpoint
CREATE INDEX "people_live_name_idx" ON "people" USING btree ("last_name","first_name","id") WHERE merged_into_id is null and erased_at is null;--> statement-breakpoint
CREATE INDEX "audit_log_person_idx" ON "audit_log" USING btree (("details" ->> 'personId')) WHERE ("audit_log"."details" ->> 'personId') is not null;
--> statement-breakpoint
DROP INDEX "people_search_trgm_idx";--> statement-breakpoint
DROP INDEX "people_match_keys_idx";--> statement-breakpoint
CREATE INDEX "people_search_trgm_idx" ON "people" USING gin ("search_text" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "people_match_keys_idx" ON "people" USING gin ("match_keys") WITH (fastupdate=false);
