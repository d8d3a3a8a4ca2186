import { sql } from 'drizzle-orm';
import { pgTable, text, timestamp, integer, date, boolean, index, check, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.table';

// The directory's services point at organisations of the registry: that foreign key is declared in the migration (SQL),
// a module never imports another module's table.

export const CONTENT_KINDS = ['page', 'news', 'publication'] as const;
export const PUBLICATION_KINDS = ['article', 'video', 'survey'] as const;
/**
 * data·inclusion's `thematiques` (schema v1, its codes as they are) that the Centrale's partners cover, the directory's
 * themes; and the Belgian profile's own themes, which the French list lacks (exported as `thematiques_be`).
 */
export const DI_THEMES = [
  'trouver-un-emploi--repondre-a-des-offres-demploi',
  'preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation',
  'choisir-un-metier--identifier-ses-points-forts-et-ses-competences',
  'se-former--trouver-sa-formation',
  'lecture-ecriture-calcul--maitriser-le-francais',
  'numerique--maitriser-les-fondamentaux-du-numerique',
  'numerique--acceder-a-des-services-en-ligne',
  'creer-une-entreprise--definir-son-projet-de-creation-dentreprise',
  'difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits',
  'difficultes-financieres--situation-dendettement-surendettement',
  'logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement',
  'sante--acces-aux-soins',
  'famille--garde-denfants',
  'mobilite--etre-accompagne-dans-son-parcours-mobilite',
] as const;
export const BE_THEMES = ['apprendre-le-neerlandais'] as const;
export const THEMES = [...DI_THEMES, ...BE_THEMES] as const;
/** data·inclusion's `publics` (schema v1), without the French `residents-qpv-frr`. */
export const PUBLICS = [
  'tous-publics',
  'demandeurs-emploi',
  'jeunes',
  'femmes',
  'familles',
  'seniors',
  'etudiants',
  'actifs',
  'beneficiaires-des-minimas-sociaux',
  'personnes-en-situation-de-handicap',
  'personnes-exilees',
  'personnes-en-situation-durgence',
  'personnes-en-situation-juridique-specifique',
] as const;
/** data·inclusion's `modes_accueil`. */
export const RECEPTION_MODES = ['en-presentiel', 'a-distance'] as const;
/** data·inclusion's `frais` (v1: free or not; the details go in `frais_precisions`). */
export const FEES = ['gratuit', 'payant'] as const;
/** data·inclusion's `type` of a service. */
export const SERVICE_TYPES = ['accompagnement', 'aide-financiere', 'aide-materielle', 'atelier', 'formation', 'information'] as const;
/** data·inclusion's `modes_mobilisation`: how a person reaches the service. */
export const MOBILISATION_MODES = ['se-presenter', 'telephoner', 'envoyer-un-courriel', 'utiliser-lien-mobilisation'] as const;

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

/**
 * What the communication officer writes for the public website: information pages, news, the Observatoire's
 * publications. Texts are Markdown (never HTML): rendered by markdown-it with raw HTML off when a page is served.
 */
export const siteContents = pgTable(
  'site_contents',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind', { enum: CONTENT_KINDS }).notNull(),
    /** for a publication: article, video or survey */
    publicationKind: text('publication_kind', { enum: PUBLICATION_KINDS }),
    slug: text('slug').notNull(),
    titleFr: text('title_fr'),
    titleNl: text('title_nl'),
    titleEn: text('title_en'),
    summaryFr: text('summary_fr'),
    summaryNl: text('summary_nl'),
    summaryEn: text('summary_en'),
    bodyFr: text('body_fr'),
    bodyNl: text('body_nl'),
    bodyEn: text('body_en'),
    /** an image of this site (a path) or of another (https), with its alternative text in each language written */
    imageUrl: text('image_url'),
    imageAltFr: text('image_alt_fr'),
    imageAltNl: text('image_alt_nl'),
    imageAltEn: text('image_alt_en'),
    /** a video's or a survey's address */
    linkUrl: text('link_url'),
    publishFrom: timestamp('publish_from', { withTimezone: true }).notNull(),
    publishUntil: timestamp('publish_until', { withTimezone: true }),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('site_contents_kind_slug').on(t.kind, t.slug),
    index('site_contents_publish').on(t.kind, t.publishFrom),
    check('site_contents_kind', sql`${t.kind} in (${list(CONTENT_KINDS)})`),
    check('site_contents_title', sql`coalesce(length(trim(${t.titleFr})), 0) + coalesce(length(trim(${t.titleNl})), 0) > 0`),
    check('site_contents_period', sql`${t.publishUntil} is null or ${t.publishUntil} > ${t.publishFrom}`),
    check('site_contents_image_alt', sql`${t.imageUrl} is null or (length(trim(coalesce(${t.imageAltFr}, ''))) > 0 and length(trim(coalesce(${t.imageAltNl}, ''))) > 0)`),
  ],
);

/** A service of a partner organisation in the directory, in data·inclusion's terms (see docs/site.md). */
export const siteServices = pgTable(
  'site_services',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer('organisation_id').notNull(),
    nameFr: text('name_fr'),
    nameNl: text('name_nl'),
    descriptionFr: text('description_fr'),
    descriptionNl: text('description_nl'),
    themes: text('themes').array().notNull().default(sql`'{}'::text[]`),
    publics: text('publics').array().notNull().default(sql`'{}'::text[]`),
    /** ISO 639-1 codes of the languages spoken at the service */
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    fees: text('fees', { enum: FEES }),
    /** data·inclusion's `frais_precisions`: what it costs, on which conditions */
    feesDetails: text('fees_details'),
    /** data·inclusion's `type` */
    serviceType: text('service_type', { enum: SERVICE_TYPES }),
    /** data·inclusion's `modes_mobilisation` */
    mobilisationModes: text('mobilisation_modes').array().notNull().default(sql`'{}'::text[]`),
    receptionModes: text('reception_modes').array().notNull().default(sql`'{}'::text[]`),
    accessConditions: text('access_conditions'),
    /** OpenStreetMap opening_hours syntax, e.g. "Mo-Fr 09:00-12:30" */
    openingHours: text('opening_hours'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('site_services_organisation').on(t.organisationId),
    check('site_services_name', sql`coalesce(length(trim(${t.nameFr})), 0) + coalesce(length(trim(${t.nameNl})), 0) > 0`),
  ],
);

/**
 * The day's random salt of the analytics (Plausible's method): drawn at random, never derived from the date,
 * deleted 48 hours after it was drawn, so that yesterday's visitor hashes can no longer be recomputed.
 */
export const siteSalts = pgTable('site_salts', {
  day: date('day').primaryKey(),
  salt: text('salt').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** One page view: the page, the referring domain, and the visitor's keyed hash of the day (no address, no user agent). */
export const siteViews = pgTable(
  'site_views',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    day: date('day').notNull(),
    path: text('path').notNull(),
    referrerDomain: text('referrer_domain'),
    visitor: text('visitor').notNull(),
  },
  (t) => [index('site_views_day').on(t.day), index('site_views_day_visitor').on(t.day, t.visitor)],
);

/**
 * An image uploaded for a page, a news item or a publication (PNG, JPEG or WebP, checked by its bytes, 2 MB at most),
 * served at `/site/images/<hash>.<ext>`: the address changes with the image, so it is cached a year. Its alternative
 * text in French and Dutch is required with it (the texts that show it repeat theirs: `imageAltFr`/`imageAltNl`).
 */
export const siteImages = pgTable(
  'site_images',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** sha-256 of the bytes, 16 hex digits: the image's address */
    hash: text('hash').notNull(),
    contentType: text('content_type').notNull(),
    /** the bytes, base64 (as the institution's logo is kept) */
    data: text('data').notNull(),
    size: integer('size').notNull(),
    altFr: text('alt_fr').notNull(),
    altNl: text('alt_nl').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('site_images_hash').on(t.hash),
    check('site_images_type', sql`${t.contentType} in ('image/png', 'image/jpeg', 'image/webp')`),
    check('site_images_alt', sql`length(trim(${t.altFr})) > 0 and length(trim(${t.altNl})) > 0`),
  ],
);
