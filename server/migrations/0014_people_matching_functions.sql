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
