/**
 * Route-by-role test: every registered route, every role, and anonymous.
 *
 * EXPECTED is written by hand from the intent (who should be able to do what), not copied from the
 * routes: if a route's declaration drifts from it, this test says so. A new route must be added here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ROLES, type TestApp } from './test-app';
import { accessRoles, AUDIT_READERS, GDPR_OFFICERS, PEOPLE_READERS, PEOPLE_WRITERS, type Access, type Role } from '../src/platform/auth/roles';

type Expected = 'public' | 'staff' | 'account' | readonly Role[];

const ADMIN = ['admin'] as const;
/** Who may merge two person records: the people who handle duplicates at the desk, and the administrator. The director reads but does not edit records. */
const PEOPLE_MERGERS = ['admin', 'reception', 'social_worker'] as const;
// Activity modules: who does the work, who reads it, who configures it (see each module's routes).
const EPN_DESK = ['admin', 'trainer', 'reception'] as const; // the public digital space, run by the IT trainer with reception
const EPN_CONFIG = ['admin', 'trainer'] as const;
const EPN_STATS = ['admin', 'director', 'trainer', 'reception'] as const;
const TRAINING_STAFF = ['admin', 'trainer', 'project_officer'] as const;
const TRAINING_STATS = ['admin', 'director', 'trainer', 'project_officer'] as const;
const APPOINTMENT_MANAGERS = ['admin', 'reception', 'social_worker'] as const;
const APPOINTMENT_READERS = ['admin', 'director', 'reception', 'social_worker'] as const;
const FRONTDESK_WRITERS = ['admin', 'reception'] as const;
const FRONTDESK_READERS = ['admin', 'director', 'reception', 'social_worker'] as const;
const FRONTDESK_CONFIG = ['admin', 'director'] as const;
const SOCIALDESK_WRITERS = ['admin', 'social_worker'] as const;
const SOCIALDESK_READERS = ['admin', 'director', 'social_worker'] as const;
const CONFIDENTIAL_NOTES = ['social_worker'] as const; // not even admin or director
const SOCIALDESK_STATS = ['director', 'social_worker'] as const;
const ROOM_MANAGERS = ['admin', 'logistics'] as const;
const ROOM_STATS = ['admin', 'logistics', 'director'] as const;
const OBSERVATORY_EDITORS = ['admin', 'director', 'project_officer', 'communication'] as const;
const PROJECT_EDITORS = ['admin', 'director', 'project_officer'] as const;
const IMPORTERS = ['admin', 'director'] as const; // bringing files and other tools' records into the registry
// IT equipment: the IT trainer keeps the machines, logistics lends them for fairs; the director reads the inventory.
const EQUIPMENT_KEEPERS = ['admin', 'trainer', 'logistics'] as const;
const EQUIPMENT_READERS = ['admin', 'director', 'trainer', 'logistics'] as const;
const OFFERS_READERS = ['admin', 'director', 'project_officer', 'communication', 'reception'] as const; // reception points visitors to offers
const OFFERS_WRITERS = ['admin', 'project_officer', 'communication'] as const; // the events team
const OFFERS_STATS = ['admin', 'director', 'project_officer', 'communication'] as const;
const SURVEY_MANAGERS = ['admin', 'director', 'project_officer', 'communication', 'trainer'] as const;
const SCREENING_DESK = ['admin', 'director', 'project_officer', 'communication', 'reception'] as const;
const CONTEST_ORGANISERS = ['admin', 'director', 'project_officer', 'communication'] as const;
// The digital-skills diagnostic: helpers who record it (partner services included), readers, who keeps the bank.
const DIAGNOSTIC_TAKERS = ['admin', 'reception', 'social_worker', 'trainer', 'project_officer', 'partner'] as const;
const DIAGNOSTIC_READERS = ['admin', 'director', 'social_worker', 'trainer', 'project_officer', 'partner'] as const;
const DIAGNOSTIC_CONFIG = ['admin', 'trainer'] as const;
const DIAGNOSTIC_STATS = ['admin', 'director', 'trainer', 'project_officer', 'partner'] as const;
const MENTORING_WRITERS = ['admin', 'trainer', 'project_officer'] as const;
const MENTORING_READERS = ['admin', 'director', 'trainer', 'project_officer'] as const;
// The public website: the communication officer writes it; the director reads its analytics too.
const SITE_EDITORS = ['admin', 'communication'] as const;
const SITE_STATS = ['admin', 'director', 'communication'] as const;
/** The website's public pages and feeds, in each language (server-rendered HTML, anyone may read them). */
const SITE_PAGES: Record<string, string> = {
  fr: 'agenda agenda.ics offres offres/:id formations/:id repertoire actualites actualites/:slug actualites.rss publications publications/:slug infos infos/:slug contact salles vie-privee',
  nl: 'agenda agenda.ics vacatures vacatures/:id opleidingen/:id gids nieuws nieuws/:slug nieuws.rss publicaties publicaties/:slug info info/:slug contact zalen privacy',
  en: 'agenda agenda.ics jobs jobs/:id trainings/:id directory news news/:slug news.rss publications publications/:slug info info/:slug contact rooms privacy',
};
const SITE_PUBLIC = Object.fromEntries(
  Object.entries(SITE_PAGES).flatMap(([l, pages]) => [[`GET /${l}`, 'public'], ...pages.split(' ').map((p) => [`GET /${l}/${p}`, 'public'])]),
) as Record<string, 'public'>;
/** The website's forms (plain POSTs, no JavaScript): a visitor asks for a place in a public training session. */
const SITE_FORMS = Object.fromEntries(
  Object.entries({ fr: 'formations/:id', nl: 'opleidingen/:id', en: 'trainings/:id' }).map(([l, p]) => [`POST /${l}/${p}`, 'public']),
) as Record<string, 'public'>;
// Blind-hiring matching and circles: employment project officers with the social workers who refer people; the director reads.
const MATCHING_READERS = ['admin', 'director', 'project_officer', 'social_worker'] as const;
const MATCHING_WRITERS = ['admin', 'project_officer', 'social_worker'] as const;
const MATCHING_CATALOGUE = ['admin', 'project_officer'] as const;
const MATCHING_STATS = ['admin', 'director', 'project_officer'] as const;

/** "METHOD url" as Fastify registers it -> who may call it. One line per route. */
const EVENT_READERS: Role[] = ['admin', 'director', 'reception', 'project_officer', 'communication', 'logistics'];
const EVENT_ORGANISERS: Role[] = ['admin', 'director', 'project_officer', 'communication'];
const EVENT_DOOR: Role[] = ['admin', 'director', 'reception', 'project_officer', 'communication'];
const EXPECTED: Record<string, Expected> = {
  // platform
  'GET /api/health': 'public',
  'GET /api/openapi.json': 'public',
  // first run, login, own account
  'GET /api/setup': 'public',
  'POST /api/setup': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'public',
  'GET /api/auth/me': 'account',
  'POST /api/auth/password': 'account',
  'PUT /api/auth/locale': 'account',
  // user administration: admin only
  'GET /api/users': ADMIN,
  'GET /api/users/:id': ADMIN,
  'POST /api/users': ADMIN,
  'PATCH /api/users/:id': ADMIN,
  'POST /api/users/:id/password': ADMIN,
  // the outbox: every staff member sees the messages of their own work (filtered by permission inside)
  'GET /api/outbox': 'staff',
  'POST /api/outbox/:id/done': 'staff',
  'POST /api/outbox/:id/retry': 'staff',
  // the institution (names, address, logo, certificate issuer): anyone reads it, the admin edits it
  'GET /api/institution': 'public',
  'PUT /api/institution': ADMIN,
  'GET /api/institution/logo': 'public',
  'PUT /api/institution/logo': ADMIN,
  'DELETE /api/institution/logo': ADMIN,
  // audit log: read-only, admin and director
  'GET /api/audit': AUDIT_READERS,
  // sites and organisations: everybody reads, admin manages
  'GET /api/sites': 'staff',
  'GET /api/sites/:id': 'staff',
  'POST /api/sites': ADMIN,
  'PATCH /api/sites/:id': ADMIN,
  'GET /api/organisations': 'staff',
  'GET /api/organisations/:id': 'staff',
  'POST /api/organisations': ADMIN,
  'PATCH /api/organisations/:id': ADMIN,
  // people registry
  'GET /api/people': PEOPLE_READERS,
  'GET /api/people/duplicates': PEOPLE_READERS,
  'GET /api/people/communes': 'staff',
  'POST /api/people': PEOPLE_WRITERS,
  'GET /api/people/:id': PEOPLE_READERS,
  'PATCH /api/people/:id': PEOPLE_WRITERS,
  'GET /api/people/:id/timeline': PEOPLE_READERS,
  'POST /api/people/:id/consents': PEOPLE_WRITERS,
  'POST /api/people/:id/consents/:consentId/withdraw': PEOPLE_WRITERS,
  'POST /api/people/:id/merge': PEOPLE_MERGERS,
  'GET /api/people/suspected-duplicates': PEOPLE_MERGERS,
  'POST /api/people/:id/not-duplicate': PEOPLE_MERGERS,
  // GDPR: admin and director; a person's own data also by the social worker, who alone can include confidential notes (issue 10)
  'GET /api/people/:id/export': [...GDPR_OFFICERS, 'social_worker'],
  'POST /api/people/:id/erase': GDPR_OFFICERS,
  'GET /api/people/retention': GDPR_OFFICERS,
  'PUT /api/people/retention': GDPR_OFFICERS,
  // EPN (public digital space)
  'GET /api/epn/board': EPN_DESK,
  'GET /api/epn/help-kinds': EPN_DESK,
  'POST /api/epn/help-kinds': EPN_CONFIG,
  'PATCH /api/epn/help-kinds/:id': EPN_CONFIG,
  'GET /api/epn/opening-hours': EPN_DESK,
  'PUT /api/epn/opening-hours': EPN_CONFIG,
  'GET /api/epn/stats': EPN_STATS,
  'GET /api/epn/stats/export': EPN_STATS,
  'GET /api/epn/visits': EPN_DESK,
  'POST /api/epn/visits': EPN_DESK,
  'GET /api/epn/visits/:id': EPN_DESK,
  'PATCH /api/epn/visits/:id': EPN_DESK,
  'POST /api/epn/visits/:id/check-out': EPN_DESK,
  'POST /api/epn/visits/:id/seat': EPN_DESK,
  'POST /api/epn/visits/past': EPN_DESK,
  'GET /api/epn/workstations': EPN_DESK,
  'POST /api/epn/workstations': EPN_CONFIG,
  'PATCH /api/epn/workstations/:id': EPN_CONFIG,
  // trainings
  'GET /api/trainings/participants/:id/certificate': TRAINING_STAFF,
  'PUT /api/trainings/participants/:id/outcome': TRAINING_STAFF,
  'POST /api/trainings/participants/:id/withdraw': TRAINING_STAFF,
  'GET /api/trainings/programmes': TRAINING_STAFF,
  'POST /api/trainings/programmes': TRAINING_STAFF,
  'GET /api/trainings/programmes/:id': TRAINING_STAFF,
  'PATCH /api/trainings/programmes/:id': TRAINING_STAFF,
  'GET /api/trainings/programmes/:id/outcomes': TRAINING_STATS,
  'POST /api/trainings/programmes/:id/questions': TRAINING_STAFF,
  'PATCH /api/trainings/programmes/:id/questions/:questionId': TRAINING_STAFF,
  'POST /api/trainings/programmes/:id/sessions': TRAINING_STAFF,
  'GET /api/trainings/sessions/:id': TRAINING_STAFF,
  'PATCH /api/trainings/sessions/:id': TRAINING_STAFF,
  'PUT /api/trainings/sessions/:id/attendance': TRAINING_STAFF,
  'POST /api/trainings/sessions/:id/evaluation/close': TRAINING_STAFF,
  'POST /api/trainings/sessions/:id/evaluation/open': TRAINING_STAFF,
  'GET /api/trainings/sessions/:id/evaluation/qr.svg': TRAINING_STAFF,
  'GET /api/trainings/sessions/:id/evaluations': TRAINING_STAFF,
  'POST /api/trainings/sessions/:id/evaluations': TRAINING_STAFF,
  'POST /api/trainings/sessions/:id/participants': TRAINING_STAFF,
  'GET /api/trainings/sessions/:id/requests': TRAINING_STAFF,
  'POST /api/trainings/requests/:id/accept': TRAINING_STAFF,
  'POST /api/trainings/requests/:id/decline': TRAINING_STAFF,
  'POST /api/trainings/sessions/:id/status': TRAINING_STAFF,
  'GET /api/trainings/stats': TRAINING_STATS,
  'GET /api/trainings/stats/export': TRAINING_STATS,
  'GET /api/public/evaluations/:token': 'public', // a participant fills in the evaluation form from a QR code
  'POST /api/public/evaluations/:token': 'public',
  // appointments
  'GET /api/appointment-desks': APPOINTMENT_READERS,
  'POST /api/appointment-desks': APPOINTMENT_MANAGERS,
  'GET /api/appointment-desks/:id': APPOINTMENT_READERS,
  'PATCH /api/appointment-desks/:id': APPOINTMENT_MANAGERS,
  'GET /api/appointment-desks/:id/slots': APPOINTMENT_READERS,
  'POST /api/appointments': APPOINTMENT_MANAGERS,
  'GET /api/appointments/:id': APPOINTMENT_READERS,
  'PATCH /api/appointments/:id': APPOINTMENT_MANAGERS,
  'POST /api/appointments/:id/cancel': APPOINTMENT_MANAGERS,
  'GET /api/appointments/:id/card': APPOINTMENT_READERS,
  'GET /api/appointments/:id/ics': APPOINTMENT_READERS,
  'POST /api/appointments/:id/outcome': APPOINTMENT_MANAGERS,
  'POST /api/appointments/:id/reschedule': APPOINTMENT_MANAGERS,
  'GET /api/appointments/calendar': APPOINTMENT_READERS,
  'POST /api/appointments/reminders': APPOINTMENT_MANAGERS,
  'GET /api/appointments/staff': APPOINTMENT_READERS,
  'GET /api/appointments/stats': APPOINTMENT_READERS,
  'GET /api/appointments/stats/export': APPOINTMENT_READERS,
  'GET /api/appointments/to-call': APPOINTMENT_MANAGERS,
  'GET /api/people/:id/appointments': PEOPLE_READERS,
  // surveys and screening
  'GET /api/surveys': SURVEY_MANAGERS,
  'POST /api/surveys': SURVEY_MANAGERS,
  'GET /api/surveys/:id': SURVEY_MANAGERS,
  'PATCH /api/surveys/:id': SURVEY_MANAGERS,
  'DELETE /api/surveys/:id': SURVEY_MANAGERS,
  'POST /api/surveys/:id/questions': SURVEY_MANAGERS,
  'DELETE /api/surveys/:id/questions/:questionId': SURVEY_MANAGERS,
  'POST /api/surveys/:id/open': SURVEY_MANAGERS,
  'POST /api/surveys/:id/close': SURVEY_MANAGERS,
  'POST /api/surveys/:id/invitations': SURVEY_MANAGERS,
  'GET /api/surveys/:id/results': SURVEY_MANAGERS,
  'GET /api/surveys/:id/results/export': SURVEY_MANAGERS,
  'GET /api/surveys/:id/rules': SURVEY_MANAGERS,
  'POST /api/surveys/:id/rules': SURVEY_MANAGERS,
  'PUT /api/surveys/:id/rules/:ruleId': SURVEY_MANAGERS,
  'DELETE /api/surveys/:id/rules/:ruleId': SURVEY_MANAGERS,
  'PUT /api/surveys/:id/match-mode': SURVEY_MANAGERS,
  'POST /api/surveys/:id/screen': SCREENING_DESK,
  'GET /api/surveys/:id/form': SCREENING_DESK,
  'GET /api/screening-forms': SCREENING_DESK,
  'GET /api/public/surveys/:token': 'public',
  'POST /api/public/surveys/:token': 'public',
  // contests
  'GET /api/contests': CONTEST_ORGANISERS,
  'POST /api/contests': CONTEST_ORGANISERS,
  'GET /api/contests/:id': CONTEST_ORGANISERS,
  'PATCH /api/contests/:id': CONTEST_ORGANISERS,
  'POST /api/contests/:id/criteria': CONTEST_ORGANISERS,
  'DELETE /api/contests/:id/criteria/:itemId': CONTEST_ORGANISERS,
  'POST /api/contests/:id/candidates': CONTEST_ORGANISERS,
  'DELETE /api/contests/:id/candidates/:itemId': CONTEST_ORGANISERS,
  'POST /api/contests/:id/jurors': CONTEST_ORGANISERS,
  'POST /api/contests/:id/jurors/:itemId/link': CONTEST_ORGANISERS,
  'POST /api/contests/:id/jurors/:itemId/revoke': CONTEST_ORGANISERS,
  'PUT /api/contests/:id/conflicts': CONTEST_ORGANISERS,
  'POST /api/contests/:id/open': CONTEST_ORGANISERS,
  'POST /api/contests/:id/close': CONTEST_ORGANISERS,
  'GET /api/contests/:id/ranking': CONTEST_ORGANISERS,
  'GET /api/contests/:id/ranking/export': CONTEST_ORGANISERS,
  'GET /api/public/jury/:token': 'public',
  'PUT /api/public/jury/:token/candidates/:candidateId': 'public',
  // front desk (reception)
  // imports: files and other tools' records into the registry
  'GET /api/imports': IMPORTERS,
  'POST /api/imports': IMPORTERS,
  'GET /api/imports/:id': IMPORTERS,
  'PUT /api/imports/:id/mapping': IMPORTERS,
  'PATCH /api/imports/:id/rows/:row': IMPORTERS,
  'PUT /api/imports/:id/rows/:row/decision': IMPORTERS,
  'POST /api/imports/:id/dry-run': IMPORTERS,
  'POST /api/imports/:id/commit': IMPORTERS,
  'GET /api/imports/:id/progress': IMPORTERS,
  'POST /api/imports/:id/undo': IMPORTERS,
  'POST /api/imports/bulk/people': IMPORTERS,
  'POST /api/imports/bulk/epn_visits': IMPORTERS,
  'POST /api/imports/bulk/training_participations': IMPORTERS,
  'POST /api/imports/bulk/appointments': IMPORTERS,
  'POST /api/imports/bulk/room_bookings': IMPORTERS,
  'POST /api/imports/bulk/frontdesk_visits': IMPORTERS,
  'POST /api/imports/bulk/socialdesk_interviews': IMPORTERS,
  'POST /api/public/diagnostic': 'public',
  'GET /api/public/diagnostic/:token': 'public',
  'POST /api/public/diagnostic/:token/answers': 'public',
  'GET /api/public/diagnostic/:token/result': 'public',
  'POST /api/diagnostic/sessions': DIAGNOSTIC_TAKERS,
  'GET /api/diagnostic/sessions': DIAGNOSTIC_READERS,
  'GET /api/diagnostic/sessions/:id': DIAGNOSTIC_READERS,
  'GET /api/diagnostic/people/:id/progress': DIAGNOSTIC_READERS,
  'GET /api/diagnostic/link/qr.svg': DIAGNOSTIC_TAKERS,
  'GET /api/diagnostic/items': DIAGNOSTIC_CONFIG,
  'POST /api/diagnostic/items': DIAGNOSTIC_CONFIG,
  'PATCH /api/diagnostic/items/:code': DIAGNOSTIC_CONFIG,
  'GET /api/diagnostic/programme-levels': DIAGNOSTIC_CONFIG,
  'PUT /api/diagnostic/programme-levels/:id': DIAGNOSTIC_CONFIG,
  'DELETE /api/diagnostic/programme-levels/:id': DIAGNOSTIC_CONFIG,
  'GET /api/diagnostic/partner-accounts': ADMIN,
  'POST /api/diagnostic/partner-accounts': ADMIN,
  'PATCH /api/diagnostic/partner-accounts/:userId': ADMIN,
  'PUT /api/diagnostic/partner-accounts/:userId': ADMIN,
  'GET /api/diagnostic/stats': DIAGNOSTIC_STATS,
  'GET /api/diagnostic/stats/export': DIAGNOSTIC_STATS,
  'GET /api/mentoring/mentors': MENTORING_READERS,
  'POST /api/mentoring/mentors': MENTORING_WRITERS,
  'PATCH /api/mentoring/mentors/:id': MENTORING_WRITERS,
  'GET /api/mentoring/pairs': MENTORING_READERS,
  'POST /api/mentoring/pairs': MENTORING_WRITERS,
  'GET /api/mentoring/pairs/:id': MENTORING_READERS,
  'PATCH /api/mentoring/pairs/:id': MENTORING_WRITERS,
  'POST /api/mentoring/pairs/:id/sessions': MENTORING_WRITERS,
  'GET /api/mentoring/stats': MENTORING_READERS,
  'GET /api/mentoring/stats/export': MENTORING_READERS,
  // matching: candidate profiles, rankings, proposals; the employer's and the partner's private links are public (token)
  'GET /api/matching/skills': MATCHING_READERS,
  'POST /api/matching/skills': MATCHING_CATALOGUE,
  'PATCH /api/matching/skills/:id': MATCHING_CATALOGUE,
  'GET /api/matching/profiles': MATCHING_READERS,
  'POST /api/matching/profiles': MATCHING_WRITERS,
  'GET /api/matching/profiles/:id': MATCHING_READERS,
  'PATCH /api/matching/profiles/:id': MATCHING_WRITERS,
  'POST /api/matching/profiles/:id/withdraw': MATCHING_WRITERS,
  'POST /api/matching/profiles/:id/consent': MATCHING_WRITERS,
  'GET /api/matching/profiles/:id/offers': MATCHING_READERS,
  'GET /api/matching/offers/:offerId/requirements': MATCHING_READERS,
  'PUT /api/matching/offers/:offerId/requirements': MATCHING_WRITERS,
  'GET /api/matching/offers/:offerId/candidates': MATCHING_READERS,
  'POST /api/matching/offers/:offerId/link': MATCHING_WRITERS,
  'DELETE /api/matching/offers/:offerId/link': MATCHING_WRITERS,
  'GET /api/matching/matches': MATCHING_READERS,
  'POST /api/matching/matches': MATCHING_WRITERS,
  'POST /api/matching/matches/:id/introduction': MATCHING_WRITERS,
  'POST /api/matching/matches/:id/meeting': MATCHING_WRITERS,
  'POST /api/matching/matches/:id/outcome': MATCHING_WRITERS,
  'POST /api/matching/matches/:id/follow-up': MATCHING_WRITERS,
  'GET /api/matching/circles': MATCHING_READERS,
  'POST /api/matching/circles': MATCHING_WRITERS,
  'GET /api/matching/circles/:id': MATCHING_READERS,
  'PATCH /api/matching/circles/:id': MATCHING_WRITERS,
  'POST /api/matching/circles/:id/held': MATCHING_WRITERS,
  'POST /api/matching/circles/:id/attendance': MATCHING_WRITERS,
  'GET /api/matching/cases': MATCHING_READERS,
  'POST /api/matching/cases': MATCHING_WRITERS,
  'GET /api/matching/cases/:id': MATCHING_READERS,
  'PATCH /api/matching/cases/:id': MATCHING_WRITERS,
  'POST /api/matching/cases/:id/solutions': MATCHING_WRITERS,
  'POST /api/matching/cases/:id/appointments': MATCHING_WRITERS,
  'DELETE /api/matching/appointments/:id/link': MATCHING_WRITERS,
  'POST /api/matching/appointments/:id/outcome': MATCHING_WRITERS,
  'POST /api/matching/cases/:id/follow-up': MATCHING_WRITERS,
  'GET /api/matching/stats': MATCHING_STATS,
  'GET /api/matching/stats/export': MATCHING_STATS,
  'GET /api/public/matching/:token': 'public',
  'POST /api/public/matching/:token/candidates/:id/meet': 'public',
  'POST /api/public/matching/:token/candidates/:id/reveal': 'public',
  'GET /api/public/matching/appointments/:token': 'public',
  'POST /api/public/matching/appointments/:token': 'public',
  'GET /api/frontdesk/day': FRONTDESK_READERS,
  'GET /api/frontdesk/reasons': 'staff',
  'POST /api/frontdesk/reasons': FRONTDESK_CONFIG,
  'PATCH /api/frontdesk/reasons/:id': FRONTDESK_CONFIG,
  'GET /api/frontdesk/stats': FRONTDESK_READERS,
  'GET /api/frontdesk/stats/export': FRONTDESK_READERS,
  'POST /api/frontdesk/visits': FRONTDESK_WRITERS,
  'PATCH /api/frontdesk/visits/:id': FRONTDESK_WRITERS,
  'DELETE /api/frontdesk/visits/:id': FRONTDESK_WRITERS,
  // social desk: confidential notes for the social worker only
  'GET /api/socialdesk/categories': SOCIALDESK_READERS, // not communication, logistics, reception or trainers (issue 9)
  'POST /api/socialdesk/categories': SOCIALDESK_WRITERS,
  'PATCH /api/socialdesk/categories/:id': SOCIALDESK_WRITERS,
  'PATCH /api/socialdesk/followups/:id': SOCIALDESK_WRITERS,
  'GET /api/socialdesk/interviews': SOCIALDESK_READERS,
  'POST /api/socialdesk/interviews': SOCIALDESK_WRITERS,
  'GET /api/socialdesk/interviews/:id': SOCIALDESK_READERS,
  'PATCH /api/socialdesk/interviews/:id': SOCIALDESK_WRITERS,
  'DELETE /api/socialdesk/interviews/:id': SOCIALDESK_WRITERS,
  'GET /api/socialdesk/interviews/:id/notes': CONFIDENTIAL_NOTES,
  'POST /api/socialdesk/interviews/:id/notes': CONFIDENTIAL_NOTES,
  'PATCH /api/socialdesk/notes/:id': CONFIDENTIAL_NOTES,
  'GET /api/socialdesk/people/:id/followups': SOCIALDESK_READERS,
  'POST /api/socialdesk/people/:id/followups': SOCIALDESK_WRITERS,
  'GET /api/socialdesk/stats': SOCIALDESK_STATS,
  'GET /api/socialdesk/stats/drill': SOCIALDESK_STATS,
  'GET /api/socialdesk/stats/export': SOCIALDESK_STATS,
  // offers and exhibitors: the events team manages; the public reads published offers and the fair guide;
  // an exhibitor works through its private link (no account)
  'GET /api/offers': OFFERS_READERS,
  'POST /api/offers': OFFERS_WRITERS,
  'GET /api/offers/export': OFFERS_READERS,
  'GET /api/offers/:id': OFFERS_READERS,
  'PATCH /api/offers/:id': OFFERS_WRITERS,
  'DELETE /api/offers/:id': OFFERS_WRITERS,
  'GET /api/offers/exhibitors': OFFERS_READERS,
  'POST /api/offers/exhibitors': OFFERS_WRITERS,
  'GET /api/offers/exhibitors/export': OFFERS_READERS,
  'PATCH /api/offers/exhibitors/:id': OFFERS_WRITERS,
  'DELETE /api/offers/exhibitors/:id': OFFERS_WRITERS,
  'POST /api/offers/exhibitors/:id/link': OFFERS_WRITERS,
  'DELETE /api/offers/exhibitors/:id/link': OFFERS_WRITERS,
  'POST /api/offers/exhibitors/:id/tally': OFFERS_WRITERS,
  'GET /api/offers/stats': OFFERS_STATS,
  'GET /api/offers/stats/export': OFFERS_STATS,
  'GET /api/public/offers': 'public',
  'GET /api/public/offers/:id': 'public',
  'GET /api/public/offers/:id/qr.svg': 'public',
  'GET /api/public/offers/guide/:eventId': 'public',
  'GET /api/public/exhibitors/:token': 'public',
  'POST /api/public/exhibitors/:token/offers': 'public',
  'PATCH /api/public/exhibitors/:token/offers/:id': 'public',
  'POST /api/public/exhibitors/:token/tally': 'public',
  // rooms: any staff member books, logistics manages; the public sees occupation and asks for a room
  'GET /api/rooms': 'staff',
  'POST /api/rooms': ROOM_MANAGERS,
  'GET /api/rooms/:id': 'staff',
  'PATCH /api/rooms/:id': ROOM_MANAGERS,
  'POST /api/rooms/:id/closures': ROOM_MANAGERS,
  'GET /api/rooms/bookings': 'staff',
  'POST /api/rooms/bookings': 'staff',
  'GET /api/rooms/bookings/:id': 'staff',
  'PATCH /api/rooms/bookings/:id': 'staff',
  'POST /api/rooms/bookings/:id/cancel': 'staff',
  'POST /api/rooms/bookings/:id/confirm': ROOM_MANAGERS,
  'POST /api/rooms/bookings/:id/move': 'staff',
  'POST /api/rooms/bookings/:id/refuse': ROOM_MANAGERS,
  'GET /api/rooms/calendar': 'staff',
  'GET /api/rooms/closures': 'staff',
  'DELETE /api/rooms/closures/:id': ROOM_MANAGERS,
  'GET /api/rooms/free': 'staff',
  'GET /api/rooms/organisations': ROOM_MANAGERS,
  'PUT /api/rooms/organisations/:id': ROOM_MANAGERS,
  'POST /api/rooms/series': 'staff',
  'GET /api/rooms/series/:id': 'staff',
  'POST /api/rooms/series/:id/cancel': 'staff',
  'POST /api/rooms/series/:id/confirm': ROOM_MANAGERS,
  'GET /api/rooms/statements': ROOM_STATS,
  'GET /api/rooms/statements/export': ROOM_STATS,
  'GET /api/rooms/stats': ROOM_STATS,
  'GET /api/rooms/stats/export': ROOM_STATS,
  'GET /api/public/rooms': 'public',
  'GET /api/public/rooms/:id/calendar.ics': 'public',
  'GET /api/public/rooms/:id/free-slots': 'public',
  'GET /api/public/rooms/calendar.ics': 'public',
  'GET /api/public/rooms/occupation': 'public',
  'POST /api/public/rooms/requests': 'public',
  'GET /api/public/rooms/requests/:reference': 'public',
  'GET /api/public/rooms/screen': 'public',
  // events: organisers create and change; the door staff (reception too) register, check in and count; the public registers
  'GET /api/events': EVENT_READERS,
  'POST /api/events': EVENT_ORGANISERS,
  'GET /api/events/staff': EVENT_ORGANISERS,
  'GET /api/events/:id': EVENT_READERS,
  'PATCH /api/events/:id': EVENT_ORGANISERS,
  'POST /api/events/:id/items': EVENT_ORGANISERS,
  'PATCH /api/events/:id/items/:itemId': EVENT_ORGANISERS,
  'DELETE /api/events/:id/items/:itemId': EVENT_ORGANISERS,
  'GET /api/events/:id/registrations': EVENT_DOOR,
  'POST /api/events/:id/registrations': EVENT_DOOR,
  'GET /api/events/:id/registrations/:registrationId/matches': EVENT_DOOR,
  'PUT /api/events/:id/registrations/:registrationId/person': EVENT_DOOR,
  'POST /api/events/:id/registrations/:registrationId/cancel': EVENT_DOOR,
  'POST /api/events/:id/scans': EVENT_DOOR,
  'POST /api/events/:id/door': EVENT_DOOR,
  'POST /api/events/:id/door/undo': EVENT_DOOR,
  'GET /api/events/:id/live': EVENT_DOOR,
  'GET /api/events/stats': EVENT_ORGANISERS,
  'GET /api/events/stats/export': EVENT_ORGANISERS,
  'GET /api/public/events': 'public',
  'GET /api/public/events/:id': 'public',
  'POST /api/public/events/:id/registrations': 'public',
  'GET /api/public/events/tickets/:secret': 'public',
  'GET /api/public/events/tickets/:secret/qr.png': 'public',
  'POST /api/public/events/tickets/:secret/cancel': 'public',
  'POST /api/public/events/tickets/:secret/accept': 'public',
  // observatory and projects: everybody reads, the people who report edit
  'PUT /api/observatory/manual-figures': OBSERVATORY_EDITORS,
  'DELETE /api/observatory/manual-figures/:id': OBSERVATORY_EDITORS,
  'GET /api/observatory/manual-figures': 'staff',
  // past years' figures: everybody reads what was imported, the direction brings them in
  'GET /api/observatory/past-figures': 'staff',
  'GET /api/observatory/past-figures/keys': IMPORTERS,
  'GET /api/observatory/past-figures/template': IMPORTERS,
  'POST /api/observatory/past-figures/import': IMPORTERS,
  'PUT /api/observatory/past-figures': IMPORTERS,
  'DELETE /api/observatory/past-figures/:year': IMPORTERS,
  'GET /api/observatory/open-data': 'public',
  'GET /api/observatory/open-data/schema': 'public',
  'GET /api/observatory/open-data/dcat': 'public',
  'GET /api/observatory/settings': 'staff',
  'PUT /api/observatory/settings': ADMIN,
  'GET /api/observatory/people-reached': 'staff',
  'GET /api/observatory/people-reached/export': 'staff',
  // the route lets people readers in; each line further needs the read permission of its module (platform/reach.ts)
  'GET /api/observatory/people-reached/lines/:key/people': PEOPLE_READERS,
  'GET /api/observatory/dashboard': 'staff',
  'GET /api/observatory/report': 'staff',
  'GET /api/observatory/report/export': 'staff',
  'GET /api/observatory/report/texts': 'staff',
  'PUT /api/observatory/report/texts/:section': OBSERVATORY_EDITORS,
  'GET /api/projects': 'staff',
  'POST /api/projects': PROJECT_EDITORS,
  'GET /api/projects/:id': 'staff',
  'PUT /api/projects/:id': PROJECT_EDITORS,
  'GET /api/projects/:id/progress': 'staff',
  // IT equipment register
  'GET /api/equipment/assets': EQUIPMENT_READERS,
  'POST /api/equipment/assets': EQUIPMENT_KEEPERS,
  'GET /api/equipment/assets/:id': EQUIPMENT_READERS,
  'PATCH /api/equipment/assets/:id': EQUIPMENT_KEEPERS,
  'GET /api/equipment/assets/export': EQUIPMENT_READERS,
  'POST /api/equipment/assets/:id/backup-token': EQUIPMENT_KEEPERS,
  'GET /api/equipment/staff': EQUIPMENT_READERS,
  'GET /api/equipment/overview': EQUIPMENT_READERS,
  'POST /api/equipment/assets/:id/interventions': EQUIPMENT_KEEPERS,
  'DELETE /api/equipment/assets/:id/interventions/:interventionId': EQUIPMENT_KEEPERS,
  'POST /api/equipment/assets/:id/tasks': EQUIPMENT_KEEPERS,
  'PATCH /api/equipment/assets/:id/tasks/:taskId': EQUIPMENT_KEEPERS,
  'GET /api/equipment/tasks': EQUIPMENT_READERS,
  'POST /api/equipment/assets/:id/backups': EQUIPMENT_KEEPERS,
  'POST /api/equipment/backups/report': 'public', // a machine's backup script, with that machine's token
  'GET /api/equipment/loans': EQUIPMENT_READERS,
  'POST /api/equipment/loans': EQUIPMENT_KEEPERS,
  'POST /api/equipment/loans/:id/return': EQUIPMENT_KEEPERS,
  // the public website: editing, analytics, the directory as open data, and its pages
  'GET /api/site/contents': SITE_EDITORS,
  'POST /api/site/contents': SITE_EDITORS,
  'GET /api/site/contents/:id': SITE_EDITORS,
  'PATCH /api/site/contents/:id': SITE_EDITORS,
  'DELETE /api/site/contents/:id': SITE_EDITORS,
  'POST /api/site/preview': SITE_EDITORS,
  'GET /api/site/services': SITE_EDITORS,
  'POST /api/site/services': SITE_EDITORS,
  'PATCH /api/site/services/:id': SITE_EDITORS,
  'DELETE /api/site/services/:id': SITE_EDITORS,
  'GET /api/site/services/codes': SITE_EDITORS,
  'GET /api/site/images': SITE_EDITORS,
  'POST /api/site/images': SITE_EDITORS,
  'GET /api/site/stats': SITE_STATS,
  'GET /site/images/:file': 'public',
  'GET /api/public/site/directory': 'public',
  'GET /robots.txt': 'public',
  'GET /p/rooms': 'public',
  'GET /sitemap.xml': 'public',
  ...SITE_PUBLIC,
  ...SITE_FORMS,
};

/** Routes that exist only in some set-ups (the web app's catch-all exists once web/dist is built). */
const OPTIONAL: Record<string, Expected> = {
  'GET /*': 'public',
};

const fmt = (a: Expected | undefined) => (a === undefined ? 'nothing (refused to everybody)' : typeof a === 'string' ? `'${a}'` : `[${a.map((r) => `'${r}'`).join(', ')}]`);
// 'staff' is the Centrale's staff: a partner service's worker holds only 'account' routes and its own permissions.
const allowed = (e: Expected, role: Role) => e === 'public' || e === 'account' || (e === 'staff' && role !== 'partner') || (Array.isArray(e) && e.includes(role));
const urlOf = (pattern: string) => pattern.replace(/:[A-Za-z_]+/g, '1').replace(/\*$/, 'some-page');

let t: TestApp;
const serverErrors = new Set<string>();
let routes: { key: string; method: string; url: string; declared: Expected | undefined }[];

beforeAll(async () => {
  t = await createTestApp();
  // A named permission is compared by the roles it lets in.
  const declared = (a: Access | undefined): Expected | undefined => (a === undefined || a === 'public' || a === 'account' ? a : accessRoles(a));
  routes = t.app.relais.routes.map((r) => ({ key: `${r.method} ${r.url}`, method: r.method, url: r.url, declared: declared(r.access) }));
  // Logging out ends the caller's session: walk that route last so that the other routes still see a logged-in user.
  routes.sort((a, b) => Number(a.key === 'POST /api/auth/logout') - Number(b.key === 'POST /api/auth/logout'));
});
afterAll(() => t?.close());

describe('access: every route against every role', () => {
  it('knows every registered route (a new route must be added to EXPECTED)', () => {
    const table = { ...OPTIONAL, ...EXPECTED };
    const missing = routes.filter((r) => !(r.key in table));
    const lines = missing.map((r) => `  '${r.key}': ${fmt(r.declared)},`);
    expect(
      missing.map((r) => r.key),
      `Routes registered but missing from EXPECTED in server/test/access.test.ts.\n` +
        `Add one line per route to EXPECTED, with who SHOULD call it ('public', 'staff' or a list of roles).\n` +
        `Its current declaration is shown; check it against the intent before copying it:\n${lines.join('\n')}\n`,
    ).toEqual([]);
  });

  it('names no route that does not exist', () => {
    const registered = new Set(routes.map((r) => r.key));
    const stale = Object.keys(EXPECTED).filter((k) => !registered.has(k));
    expect(stale, `EXPECTED in server/test/access.test.ts names routes that are not registered (renamed or removed?): remove or rename these lines`).toEqual([]);
  });

  it('each route declares the access the table expects', () => {
    const wrong = routes
      .filter((r) => r.key in EXPECTED || r.key in OPTIONAL)
      .filter((r) => {
        const e = EXPECTED[r.key] ?? OPTIONAL[r.key];
        const d = r.declared;
        if (typeof e === 'string' || typeof d === 'string' || d === undefined) return e !== d;
        return [...e].sort().join() !== [...d].sort().join();
      })
      .map((r) => `${r.key}: declared ${fmt(r.declared)}, expected ${fmt(EXPECTED[r.key] ?? OPTIONAL[r.key])}`);
    expect(wrong, 'routes whose declared access differs from EXPECTED').toEqual([]);
  });

  it('answers 401 to anonymous callers and 403 to roles not allowed, and lets allowed roles through', async () => {
    const failures: string[] = [];
    for (const r of routes) {
      const e = EXPECTED[r.key] ?? OPTIONAL[r.key];
      if (!e) continue; // reported by the first test
      const hasBody = ['POST', 'PUT', 'PATCH'].includes(r.method);
      const request = { method: r.method as 'GET', url: urlOf(r.url), ...(hasBody ? { payload: {} } : {}) };
      for (const role of [null, ...ROLES] as (Role | null)[]) {
        const res = await t.as(role, request);
        const who = role ?? 'anonymous';
        const status = res.statusCode;
        let want: string;
        let ok: boolean;
        if (e === 'public') {
          want = 'neither 401 nor 403';
          ok = status !== 401 && status !== 403;
        } else if (role === null) {
          want = '401';
          ok = status === 401 && String(res.headers['content-type']).startsWith('application/problem+json');
        } else if (!allowed(e, role)) {
          want = '403';
          ok = status === 403 && res.json().code === 'error.forbidden';
        } else {
          want = 'neither 401 nor 403';
          ok = status !== 401 && status !== 403;
        }
        if (status >= 500) serverErrors.add(`${r.key} as ${who}: ${status} ${res.body.slice(0, 160)}`);
        if (!ok) failures.push(`${r.key} as ${who}: got ${status}, want ${want} (${res.body.slice(0, 120)})`);
      }
    }
    expect(failures).toEqual([]);
  }, 180_000); // about 160 routes x 9 callers

  it('answers no 500 to these requests (ids of records that do not exist, empty bodies)', () => {
    // Filled by the walk above: a 500 is a bug of the route (bad input must get a 4xx problem).
    expect([...serverErrors]).toEqual([]);
  });

  it('has no route that writes to the audit log directly', () => {
    const writers = routes.filter((r) => r.url.startsWith('/api/audit') && r.method !== 'GET');
    expect(writers.map((r) => r.key)).toEqual([]);
  });
});
