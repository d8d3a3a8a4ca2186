CREATE TABLE "matching_appointments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "matching_appointments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_phone" text,
	"contact_email" text,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"outcome" text,
	"outcome_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matching_attendance" (
	"circle_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"present" boolean NOT NULL,
	CONSTRAINT "matching_attendance_circle_id_person_id_pk" PRIMARY KEY("circle_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "matching_cases" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "matching_cases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"need" text NOT NULL,
	"circle_id" integer,
	"referent_id" integer,
	"follow_up" text,
	"follow_up_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matching_circles" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "matching_circles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"title_fr" text NOT NULL,
	"title_nl" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"partner_ids" integer[] DEFAULT '{}'::int[] NOT NULL,
	"held_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matching_circles_kind_known" CHECK ("matching_circles"."kind" in ('circle', 'workshop', 'job_sur_mesure'))
);
--> statement-breakpoint
CREATE TABLE "matching_links" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "matching_links_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"offer_id" integer NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matching_matches" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "matching_matches_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"offer_id" integer NOT NULL,
	"profile_id" integer NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"score" integer NOT NULL,
	"proposed_by" integer,
	"proposed_at" timestamp with time zone NOT NULL,
	"meet_requested_at" timestamp with time zone,
	"introduction_consent_at" timestamp with time zone,
	"declined_at" timestamp with time zone,
	"revealed_at" timestamp with time zone,
	"meeting_at" timestamp with time zone,
	"meeting_place" text,
	"meeting_attendees" text,
	"outcome" text,
	"not_hired_reason" text,
	"outcome_at" timestamp with time zone,
	"follow_up" text,
	"follow_up_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matching_matches_status_known" CHECK ("matching_matches"."status" in ('proposed', 'meet_requested', 'agreed', 'declined', 'meeting_planned', 'closed', 'withdrawn')),
	CONSTRAINT "matching_matches_reason" CHECK (("matching_matches"."outcome" = 'not_hired') = ("matching_matches"."not_hired_reason" is not null)),
	CONSTRAINT "matching_matches_reveal_consented" CHECK ("matching_matches"."revealed_at" is null or "matching_matches"."introduction_consent_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "matching_profiles" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "matching_profiles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"pseudonym" text NOT NULL,
	"skill_ids" integer[] DEFAULT '{}'::int[] NOT NULL,
	"experience" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"languages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"driving_licence" boolean DEFAULT false NOT NULL,
	"days" integer[] DEFAULT '{}'::int[] NOT NULL,
	"dayparts" text[] DEFAULT '{}'::text[] NOT NULL,
	"available_from" date,
	"max_km" integer,
	"transports" text[] DEFAULT '{}'::text[] NOT NULL,
	"from_postal_code" text,
	"wished_families" text[] DEFAULT '{}'::text[] NOT NULL,
	"wishes" text,
	"programmes" text[] DEFAULT '{}'::text[] NOT NULL,
	"equality_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"equality_consent_at" timestamp with time zone,
	"consent_at" timestamp with time zone,
	"consent_withdrawn_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matching_profiles_max_km" CHECK ("matching_profiles"."max_km" is null or "matching_profiles"."max_km" between 0 and 200)
);
--> statement-breakpoint
CREATE TABLE "matching_profiles_version" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "matching_profiles_version_one_row" CHECK ("matching_profiles_version"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "matching_requirements" (
	"offer_id" integer PRIMARY KEY NOT NULL,
	"family" text,
	"min_experience_months" integer DEFAULT 0 NOT NULL,
	"essential_skill_ids" integer[] DEFAULT '{}'::int[] NOT NULL,
	"nice_skill_ids" integer[] DEFAULT '{}'::int[] NOT NULL,
	"languages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"driving_licence" boolean DEFAULT false NOT NULL,
	"days" integer[] DEFAULT '{}'::int[] NOT NULL,
	"dayparts" text[] DEFAULT '{}'::text[] NOT NULL,
	"start_by" date,
	"postal_code" text,
	"programme" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matching_requirements_experience" CHECK ("matching_requirements"."min_experience_months" between 0 and 600)
);
--> statement-breakpoint
CREATE TABLE "matching_skills" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "matching_skills_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"family" text NOT NULL,
	"label_fr" text NOT NULL,
	"label_nl" text NOT NULL,
	"label_en" text NOT NULL,
	"esco_uri" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matching_skills_family_known" CHECK ("matching_skills"."family" in ('horeca', 'cleaning', 'logistics', 'retail', 'care', 'construction', 'security', 'administration', 'it')),
	CONSTRAINT "matching_skills_esco_uri" CHECK ("matching_skills"."esco_uri" is null or "matching_skills"."esco_uri" like 'http://data.europa.eu/esco/%')
);
--> statement-breakpoint
CREATE TABLE "matching_solutions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "matching_solutions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"case_id" integer NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"organisation_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matching_solutions_kind_known" CHECK ("matching_solutions"."kind" in ('training', 'job', 'social_help', 'language_course', 'housing', 'health', 'administrative', 'other'))
);
--> statement-breakpoint
ALTER TABLE "matching_appointments" ADD CONSTRAINT "matching_appointments_case_id_matching_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."matching_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_attendance" ADD CONSTRAINT "matching_attendance_circle_id_matching_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."matching_circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_cases" ADD CONSTRAINT "matching_cases_circle_id_matching_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."matching_circles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_cases" ADD CONSTRAINT "matching_cases_referent_id_users_id_fk" FOREIGN KEY ("referent_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_circles" ADD CONSTRAINT "matching_circles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_links" ADD CONSTRAINT "matching_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_matches" ADD CONSTRAINT "matching_matches_profile_id_matching_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."matching_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_matches" ADD CONSTRAINT "matching_matches_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_profiles" ADD CONSTRAINT "matching_profiles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_solutions" ADD CONSTRAINT "matching_solutions_case_id_matching_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."matching_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "matching_appointments_token_unique" ON "matching_appointments" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "matching_appointments_case_idx" ON "matching_appointments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "matching_cases_person_idx" ON "matching_cases" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "matching_cases_circle_idx" ON "matching_cases" USING btree ("circle_id");--> statement-breakpoint
CREATE UNIQUE INDEX "matching_links_token_unique" ON "matching_links" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "matching_links_offer_idx" ON "matching_links" USING btree ("offer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "matching_matches_offer_profile_unique" ON "matching_matches" USING btree ("offer_id","profile_id");--> statement-breakpoint
CREATE INDEX "matching_matches_profile_idx" ON "matching_matches" USING btree ("profile_id");--> statement-breakpoint
CREATE UNIQUE INDEX "matching_profiles_person_unique" ON "matching_profiles" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "matching_profiles_pseudonym_unique" ON "matching_profiles" USING btree ("pseudonym");--> statement-breakpoint
CREATE INDEX "matching_profiles_skills_idx" ON "matching_profiles" USING gin ("skill_ids");--> statement-breakpoint
CREATE UNIQUE INDEX "matching_skills_label_unique" ON "matching_skills" USING btree ("family","label_fr");--> statement-breakpoint
CREATE INDEX "matching_solutions_case_idx" ON "matching_solutions" USING btree ("case_id");--> statement-breakpoint
-- Foreign keys to people, organisations and offers (not in the Drizzle schema: a module never imports another module's table).
ALTER TABLE "matching_profiles" ADD CONSTRAINT "matching_profiles_person_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade;--> statement-breakpoint
ALTER TABLE "matching_cases" ADD CONSTRAINT "matching_cases_person_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade;--> statement-breakpoint
ALTER TABLE "matching_attendance" ADD CONSTRAINT "matching_attendance_person_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade;--> statement-breakpoint
ALTER TABLE "matching_requirements" ADD CONSTRAINT "matching_requirements_offer_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers_offers"("id") ON DELETE cascade;--> statement-breakpoint
ALTER TABLE "matching_links" ADD CONSTRAINT "matching_links_offer_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers_offers"("id") ON DELETE cascade;--> statement-breakpoint
ALTER TABLE "matching_matches" ADD CONSTRAINT "matching_matches_offer_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers_offers"("id") ON DELETE cascade;--> statement-breakpoint
ALTER TABLE "matching_solutions" ADD CONSTRAINT "matching_solutions_organisation_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict;--> statement-breakpoint
ALTER TABLE "matching_appointments" ADD CONSTRAINT "matching_appointments_organisation_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict;
--> statement-breakpoint
-- The starting set of the skills catalogue (written for this project; staff edit it). ESCO URIs only where checked.
INSERT INTO "matching_skills" ("family", "label_fr", "label_nl", "label_en", "esco_uri") VALUES
  ('horeca', 'Hygiène alimentaire (HACCP)', 'Voedselhygiëne (HACCP)', 'Food hygiene (HACCP)', NULL),
  ('horeca', 'Service en salle', 'Bediening in de zaal', 'Table service', NULL),
  ('horeca', 'Préparation froide', 'Koude bereiding', 'Cold food preparation', NULL),
  ('horeca', 'Plonge et entretien de la cuisine', 'Afwas en keukenonderhoud', 'Dishwashing and kitchen cleaning', NULL),
  ('horeca', 'Service au bar', 'Barbediening', 'Bar service', NULL),
  ('cleaning', 'Nettoyage de bureaux', 'Kantoorschoonmaak', 'Office cleaning', NULL),
  ('cleaning', 'Utilisation de produits d’entretien en sécurité', 'Veilig gebruik van schoonmaakproducten', 'Safe use of cleaning products', NULL),
  ('cleaning', 'Autolaveuse', 'Schrobzuigmachine', 'Floor scrubber', NULL),
  ('cleaning', 'Nettoyage en milieu hospitalier', 'Schoonmaak in ziekenhuizen', 'Hospital cleaning', NULL),
  ('logistics', 'Conduite de chariot élévateur', 'Heftruck rijden', 'Forklift driving', NULL),
  ('logistics', 'Préparation de commandes', 'Orderpicking', 'Order picking', NULL),
  ('logistics', 'Scanner et gestion de stock', 'Scanner en voorraadbeheer', 'Scanning and stock keeping', NULL),
  ('logistics', 'Réception de marchandises', 'Goederenontvangst', 'Goods receiving', NULL),
  ('logistics', 'Livraison (permis B)', 'Levering (rijbewijs B)', 'Delivery (B licence)', NULL),
  ('retail', 'Caisse', 'Kassa', 'Checkout', NULL),
  ('retail', 'Mise en rayon', 'Rekken aanvullen', 'Shelf stocking', NULL),
  ('retail', 'Conseil à la clientèle', 'Klantenadvies', 'Customer advice', NULL),
  ('retail', 'Vente en boulangerie', 'Verkoop in de bakkerij', 'Bakery sales', NULL),
  ('care', 'Accueil de la petite enfance', 'Kinderopvang', 'Early childhood care', NULL),
  ('care', 'Aide aux soins d’hygiène', 'Hulp bij hygiënische zorg', 'Help with personal care', NULL),
  ('care', 'Aide-ménagère', 'Poetshulp', 'Home help', NULL),
  ('care', 'Premiers secours', 'Eerste hulp', 'First aid', NULL),
  ('care', 'Accompagnement des personnes âgées', 'Begeleiding van ouderen', 'Elderly care', NULL),
  ('construction', 'Maçonnerie', 'Metselwerk', 'Bricklaying', NULL),
  ('construction', 'Peinture en bâtiment', 'Schilderwerk', 'Building painting', NULL),
  ('construction', 'Carrelage', 'Tegelwerk', 'Tiling', NULL),
  ('construction', 'Sécurité sur chantier (VCA)', 'Veiligheid op de werf (VCA)', 'Site safety (VCA)', NULL),
  ('construction', 'Électricité de base', 'Basiselektriciteit', 'Basic electrical work', NULL),
  ('security', 'Agent de gardiennage (carte)', 'Bewakingsagent (kaart)', 'Security guard (licence)', NULL),
  ('security', 'Contrôle d’accès', 'Toegangscontrole', 'Access control', NULL),
  ('security', 'Prévention incendie', 'Brandpreventie', 'Fire prevention', NULL),
  ('administration', 'Accueil et téléphone', 'Onthaal en telefoon', 'Reception and phone', NULL),
  ('administration', 'Encodage de données', 'Gegevensinvoer', 'Data entry', NULL),
  ('administration', 'Traitement de texte et tableur', 'Tekstverwerking en rekenblad', 'Word processing and spreadsheets', NULL),
  ('administration', 'Classement et archivage', 'Klassement en archivering', 'Filing and archiving', NULL),
  ('it', 'Support informatique de premier niveau', 'Eerstelijns IT-support', 'First-line IT support', NULL),
  ('it', 'Installation de postes de travail', 'Installatie van werkstations', 'Workstation installation', NULL),
  ('it', 'Développement web (HTML, CSS)', 'Webontwikkeling (HTML, CSS)', 'Web development (HTML, CSS)', NULL),
  ('it', 'Programmation Python', 'Programmeren in Python', 'Python programming', 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d'),
  ('it', 'Réseaux informatiques de base', 'Basiskennis netwerken', 'Basic networking', NULL);
--> statement-breakpoint
-- The profiles' version: one row, grown by every statement that changes the profiles (in the same transaction), so
-- that a process may keep the ranking's columns in memory while it stays the same.
INSERT INTO "matching_profiles_version" ("id", "version") VALUES (1, 0);--> statement-breakpoint
CREATE FUNCTION matching_profiles_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE matching_profiles_version SET version = version + 1 WHERE id = 1;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER matching_profiles_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON matching_profiles FOR EACH STATEMENT EXECUTE FUNCTION matching_profiles_bump();
