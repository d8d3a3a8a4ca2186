-- More ESCO concepts for the starting catalogue, read with their preferred label in a copy of ESCO's skills_en.csv
-- (only where the preferred label is plainly the same skill; that copy's altLabels column is misaligned, so it was not
-- used). The others stay empty rather than guessed. A skill staff already linked or edited is left alone.
UPDATE "matching_skills" SET "esco_uri" = v.uri FROM (VALUES
  ('cleaning', 'Utilisation de produits d’entretien en sécurité', 'http://data.europa.eu/esco/skill/51a26193-9abe-4bce-9108-f50835be1c35'),
  ('logistics', 'Préparation de commandes', 'http://data.europa.eu/esco/skill/b01c93a8-43b0-4cf6-81c8-68a4f2ed93d9'),
  ('construction', 'Sécurité sur chantier (VCA)', 'http://data.europa.eu/esco/skill/86df7af2-f9f3-4c06-a500-7f1fba9e78fe')
) AS v(family, label_fr, uri)
WHERE "matching_skills"."family" = v.family AND "matching_skills"."label_fr" = v.label_fr AND "matching_skills"."esco_uri" IS NULL;
