-- Starting lists of the front desk's visit reasons and the social desk's problem categories
-- (from the 2022 annual report). Both lists stay configurable in the application.
INSERT INTO "frontdesk_reasons" ("code", "label_fr", "label_nl", "label_en", "sort_order") VALUES
  ('job_search', 'Recherche d''emploi', 'Werk zoeken', 'Job search', 10),
  ('actiris_registration', 'Inscription / dossier Actiris', 'Inschrijving / dossier Actiris', 'Actiris registration or file', 20),
  ('training', 'Formation', 'Opleiding', 'Training', 30),
  ('social_help', 'Aide sociale', 'Sociale hulp', 'Social help', 40),
  ('digital_help', 'Aide numérique / EPN', 'Digitale hulp / OCR', 'Digital help / public digital space', 50),
  ('appointment', 'Rendez-vous', 'Afspraak', 'Appointment', 60),
  ('information', 'Information générale', 'Algemene informatie', 'General information', 70),
  ('event', 'Événement, salon, atelier', 'Evenement, beurs, workshop', 'Event, fair, workshop', 80),
  ('room_rental', 'Occupation de salle', 'Zaalgebruik', 'Room rental', 90),
  ('delivery_or_works', 'Livraison, réparateur', 'Levering, hersteller', 'Delivery or repairs', 100),
  ('partner', 'Partenaire', 'Partner', 'Partner', 110),
  ('other', 'Autre', 'Andere', 'Other', 999);
--> statement-breakpoint
INSERT INTO "socialdesk_categories" ("code", "label_fr", "label_nl", "label_en", "sort_order") VALUES
  ('housing', 'Logement', 'Huisvesting', 'Housing', 10),
  ('budget_debt', 'Budget et dettes', 'Budget en schulden', 'Budget and debt', 20),
  ('administrative', 'Administratif', 'Administratief', 'Administrative', 30),
  ('medical', 'Médical', 'Medisch', 'Medical', 40),
  ('relational', 'Relationnel', 'Relationeel', 'Relational', 50),
  ('childcare', 'Garde d''enfants', 'Kinderopvang', 'Childcare', 60),
  ('internships', 'Stages', 'Stages', 'Internships', 70),
  ('school_enrolment', 'Inscriptions scolaires', 'Schoolinschrijvingen', 'School enrolment', 80),
  ('literacy_language', 'Alphabétisation et cours de langue', 'Alfabetisering en taallessen', 'Literacy and language courses', 90),
  ('employment', 'Emploi', 'Werk', 'Employment', 100),
  ('other', 'Autre', 'Andere', 'Other', 999);
