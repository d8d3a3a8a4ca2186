import { z } from 'zod';
import { bodyId, idOut, instantOut, isoDateTime, localDateOut, queryId } from '../../platform/http/schemas';
import { figureSchema, yearParam } from '../../platform/stats';
import { imageUploadFields } from '../../platform/images';
import { CONTENT_KINDS, FEES, MOBILISATION_MODES, PUBLICATION_KINDS, PUBLICS, RECEPTION_MODES, SERVICE_TYPES, THEMES } from './site.table';

const optional = (max: number) => z.string().trim().max(max).transform((s) => (s === '' ? null : s)).nullable().optional();
const markdown = optional(50_000);
/** A page address: lowercase words joined by hyphens. */
const slug = z.string().trim().toLowerCase().min(1).max(80).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'error.site.slug_invalid');
/** An image of this site (a path) or an https address. */
const imageUrl = z
  .string()
  .trim()
  .max(500)
  .regex(/^(\/[A-Za-z0-9._~\-/]+|https:\/\/[^\s"'<>]+)$/, 'error.site.image_url_invalid')
  .nullable()
  .optional();
const linkUrl = z.string().trim().max(500).regex(/^https?:\/\/[^\s"'<>]+$/, 'error.url_invalid').nullable().optional();

const contentFields = {
  publicationKind: z.enum(PUBLICATION_KINDS).nullable().optional(),
  slug,
  titleFr: optional(200),
  titleNl: optional(200),
  titleEn: optional(200),
  summaryFr: optional(500),
  summaryNl: optional(500),
  summaryEn: optional(500),
  bodyFr: markdown,
  bodyNl: markdown,
  bodyEn: markdown,
  imageUrl,
  imageAltFr: optional(300),
  imageAltNl: optional(300),
  imageAltEn: optional(300),
  linkUrl,
  /** when it appears (now when absent); a new text cannot be dated in the past */
  publishFrom: isoDateTime.optional(),
  /** when it leaves the site by itself */
  publishUntil: isoDateTime.nullable().optional(),
};
export const contentBody = z.strictObject({ kind: z.enum(CONTENT_KINDS), ...contentFields });
export type ContentInput = z.infer<typeof contentBody>;
export const contentPatch = z.strictObject(contentFields).partial();
export type ContentPatch = z.infer<typeof contentPatch>;
export const contentsQuery = z.strictObject({ kind: z.enum(CONTENT_KINDS).optional() });

const nullable = z.string().nullable();
export const contentSchema = z
  .object({
    id: idOut,
    kind: z.enum(CONTENT_KINDS),
    publicationKind: z.enum(PUBLICATION_KINDS).nullable(),
    slug: z.string(),
    titleFr: nullable,
    titleNl: nullable,
    titleEn: nullable,
    summaryFr: nullable,
    summaryNl: nullable,
    summaryEn: nullable,
    bodyFr: nullable,
    bodyNl: nullable,
    bodyEn: nullable,
    imageUrl: nullable,
    imageAltFr: nullable,
    imageAltNl: nullable,
    imageAltEn: nullable,
    linkUrl: nullable,
    publishFrom: instantOut,
    publishUntil: instantOut.nullable(),
    /** scheduled (not yet), online, or offline (its end passed) — on the app clock */
    state: z.enum(['scheduled', 'online', 'offline']),
    /** the languages of the Centrale (fr, nl) in which the title or the text is not written */
    missing: z.array(z.enum(['fr', 'nl'])),
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .meta({ id: 'SiteContent', description: 'A page, news item or publication of the public website (Markdown, FR/NL/EN).' });
export const contentsAnswer = z.object({ items: z.array(contentSchema) }).meta({ id: 'SiteContents' });

export const previewBody = z.strictObject({ markdown: z.string().max(50_000) });
export const previewAnswer = z
  .object({
    /** the HTML the public page will show (markdown-it, raw HTML off) */
    html: z.string(),
    /** what would be refused on saving, in the request's language */
    warnings: z.array(z.object({ code: z.string(), message: z.string() })),
  })
  .meta({ id: 'SitePreview' });

const lists = {
  themes: z.array(z.enum(THEMES)).max(THEMES.length),
  publics: z.array(z.enum(PUBLICS)).max(PUBLICS.length),
  languages: z.array(z.string().trim().toLowerCase().regex(/^[a-z]{2}$/, 'error.site.language_invalid')).max(20),
  receptionModes: z.array(z.enum(RECEPTION_MODES)).max(RECEPTION_MODES.length),
  mobilisationModes: z.array(z.enum(MOBILISATION_MODES)).max(MOBILISATION_MODES.length),
};
const serviceFields = {
  organisationId: bodyId,
  nameFr: optional(200),
  nameNl: optional(200),
  descriptionFr: optional(5000),
  descriptionNl: optional(5000),
  themes: lists.themes.default([]),
  publics: lists.publics.default([]),
  languages: lists.languages.default([]),
  /** data·inclusion's `type` */
  serviceType: z.enum(SERVICE_TYPES).nullable().optional(),
  fees: z.enum(FEES).nullable().optional(),
  /** data·inclusion's `frais_precisions` */
  feesDetails: optional(500),
  receptionModes: lists.receptionModes.default([]),
  /** data·inclusion's `modes_mobilisation` */
  mobilisationModes: lists.mobilisationModes.default([]),
  accessConditions: optional(2000),
  openingHours: optional(300),
  active: z.boolean().optional(),
};
export const serviceBody = z.strictObject(serviceFields);
export type ServiceInput = z.infer<typeof serviceBody>;
// (a patch leaves out what it does not change: no default list in it)
export const servicePatch = z.strictObject({ ...serviceFields, ...lists }).partial();
export type ServicePatch = z.infer<typeof servicePatch>;
export const serviceSchema = z
  .object({
    id: idOut,
    organisationId: idOut,
    organisationName: z.string(),
    nameFr: nullable,
    nameNl: nullable,
    descriptionFr: nullable,
    descriptionNl: nullable,
    themes: z.array(z.string()),
    publics: z.array(z.string()),
    languages: z.array(z.string()),
    serviceType: z.enum(SERVICE_TYPES).nullable(),
    fees: z.enum(FEES).nullable(),
    feesDetails: nullable,
    receptionModes: z.array(z.string()),
    mobilisationModes: z.array(z.string()),
    accessConditions: nullable,
    openingHours: nullable,
    active: z.boolean(),
    updatedAt: instantOut,
  })
  .meta({ id: 'SiteService', description: 'A service of a partner organisation, as the directory shows it.' });
const coded = z.array(z.object({ value: z.string(), label: z.string() }));
export const serviceCodes = z
  .object({
    /** data·inclusion's own themes, and the Belgian profile's (`belgian`: exported as thematiques_be) */
    themes: z.array(z.object({ value: z.enum(THEMES), label: z.string(), belgian: z.boolean() })),
    publics: coded,
    serviceTypes: coded,
    fees: coded,
    receptionModes: coded,
    mobilisationModes: coded,
    languages: coded,
  })
  .meta({ id: 'SiteServiceCodes', description: 'The codes a directory service is described with (data·inclusion schema v1), labelled in the request’s language.' });
export const servicesAnswer = z.object({ items: z.array(serviceSchema) }).meta({ id: 'SiteServices' });
export const serviceIdParam = z.strictObject({ id: queryId });

// The data·inclusion export (field names of its schema, Belgian profile: docs/site.md)
const diStructure = z.object({
  id: z.string(),
  source: z.string(),
  nom: z.string(),
  description: nullable,
  adresse: nullable,
  code_postal: nullable,
  commune: nullable,
  code_insee: nullable,
  telephone: nullable,
  courriel: nullable,
  site_web: nullable,
  horaires_accueil: nullable,
  date_maj: localDateOut,
  typologie: nullable,
  // Belgian profile
  code_nis: nullable,
  commune_nl: nullable,
  numero_bce: nullable,
});
const diService = z.object({
  id: z.string(),
  source: z.string(),
  structure_id: z.string(),
  nom: z.string(),
  description: z.string(),
  type: nullable,
  thematiques: z.array(z.string()),
  publics: z.array(z.string()).nullable(),
  frais: nullable,
  frais_precisions: nullable,
  modes_accueil: z.array(z.string()),
  modes_mobilisation: z.array(z.string()).nullable(),
  conditions_acces: nullable,
  langues_parlees: z.array(z.string()),
  horaires_accueil: nullable,
  code_postal: nullable,
  commune: nullable,
  date_maj: localDateOut,
  // Belgian profile
  nom_nl: nullable,
  description_nl: nullable,
  code_nis: nullable,
  thematiques_be: z.array(z.string()),
});
export const directoryExport = z
  .object({ profile: z.string(), structures: z.array(diStructure), services: z.array(diService) })
  .meta({ id: 'SiteDirectoryExport', description: 'The directory in the data·inclusion schema’s field names, with the Belgian profile of docs/site.md.' });

export const statsQuery = z.strictObject({ year: yearParam.optional() });
const count = z.number().int();
export const statsAnswer = z
  .object({
    year: z.number().int(),
    /** what `visitors` counts: the sum over the days of each day's distinct visitors (a yearly distinct count cannot exist with a daily salt) */
    visitorsMeaning: z.string(),
    figures: z.object({ pageViews: figureSchema, visitors: figureSchema }),
    months: z.array(
      z.object({
        month: z.string(),
        pageViews: count,
        visitors: count,
        topPages: z.array(z.object({ path: z.string(), views: count })),
        referrers: z.array(z.object({ domain: z.string(), views: count })),
      }),
    ),
  })
  .meta({ id: 'SiteStats', description: 'The website’s own analytics per month: page views, daily visitors summed, top pages, referrers by domain.' });

// ---------- images of pages, news and publications ----------
export const SITE_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const SITE_IMAGE_MAX_BYTES = 2 * 1024 * 1024;
export const SITE_IMAGE_CODES = { tooLarge: 'error.site.image_too_large', invalid: 'error.site.image_invalid', type: 'error.site.image_type' };
const altText = z.string({ message: 'error.site.image_alt_required' }).trim().min(1, 'error.site.image_alt_required').max(300);
export const imageBody = z.strictObject({
  ...imageUploadFields(SITE_IMAGE_TYPES, SITE_IMAGE_MAX_BYTES, SITE_IMAGE_CODES),
  /** what the image shows, in French and in Dutch (both required) */
  altFr: altText,
  altNl: altText,
});
export type ImageInput = z.infer<typeof imageBody>;
export const imageSchema = z
  .object({
    id: idOut,
    /** where it is served: /site/images/<hash>.<ext>, cached a year (a new image gets a new address) */
    url: z.string(),
    contentType: z.enum(SITE_IMAGE_TYPES),
    size: z.number().int(),
    altFr: z.string(),
    altNl: z.string(),
    createdAt: instantOut,
  })
  .meta({ id: 'SiteImage', description: 'An image of the website, with its alternative texts.' });
export const imagesAnswer = z.object({ items: z.array(imageSchema) }).meta({ id: 'SiteImages' });
export const imageFileParam = z.strictObject({ file: z.string().regex(/^[0-9a-f]{16}\.(png|jpg|webp)$/, 'error.site.image_unknown') });
