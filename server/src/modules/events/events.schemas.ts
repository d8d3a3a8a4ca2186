import { z } from 'zod';
import { bodyId, idOut, instantOut, isoDateTime, localDateOut, localTimeOut, queryId, requiredText, text } from '../../platform/http/schemas';
import { checkPeriod, figureSchema, periodFields } from '../../platform/stats';
import {
  AGE_BANDS,
  DOOR_SEXES,
  DOOR_STATUSES,
  EVENT_KINDS,
  EVENT_STATUSES,
  PROGRAMME_KINDS,
  QUESTION_TYPES,
  REGISTRATION_STATUSES,
  TARGET_PUBLICS,
} from './events.table';

const email = z.string().trim().toLowerCase().email().max(200);
const phone = z.string().trim().max(40).regex(/^[+0-9 ./()-]{6,40}$/, 'error.events.phone_invalid');
const secret = z.string().trim().toUpperCase().regex(/^[2-9A-HJ-NP-Z]{12,40}$/, 'error.events.ticket_invalid');
/** A client's nonce for a scan or a tap: the same nonce sent again gets the same answer. */
const nonce = z.string().trim().regex(/^[A-Za-z0-9_-]{8,64}$/, 'error.events.nonce_invalid');
const desk = requiredText(60);

export const eventParam = z.strictObject({ id: queryId });
export const secretParam = z.strictObject({ secret });
export const eventItemParam = z.strictObject({ id: queryId, itemId: queryId });
export const eventRegistrationParam = z.strictObject({ id: queryId, registrationId: queryId });

const questionSchema = z.strictObject({
  key: z.string().trim().regex(/^[a-z][a-z0-9_]{0,39}$/, 'error.code_invalid'),
  type: z.enum(QUESTION_TYPES),
  labelFr: requiredText(300),
  labelNl: requiredText(300),
  labelEn: text(300).nullable().optional(),
  required: z.boolean().default(false),
  choices: z.array(requiredText(120)).max(30).optional(),
});

const eventFields = {
  kind: z.enum(EVENT_KINDS),
  status: z.enum(EVENT_STATUSES).optional(),
  titleFr: requiredText(200),
  titleNl: requiredText(200),
  titleEn: text(200).nullable().optional(),
  descriptionFr: text(5000).nullable().optional(),
  descriptionNl: text(5000).nullable().optional(),
  descriptionEn: text(5000).nullable().optional(),
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  /** one of our rooms: booked through the rooms module for the whole event */
  roomId: bodyId.nullable().optional(),
  venueName: text(200).nullable().optional(),
  venueAddress: text(500).nullable().optional(),
  capacity: z.number().int().min(1).max(100_000).nullable().optional(),
  targetPublics: z.array(z.enum(TARGET_PUBLICS)).max(TARGET_PUBLICS.length).optional(),
  partnerIds: z.array(bodyId).max(100).optional(),
  staffIds: z.array(bodyId).max(50).optional(),
  registrationOpensAt: isoDateTime.nullable().optional(),
  registrationClosesAt: isoDateTime.nullable().optional(),
  waitingList: z.boolean().optional(),
  offerHours: z.number().int().min(1).max(720).optional(),
  questions: z.array(questionSchema).max(30).optional(),
};
type Times = { startsAt?: Date; endsAt?: Date; roomId?: number | null; venueName?: string | null; registrationOpensAt?: Date | null; registrationClosesAt?: Date | null };
const coherent = (v: Times, ctx: z.RefinementCtx) => {
  if (v.startsAt && v.endsAt && v.endsAt <= v.startsAt) ctx.addIssue({ code: 'custom', message: 'error.end_before_start', path: ['endsAt'] });
  if (v.roomId && v.venueName) ctx.addIssue({ code: 'custom', message: 'error.events.room_or_venue', path: ['venueName'] });
  if (v.registrationOpensAt && v.registrationClosesAt && v.registrationClosesAt <= v.registrationOpensAt)
    ctx.addIssue({ code: 'custom', message: 'error.events.registration_window', path: ['registrationClosesAt'] });
};
export const eventBody = z.strictObject(eventFields).superRefine(coherent);
export type EventInput = z.infer<typeof eventBody>;
export const eventPatch = z.strictObject(eventFields).partial().superRefine(coherent);
export type EventPatch = z.infer<typeof eventPatch>;

export const listQuery = z.strictObject({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  kind: z.enum(EVENT_KINDS).optional(),
  status: z.enum(EVENT_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ListQuery = z.infer<typeof listQuery>;

const itemFields = {
  kind: z.enum(PROGRAMME_KINDS),
  titleFr: requiredText(200),
  titleNl: requiredText(200),
  titleEn: text(200).nullable().optional(),
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  speakers: text(500).nullable().optional(),
  room: text(120).nullable().optional(),
  capacity: z.number().int().min(1).max(10_000).nullable().optional(),
};
export const itemBody = z.strictObject(itemFields).refine((v) => v.endsAt > v.startsAt, { message: 'error.end_before_start', path: ['endsAt'] });
export type ItemInput = z.infer<typeof itemBody>;
/** A change to a programme item: only the fields sent (times checked against the item's others and the event). */
export const itemPatch = z
  .strictObject(itemFields)
  .partial()
  .refine((v) => !v.startsAt || !v.endsAt || v.endsAt > v.startsAt, { message: 'error.end_before_start', path: ['endsAt'] });
export type ItemPatch = z.infer<typeof itemPatch>;

const answer = z.union([z.string().trim().max(1000), z.number().finite(), z.boolean()]);
const registrationFields = {
  firstName: requiredText(100),
  lastName: requiredText(100),
  email: email.nullable().optional(),
  phone: phone.nullable().optional(),
  locale: z.enum(['fr', 'nl', 'en']).optional(),
  answers: z.record(z.string().regex(/^[a-z][a-z0-9_]{0,39}$/), answer).optional(),
  itemIds: z.array(bodyId).max(20).optional(),
};
export const publicRegistrationBody = z.strictObject({
  ...registrationFields,
  /** the person agrees that the Centrale keeps these data for the event (required) */
  consent: z.literal(true, { message: 'error.events.consent_required' }),
  /** a honeypot: people leave it empty */
  website: z.string().max(200).optional(),
});
export type PublicRegistrationInput = z.infer<typeof publicRegistrationBody>;

export const deskRegistrationBody = z.strictObject({
  ...registrationFields,
  /** a person of the registry (picked at the desk); the names are then taken from the record */
  personId: bodyId.nullable().optional(),
  consent: z.boolean().optional(),
  /** check the person in at once, at this desk */
  checkInAt: desk.optional(),
});
export type DeskRegistrationInput = z.infer<typeof deskRegistrationBody>;

export const linkBody = z.strictObject({ personId: bodyId.nullable() });

export const scanBody = z
  .strictObject({
    nonce,
    desk,
    /** what the camera read (the ticket's secret, or the ticket URL holding it) ... */
    code: z.string().trim().min(1).max(300).optional(),
    /** ... or the registration found by name */
    registrationId: bodyId.optional(),
    /** when the scan happened (a scan queued offline is sent later); now when omitted */
    scannedAt: isoDateTime.optional(),
  })
  .refine((v) => !!v.code !== !!v.registrationId, { message: 'error.events.code_or_registration', path: ['code'] });
export type ScanInput = z.infer<typeof scanBody>;

export const doorBody = z.strictObject({
  nonce,
  device: desk,
  direction: z.enum(['in', 'out']).default('in'),
  at: isoDateTime.optional(),
  sex: z.enum(DOOR_SEXES).nullable().optional(),
  ageBand: z.enum(AGE_BANDS).nullable().optional(),
  status: z.enum(DOOR_STATUSES).nullable().optional(),
  postalCode: z.string().trim().regex(/^\d{4}$/, 'error.postal_code_invalid').nullable().optional(),
});
export type DoorInput = z.infer<typeof doorBody>;
export const doorUndoBody = z.strictObject({ device: desk });

export const registrationsQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  status: z.enum(REGISTRATION_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

const statsFields = { ...periodFields, kind: z.enum(EVENT_KINDS).optional() };
export const statsQuery = z.strictObject(statsFields).superRefine(checkPeriod);
export type StatsQuery = z.infer<typeof statsQuery>;
export const statsExportQuery = z.strictObject({ ...statsFields, format: z.enum(['xlsx', 'csv']).default('xlsx') }).superRefine(checkPeriod);

// --- answers ---------------------------------------------------------------------------------------

const int = z.number().int();
const texts = z.object({ fr: z.string(), nl: z.string(), en: z.string().nullable() });
const maybeTexts = z.object({ fr: z.string().nullable(), nl: z.string().nullable(), en: z.string().nullable() });

export const questionOut = z.object({
  key: z.string(),
  type: z.enum(QUESTION_TYPES),
  labelFr: z.string(),
  labelNl: z.string(),
  labelEn: z.string().nullable().optional(),
  required: z.boolean(),
  choices: z.array(z.string()).optional(),
});

export const itemSchema = z
  .object({
    id: idOut,
    kind: z.enum(PROGRAMME_KINDS),
    title: texts,
    startsAt: instantOut,
    endsAt: instantOut,
    speakers: z.string().nullable(),
    room: z.string().nullable(),
    capacity: int.nullable(),
    registered: int,
    placesLeft: int.nullable(),
  })
  .meta({ id: 'EventItem', description: 'A talk or workshop of an event’s programme.' });

export const eventSchema = z
  .object({
    id: idOut,
    kind: z.enum(EVENT_KINDS),
    status: z.enum(EVENT_STATUSES),
    title: texts,
    description: maybeTexts,
    startsAt: instantOut,
    endsAt: instantOut,
    localStartDate: localDateOut,
    localStartTime: localTimeOut,
    localEndDate: localDateOut,
    localEndTime: localTimeOut,
    roomId: idOut.nullable(),
    roomName: z.string().nullable(),
    roomBookingId: idOut.nullable(),
    venueName: z.string().nullable(),
    venueAddress: z.string().nullable(),
    place: z.string().nullable(),
    capacity: int.nullable(),
    targetPublics: z.array(z.enum(TARGET_PUBLICS)),
    partners: z.array(z.object({ id: idOut, name: z.string() })),
    staff: z.array(z.object({ id: idOut, name: z.string() })),
    registrationOpensAt: instantOut.nullable(),
    registrationClosesAt: instantOut.nullable(),
    waitingList: z.boolean(),
    offerHours: int,
    questions: z.array(questionOut),
    items: z.array(itemSchema),
    registered: int,
    waiting: int,
    placesLeft: int.nullable(),
  })
  .meta({ id: 'Event', description: 'An event with its place, texts, partners, programme and places.' });

/** Who may be put in charge of an event: the id and display name of active Centrale staff, nothing else of their account. */
export const staffChoices = z
  .object({ items: z.array(z.object({ id: idOut, name: z.string() })) })
  .meta({ id: 'EventStaffChoices', description: 'Active Centrale staff an event can be put in the charge of (id and display name only).' });

export const eventListItem = eventSchema.omit({ questions: true, items: true, description: true, staff: true }).meta({ id: 'EventListItem' });
export const eventList = z.object({ items: z.array(eventListItem), total: int }).meta({ id: 'EventList' });

export const publicEventSchema = z
  .object({
    id: idOut,
    kind: z.enum(EVENT_KINDS),
    title: texts,
    description: maybeTexts,
    startsAt: instantOut,
    endsAt: instantOut,
    place: z.string().nullable(),
    venueAddress: z.string().nullable(),
    targetPublics: z.array(z.enum(TARGET_PUBLICS)),
    partners: z.array(z.object({ id: idOut, name: z.string() })),
    questions: z.array(questionOut),
    items: z.array(itemSchema),
    registrationOpen: z.boolean(),
    /** why registering is not possible now (closed, full without waiting list, not yet open) */
    registrationState: z.enum(['open', 'waiting_list', 'full', 'closed', 'not_yet_open']),
    placesLeft: int.nullable(),
  })
  .meta({ id: 'PublicEvent', description: 'What the public sees of a published event.' });
export const publicEventList = z.object({ items: z.array(publicEventSchema.omit({ questions: true, items: true })) }).meta({ id: 'PublicEventList' });

export const ticketSchema = z
  .object({
    secret: z.string(),
    status: z.enum(REGISTRATION_STATUSES),
    firstName: z.string(),
    lastName: z.string(),
    offeredUntil: instantOut.nullable(),
    /** the waiting-list position (1 = next), when waiting */
    position: int.nullable(),
    event: z.object({ id: idOut, title: texts, startsAt: instantOut, endsAt: instantOut, place: z.string().nullable(), venueAddress: z.string().nullable() }),
    items: z.array(z.object({ id: idOut, title: texts, startsAt: instantOut, endsAt: instantOut })),
    checkedInAt: instantOut.nullable(),
  })
  .meta({ id: 'EventTicket', description: 'A registration as its holder sees it (the ticket page).' });

export const registrationSchema = z
  .object({
    id: idOut,
    eventId: idOut,
    status: z.enum(REGISTRATION_STATUSES),
    firstName: z.string(),
    lastName: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    locale: z.enum(['fr', 'nl', 'en']),
    answers: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
    consent: z.boolean(),
    personId: idOut.nullable(),
    source: z.enum(['public', 'desk']),
    offeredUntil: instantOut.nullable(),
    createdAt: instantOut,
    cancelledAt: instantOut.nullable(),
    itemIds: z.array(idOut),
    checkedIn: z.object({ at: instantOut, desk: z.string() }).nullable(),
    /** the ticket's secret, for staff printing or resending a ticket */
    secret: z.string(),
  })
  .meta({ id: 'EventRegistration', description: 'A registration to an event (staff view).' });
export const registrationList = z.object({ items: z.array(registrationSchema), total: int }).meta({ id: 'EventRegistrationList' });

export const publicRegistrationAnswer = z
  .object({ secret: z.string(), status: z.enum(REGISTRATION_STATUSES), delivery: z.enum(['email', 'manual']).nullable() })
  .meta({ id: 'EventRegistrationReceipt', description: 'A public registration: its ticket secret and whether it holds a place or waits.' });

export const deskRegistrationAnswer = z
  .object({
    registration: registrationSchema,
    /** people of the registry who may be this person (when no person was picked) */
    duplicates: z.array(z.object({ id: idOut, firstName: z.string(), lastName: z.string(), birthDate: z.string().nullable() })),
    scan: z.lazy(() => scanAnswer).nullable(),
  })
  .meta({ id: 'EventDeskRegistration' });

export const scanAnswer = z
  .object({
    result: z.literal('valid'),
    registrationId: idOut,
    firstName: z.string(),
    lastName: z.string(),
    desk: z.string(),
    at: instantOut,
    /** the same scan (nonce) was already answered: nothing new was counted */
    replayed: z.boolean(),
  })
  .meta({ id: 'EventScan', description: 'A valid check-in (other outcomes are problem answers with a code).' });

export const doorAnswer = z
  .object({ id: idOut, direction: z.enum(['in', 'out']), at: instantOut, device: z.string(), deviceCount: int, walkIns: int, insideNow: int.nullable() })
  .meta({ id: 'EventDoorTap' });
export const doorUndoAnswer = z.object({ undone: idOut.nullable(), deviceCount: int, walkIns: int }).meta({ id: 'EventDoorUndo' });

export const liveAnswer = z
  .object({
    eventId: idOut,
    at: instantOut,
    capacity: int.nullable(),
    registered: int,
    waiting: int,
    cancelled: int,
    checkedIn: int,
    walkIns: int,
    exits: int,
    /** checked in + walk-ins - exits; null while no exit was counted */
    insideNow: int.nullable(),
    perDesk: z.array(z.object({ desk: z.string(), checkIns: int })),
    perDevice: z.array(z.object({ device: z.string(), walkIns: int, exits: int })),
    perHour: z.array(z.object({ date: localDateOut, hour: z.string(), checkIns: int, walkIns: int })),
    profiles: z.object({
      sex: z.record(z.string(), int),
      ageBand: z.record(z.string(), int),
      status: z.record(z.string(), int),
    }),
  })
  .meta({ id: 'EventLive', description: 'Live figures of an event: registered, checked in, walk-ins, inside now, per desk and per hour.' });

export const statsAnswer = z
  .object({
    from: localDateOut,
    to: localDateOut,
    events: figureSchema,
    registrations: figureSchema,
    checkIns: figureSchema,
    walkIns: figureSchema,
    distinctPeople: figureSchema,
    /** checked in / registered (a fraction) */
    showRate: figureSchema,
    byKind: z.array(z.object({ kind: z.enum(EVENT_KINDS), events: int, registrations: int, checkIns: int, walkIns: int })),
    byMonth: z.array(z.object({ month: z.string(), events: int, checkIns: int, walkIns: int })),
    perEvent: z.array(
      z.object({ id: idOut, kind: z.enum(EVENT_KINDS), title: z.string(), date: localDateOut, registrations: int, checkIns: int, walkIns: int, distinctPeople: int }),
    ),
  })
  .meta({ id: 'EventStats', description: 'Events over a period: registrations, check-ins, door counts, distinct people.' });

export type ScanAnswer = z.infer<typeof scanAnswer>;
