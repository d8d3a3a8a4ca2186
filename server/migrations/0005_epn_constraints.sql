-- EPN: a visit links to a person of the registry (another module's table, so declared here).
ALTER TABLE "epn_visits" ADD CONSTRAINT "epn_visits_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id");
--> statement-breakpoint
-- The kinds of help of the annual report; users may rename, deactivate or add kinds.
INSERT INTO "epn_help_kinds" ("code", "label", "position") VALUES
  ('e_guichet', 'E-guichet de la commune', 1),
  ('unemployment_stamping', 'Pointage de chômage numérique', 2),
  ('temp_contract_signing', 'Signature de contrat intérim (AdminBox)', 3),
  ('cv_job_search', 'CV et recherche d''emploi', 4),
  ('tax_on_web', 'Tax-on-web', 5),
  ('pc_banking', 'PC banking', 6),
  ('pension', 'Dossier de pension', 7),
  ('student_at_work', 'Student@work', 8),
  ('video_interview', 'Entretien vidéo', 9),
  ('individual_coaching', 'Coaching individuel', 10),
  ('other', 'Autre', 11)
ON CONFLICT DO NOTHING;
