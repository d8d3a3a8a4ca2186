import { z } from 'zod';
import { bodyId, idOut, instantOut, isoDate, localDateOut, pagination, queryId, requiredText, text } from '../../platform/http/schemas';
import { checkPeriod, figureSchema, periodFields } from '../../platform/stats';
import { CONTRACT_TYPES, EXHIBITOR_KINDS, OFFER_SOURCES, OFFER_STATUSES, WORKING_TIMES } from './offers.table';

const optionalText = (max: number) => text(max).nullable().optional();
const languageCode = z.string().trim().toLowerCase().regex(/^[a-z]{2}$/, 'error.offers.language_invalid');
const skill = requiredText(80);

/** What an exhibitor may write of an offer through its link (the employer, source and event are the exhibitor's). */
const offerTextFields = {
  titleFr: requiredText(160),
  titleNl: requiredText(160),
  titleEn: optionalText(160),
  contractType: z.enum(CONTRACT_TYPES),
  workingTime: z.enum(WORKING_TIMES),
  hoursPerWeek: z.number().positive('error.offers.hours_invalid').max(60, 'error.offers.hours_invalid').multipleOf(0.5, 'error.offers.hours_invalid').nullable().optional(),
  commune: optionalText(80),
  address: optionalText(200),
  descriptionFr: optionalText(5000),
  descriptionNl: optionalText(5000),
  descriptionEn: optionalText(5000),
  positions: z.number().int().min(1, 'error.offers.positions_invalid').max(1000, 'error.offers.positions_invalid'),
  skills: z.array(skill).max(30),
  languages: z.array(languageCode).max(12),
  validThrough: isoDate,
};
/** On a create only (a change leaves what it does not name as it was). */
const createDefaults = {
  positions: offerTextFields.positions.default(1),
  skills: offerTextFields.skills.default([]),
  languages: offerTextFields.languages.default([]),
};

const hoursRule = (v: { workingTime?: string; hoursPerWeek?: number | null }, ctx: z.RefinementCtx) => {
  if (v.workingTime === 'full_time' && v.hoursPerWeek != null && v.hoursPerWeek < 30)
    ctx.addIssue({ code: 'custom', message: 'error.offers.full_time_hours', path: ['hoursPerWeek'] });
};

export const offerBody = z
  .strictObject({
    ...offerTextFields,
    ...createDefaults,
    organisationId: bodyId,
    source: z.enum(OFFER_SOURCES).default('staff'),
    status: z.enum(['draft', 'published']).default('draft'),
    eventId: bodyId.nullable().optional(),
  })
  .superRefine(hoursRule);
export type OfferInput = z.infer<typeof offerBody>;

export const offerPatch = z
  .strictObject({
    ...offerTextFields,
    organisationId: bodyId,
    source: z.enum(OFFER_SOURCES),
    status: z.enum(OFFER_STATUSES),
    eventId: bodyId.nullable(),
  })
  .partial()
  .superRefine(hoursRule);
export type OfferPatch = z.infer<typeof offerPatch>;

/** An offer posted or changed by an exhibitor through its private link. */
export const exhibitorOfferBody = z.strictObject({ ...offerTextFields, ...createDefaults, status: z.enum(['draft', 'published']).default('published') }).superRefine(hoursRule);
export type ExhibitorOfferInput = z.infer<typeof exhibitorOfferBody>;
export const exhibitorOfferPatch = z
  .strictObject({ ...offerTextFields, status: z.enum(['draft', 'published', 'filled']) })
  .partial()
  .superRefine(hoursRule);
export type ExhibitorOfferPatch = z.infer<typeof exhibitorOfferPatch>;

export const offersQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  status: z.enum(OFFER_STATUSES).optional(),
  source: z.enum(OFFER_SOURCES).optional(),
  eventId: queryId.optional(),
  organisationId: queryId.optional(),
  ...pagination,
});
export type OffersQuery = z.infer<typeof offersQuery>;

export const offersExportQuery = z.strictObject({
  status: z.enum(OFFER_STATUSES).optional(),
  eventId: queryId.optional(),
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});

export const publicOffersQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  eventId: queryId.optional(),
  contractType: z.enum(CONTRACT_TYPES).optional(),
  ...pagination,
});
export type PublicOffersQuery = z.infer<typeof publicOffersQuery>;

const exhibitorFields = {
  kind: z.enum(EXHIBITOR_KINDS),
  stand: optionalText(20),
  contactName: optionalText(120),
  contactEmail: z.string().trim().toLowerCase().email('error.email_invalid').max(200).nullable().optional(),
  contactPhone: optionalText(40),
};
export const exhibitorBody = z.strictObject({ eventId: bodyId, organisationId: bodyId, ...exhibitorFields });
export type ExhibitorInput = z.infer<typeof exhibitorBody>;
const count = z.number().int().min(0).max(100_000);
export const exhibitorPatch = z
  .strictObject({ ...exhibitorFields, metCount: count, cvReceived: count, interviewsPlanned: count, hired: count })
  .partial();
export type ExhibitorPatch = z.infer<typeof exhibitorPatch>;
export const exhibitorsQuery = z.strictObject({ eventId: queryId.optional() });
export const exhibitorsExportQuery = z.strictObject({ eventId: queryId, format: z.enum(['xlsx', 'csv']).default('xlsx') });

export const linkBody = z.strictObject({
  /** the last day the link works (Brussels); by default the day after the event, or 60 days from now */
  validUntil: isoDate.optional(),
});

/** Job seekers met and what came of it, added by a tap: +1, or -1 to undo. */
const delta = z.number().int().min(-50).max(50);
export const tallyBody = z
  .strictObject({ met: delta, cvReceived: delta, interviewsPlanned: delta, hired: delta })
  .partial()
  .refine((v) => Object.values(v).some((x) => x !== 0), { message: 'error.offers.tally_empty' });
export type TallyInput = z.infer<typeof tallyBody>;

export const tokenParam = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, 'error.offers.link_unknown') });
export const tokenOfferParams = z.strictObject({ token: tokenParam.shape.token, id: queryId });
export const guideParams = z.strictObject({ eventId: queryId });

export const statsQuery = z.strictObject(periodFields).superRefine(checkPeriod);
export const statsExportQuery = z.strictObject({ ...periodFields, format: z.enum(['xlsx', 'csv']).default('xlsx') }).superRefine(checkPeriod);

// --- answers ---------------------------------------------------------------------------------------

const int = z.number().int();
const nullable = z.string().nullable();
const texts = z.object({ fr: z.string(), nl: z.string(), en: z.string().nullable() });
const textsOrNull = z.object({ fr: nullable, nl: nullable, en: nullable });

export const eventRefSchema = z
  .object({
    id: idOut,
    /** null when the events module is not there to tell (then shown as "event #id") */
    title: texts.nullable(),
    startsAt: instantOut.nullable(),
    endsAt: instantOut.nullable(),
    place: nullable,
  })
  .meta({ id: 'OffersEventRef', description: 'The event an exhibitor or an offer belongs to, as the events module tells it.' });

const offerCommon = {
  id: idOut,
  title: texts,
  employer: z.object({ id: idOut, name: z.string() }),
  contractType: z.enum(CONTRACT_TYPES),
  workingTime: z.enum(WORKING_TIMES),
  hoursPerWeek: z.number().nullable(),
  commune: nullable,
  address: nullable,
  description: textsOrNull,
  positions: int,
  skills: z.array(z.string()),
  languages: z.array(z.string()),
  validThrough: localDateOut,
  eventId: idOut.nullable(),
};

export const offerSchema = z
  .object({
    ...offerCommon,
    source: z.enum(OFFER_SOURCES),
    status: z.enum(OFFER_STATUSES),
    exhibitorId: idOut.nullable(),
    publishedAt: instantOut.nullable(),
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .meta({ id: 'Offer', description: 'A job offer (staff view).' });
export const offersAnswer = z.object({ items: z.array(offerSchema), total: int }).meta({ id: 'Offers' });

export const publicOfferSchema = z
  .object({
    ...offerCommon,
    stand: nullable,
    /** when it was published (the public website's JobPosting datePosted) */
    publishedAt: instantOut.nullable(),
  })
  .meta({ id: 'PublicOffer', description: 'A published job offer, still valid, in French, Dutch and (when written) English.' });
export const publicOffersAnswer = z.object({ items: z.array(publicOfferSchema), total: int }).meta({ id: 'PublicOffers' });

const counts = { metCount: int, cvReceived: int, interviewsPlanned: int, hired: int };
export const exhibitorSchema = z
  .object({
    id: idOut,
    eventId: idOut,
    event: eventRefSchema,
    organisation: z.object({ id: idOut, name: z.string(), type: z.string() }),
    kind: z.enum(EXHIBITOR_KINDS),
    stand: nullable,
    contactName: nullable,
    contactEmail: nullable,
    contactPhone: nullable,
    ...counts,
    offers: int,
    positions: int,
    link: z.object({ state: z.enum(['none', 'active', 'expired', 'revoked']), expiresAt: instantOut.nullable(), createdAt: instantOut.nullable() }),
  })
  .meta({ id: 'OffersExhibitor', description: 'An organisation holding a stand at an event.' });
export const exhibitorsAnswer = z.object({ items: z.array(exhibitorSchema) }).meta({ id: 'OffersExhibitors' });

export const linkAnswer = z
  .object({ token: z.string(), path: z.string(), expiresAt: instantOut })
  .meta({ id: 'OffersExhibitorLink', description: "The exhibitor's private link: the token is shown this once (only its hash is kept)." });

export const tallyAnswer = z.object(counts).meta({ id: 'OffersTally' });

export const exhibitorSpaceAnswer = z
  .object({
    exhibitor: z.object({ id: idOut, name: z.string(), kind: z.enum(EXHIBITOR_KINDS), stand: nullable }),
    event: eventRefSchema,
    expiresAt: instantOut,
    ...counts,
    offers: z.array(offerSchema),
  })
  .meta({ id: 'OffersExhibitorSpace', description: "What an exhibitor sees through its private link: its stand, its counts and its offers." });

export const guideAnswer = z
  .object({
    event: eventRefSchema,
    exhibitors: z.array(
      z.object({
        id: idOut,
        name: z.string(),
        kind: z.enum(EXHIBITOR_KINDS),
        stand: nullable,
        offers: z.array(publicOfferSchema),
      }),
    ),
    offers: int,
    positions: int,
  })
  .meta({ id: 'OffersGuide', description: 'The fair guide: exhibitors by stand and their published offers.' });

export const statsAnswer = z
  .object({
    from: localDateOut,
    to: localDateOut,
    exhibitors: int,
    employers: int,
    training: int,
    support: int,
    fairOffers: int,
    fairPositions: int,
    met: int,
    metPerExhibitor: z.number().nullable(),
    offersPublished: int,
    positionsPublished: int,
    events: z.array(
      z.object({ event: eventRefSchema, exhibitors: int, employers: int, training: int, support: int, offers: int, positions: int, met: int, metPerExhibitor: z.number().nullable() }),
    ),
    byContract: z.array(z.object({ contractType: z.enum(CONTRACT_TYPES), offers: int, positions: int })),
    /** the headline figures beside the period before */
    figures: z.object({ exhibitors: figureSchema, fairOffers: figureSchema, fairPositions: figureSchema, met: figureSchema, metPerExhibitor: figureSchema, offersPublished: figureSchema }),
  })
  .meta({ id: 'OffersStats', description: 'Exhibitors, offers, positions and job seekers met over a period.' });
