ALTER TABLE "training_sessions" ADD COLUMN "is_public" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "site_services" ADD COLUMN "fees_details" text;--> statement-breakpoint
ALTER TABLE "site_services" ADD COLUMN "service_type" text;--> statement-breakpoint
ALTER TABLE "site_services" ADD COLUMN "mobilisation_modes" text[] DEFAULT '{}'::text[] NOT NULL;
--> statement-breakpoint
-- The directory's codes become data·inclusion's own (schema v1): themes and publics renamed, fees in two values with their details.
UPDATE "site_services" SET "themes" = coalesce((select array_agg(distinct case c when 'accompagnement-social-et-professionnel-personnalise' then 'choisir-un-metier--identifier-ses-points-forts-et-ses-competences' when 'apprendre-francais' then 'lecture-ecriture-calcul--maitriser-le-francais' when 'apprendre-neerlandais' then 'apprendre-le-neerlandais' when 'numerique' then 'numerique--maitriser-les-fondamentaux-du-numerique' when 'trouver-un-emploi' then 'trouver-un-emploi--repondre-a-des-offres-demploi' when 'se-former' then 'se-former--trouver-sa-formation' when 'creation-activite' then 'creer-une-entreprise--definir-son-projet-de-creation-dentreprise' when 'acces-aux-droits-et-citoyennete' then 'difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits' when 'logement-hebergement' then 'logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement' when 'sante' then 'sante--acces-aux-soins' when 'famille' then 'famille--garde-denfants' when 'mobilite' then 'mobilite--etre-accompagne-dans-son-parcours-mobilite' else c end) from unnest("themes") c), '{}'::text[]);
--> statement-breakpoint
UPDATE "site_services" SET "publics" = coalesce((select array_agg(distinct case c when 'jeunes-16-26' then 'jeunes' when 'seniors-65' then 'seniors' when 'familles-enfants' then 'familles' when 'personnes-handicapees' then 'personnes-en-situation-de-handicap' when 'personnes-de-nationalite-etrangere' then 'personnes-exilees' when 'demandeurs-d-emploi' then 'demandeurs-emploi' when 'beneficiaires-revenu-d-integration' then 'beneficiaires-des-minimas-sociaux' else c end) from unnest("publics") c), '{}'::text[]);
--> statement-breakpoint
UPDATE "site_services" SET "fees_details" = case "fees" when 'gratuit-sous-conditions' then 'Gratuit sous conditions' when 'participation-libre' then 'Participation libre' end, "fees" = case "fees" when 'gratuit-sous-conditions' then 'gratuit' when 'participation-libre' then 'payant' else "fees" end WHERE "fees" in ('gratuit-sous-conditions', 'participation-libre');

--> statement-breakpoint
CREATE TABLE "site_images" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "site_images_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"hash" text NOT NULL,
	"content_type" text NOT NULL,
	"data" text NOT NULL,
	"size" integer NOT NULL,
	"alt_fr" text NOT NULL,
	"alt_nl" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "site_images_type" CHECK ("site_images"."content_type" in ('image/png', 'image/jpeg', 'image/webp')),
	CONSTRAINT "site_images_alt" CHECK (length(trim("site_images"."alt_fr")) > 0 and length(trim("site_images"."alt_nl")) > 0)
);
--> statement-breakpoint
ALTER TABLE "site_images" ADD CONSTRAINT "site_images_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "site_images_hash" ON "site_images" USING btree ("hash");