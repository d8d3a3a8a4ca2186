import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app';
import type { Role } from '../../platform/auth/roles';
import { z } from 'zod';
import { employerCandidateSchema, employerSpaceAnswer, partnerSpaceAnswer } from './matching.schemas';

// Monday 2 March 2026, 10:00 in Brussels.
let t: TestApp;
let employer: number;
let partnerA: number;
let partnerB: number;
let offer: number;
const skill: Record<string, number> = {};
const person: Record<string, number> = {};
const profile: Record<string, number> = {};
const clock = () => t.clock as unknown as { set(iso: string): void };

async function call(role: Role | null, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown, status?: number, headers: Record<string, string> = {}) {
  const res = await t.as(role, { method, url, payload: payload as never, headers });
  if (status !== undefined) expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
  return res;
}
const po = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown, status?: number) => call('project_officer', method, url, payload, status);
const pub = (method: 'GET' | 'POST', url: string, payload?: unknown, status?: number) => call(null, method, url, payload, status);

/** Every key of a JSON value, at any depth. */
function keysOf(v: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(v)) v.forEach((x) => keysOf(x, out));
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      out.add(k);
      keysOf(x, out);
    }
  return out;
}
/** Fields an employer must never receive: identity and every protected criterion (Unia), and what would point to them. */
const PROTECTED = ['name', 'firstName', 'lastName', 'photo', 'birthDate', 'birthYear', 'age', 'gender', 'sex', 'nationality', 'origin', 'address', 'postalCode', 'fromPostalCode', 'commune', 'email', 'phone', 'personId', 'disability', 'health', 'belief', 'religion', 'civilStatus', 'wealth', 'socialOrigin', 'equalityGroups', 'programmes', 'wishes', 'niss'];

beforeAll(async () => {
  t = await createTestApp({ clock: '2026-03-02T09:00:00Z', env: { SESSION_IDLE_MINUTES: '500000', SESSION_MAX_HOURS: '10000' } });
  const org = async (name: string, type: string) => (await call('admin', 'POST', '/api/organisations', { name, type }, 201)).json().id as number;
  employer = await org('Hôtel Sablon SA', 'employer');
  partnerA = await org('Mission locale de Molenbeek', 'public_service');
  partnerB = await org('Bruxelles Formation', 'training');
  const skills = (await po('GET', '/api/matching/skills', undefined, 200)).json().items as { id: number; label: { fr: string } }[];
  const id = (fr: string) => skills.find((s) => s.label.fr === fr)!.id;
  skill.haccp = id('Hygiène alimentaire (HACCP)');
  skill.service = id('Service en salle');
  skill.bar = id('Service au bar');
  skill.cold = id('Préparation froide');
  for (const [key, firstName, lastName, birthDate, gender] of [
    ['amina', 'Amina', 'Haddad', '1998-04-12', 'F'],
    ['piotr', 'Piotr', 'Nowak', '1968-09-30', 'M'],
    ['sara', 'Sara', 'Lemaire', '2003-01-20', 'F'],
    ['jean', 'Jean', 'Dubois', '1971-06-02', 'M'],
  ] as const)
    person[key] = (await call('reception', 'POST', '/api/people', { firstName, lastName, birthDate, gender, email: `${key}@example.be`, phone: '0470 11 22 33', consents: ['data_processing'] }, 201)).json().id;
  offer = (
    await po('POST', '/api/offers', { titleFr: 'Commis de salle', titleNl: 'Zaalmedewerker', contractType: 'fixed_term', workingTime: 'full_time', hoursPerWeek: 38, commune: 'Bruxelles', positions: 2, validThrough: '2026-06-30', organisationId: employer, status: 'published' }, 201)
  ).json().id;
});
afterAll(() => t?.close());

const aProfile = (personId: number, over: Record<string, unknown> = {}) => ({
  personId,
  consent: true,
  skillIds: [skill.haccp, skill.service],
  experience: { horeca: 24 },
  languages: [
    { code: 'fr', level: 'C2' },
    { code: 'nl', level: 'B1' },
  ],
  drivingLicence: false,
  days: [1, 2, 3, 4, 5],
  dayparts: ['morning', 'afternoon'],
  availableFrom: '2026-03-09',
  maxKm: 10,
  transports: ['public_transport'],
  fromPostalCode: '1080',
  wishedFamilies: ['horeca'],
  wishes: 'Travailler en salle, pas le soir.',
  ...over,
});

describe('the skills catalogue', () => {
  it('ships a starting set for every job family, in French, Dutch and English, with an ESCO concept where one was checked', async () => {
    const items = (await po('GET', '/api/matching/skills', undefined, 200)).json().items as { family: string; label: Record<string, string>; escoUri: string | null }[];
    expect(new Set(items.map((s) => s.family))).toEqual(new Set(['horeca', 'cleaning', 'logistics', 'retail', 'care', 'construction', 'security', 'administration', 'it']));
    for (const s of items) for (const l of ['fr', 'nl', 'en']) expect(s.label[l].length).toBeGreaterThan(1);
    expect(items.find((s) => s.label.en === 'Python programming')!.escoUri).toBe('http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d');
    // every linked skill carries a well-formed ESCO skill URI; 11 of the starting set were checked against ESCO
    const linked = items.filter((s) => s.escoUri !== null);
    expect(linked.length).toBeGreaterThanOrEqual(11);
    for (const s of linked) expect(s.escoUri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(items.find((s) => s.label.en === 'Order picking')!.escoUri).toBe('http://data.europa.eu/esco/skill/b01c93a8-43b0-4cf6-81c8-68a4f2ed93d9');
    expect(items.find((s) => s.label.en === 'Site safety (VCA)')!.escoUri).toBe('http://data.europa.eu/esco/skill/86df7af2-f9f3-4c06-a500-7f1fba9e78fe');
    expect(items.find((s) => s.label.en === 'Safe use of cleaning products')!.escoUri).toBe('http://data.europa.eu/esco/skill/51a26193-9abe-4bce-9108-f50835be1c35');
  });

  it('staff add a skill; a malformed ESCO URI or a repeated label is refused', async () => {
    const ok = await po('POST', '/api/matching/skills', { family: 'horeca', labelFr: 'Barista', labelNl: 'Barista', labelEn: 'Barista' }, 201);
    expect(ok.json()).toMatchObject({ family: 'horeca', escoUri: null, active: true });
    const bad = await po('POST', '/api/matching/skills', { family: 'horeca', labelFr: 'Sommelier', labelNl: 'Sommelier', labelEn: 'Sommelier', escoUri: 'https://example.com/x' }, 400);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
    await po('POST', '/api/matching/skills', { family: 'horeca', labelFr: 'Barista', labelNl: 'Barista 2', labelEn: 'Barista 2' }, 409);
    await call('reception', 'POST', '/api/matching/skills', { family: 'horeca', labelFr: 'X', labelNl: 'X', labelEn: 'X' }, 403);
  });
});

describe('candidate profiles', () => {
  it('are built with the person, with consent; the pseudonym says nothing of them', async () => {
    const res = await po('POST', '/api/matching/profiles', aProfile(person.amina), 201);
    const p = res.json();
    profile.amina = p.id;
    expect(p.pseudonym).toMatch(/^C-[A-Z2-9]{6}$/);
    expect(p.pseudonym).not.toMatch(/amina|haddad/i);
    expect(p).toMatchObject({ person: { id: person.amina, firstName: 'Amina' }, experience: [{ family: 'horeca', months: 24 }], consentAt: '2026-03-02T09:00:00.000Z', consentWithdrawnAt: null });
    profile.piotr = (await po('POST', '/api/matching/profiles', aProfile(person.piotr, { skillIds: [skill.haccp], languages: [{ code: 'fr', level: 'B2' }, { code: 'nl', level: 'A2' }], programmes: ['over_50'], fromPostalCode: '1000', equalityConsent: true, equalityGroups: ['over_50'] }), 201)).json().id;
    profile.sara = (await po('POST', '/api/matching/profiles', aProfile(person.sara, { skillIds: [skill.bar], experience: {}, languages: [{ code: 'fr', level: 'C1' }], days: [6, 7], fromPostalCode: '1180', maxKm: 2, programmes: ['youthstart'] }), 201)).json().id;
  });

  it('bad input changes nothing: a skill not in the catalogue, a level that is not CEFR, no consent, a second profile', async () => {
    const before = (await po('GET', '/api/matching/profiles', undefined, 200)).json().total;
    const unknownSkill = await po('POST', '/api/matching/profiles', aProfile(person.jean, { skillIds: [skill.haccp, 999999] }), 400);
    expect(unknownSkill.json().errors?.[0]?.path ?? unknownSkill.body).toMatch(/skillIds/);
    expect(unknownSkill.headers['content-type']).toMatch(/problem\+json/);
    const notCefr = await call('project_officer', 'POST', '/api/matching/profiles', aProfile(person.jean, { languages: [{ code: 'fr', level: 'B3' }] }), 400, { 'accept-language': 'nl' });
    expect(notCefr.body).toContain('Europees Referentiekader');
    await po('POST', '/api/matching/profiles', { ...aProfile(person.jean), consent: false }, 400);
    await po('POST', '/api/matching/profiles', aProfile(person.jean, { equalityGroups: ['disability'] }), 400);
    await po('POST', '/api/matching/profiles', aProfile(person.amina), 409);
    await po('PATCH', `/api/matching/profiles/${profile.amina}`, { skillIds: [424242] }, 400);
    expect((await po('GET', '/api/matching/profiles', undefined, 200)).json().total).toBe(before);
    expect((await po('GET', `/api/matching/profiles/${profile.amina}`, undefined, 200)).json().skills.map((s: { id: number }) => s.id)).toEqual([skill.haccp, skill.service]);
  });
});

describe('matching', () => {
  it('ranks the candidates of an offer with every requirement explained, and the offers of a candidate', async () => {
    const req = await po('PUT', `/api/matching/offers/${offer}/requirements`, {
      family: 'horeca',
      minExperienceMonths: 12,
      essentialSkillIds: [skill.haccp],
      niceSkillIds: [skill.service],
      languages: [{ code: 'fr', level: 'B2' }, { code: 'nl', level: 'B1' }],
      days: [1, 2, 3, 4, 5],
      startBy: '2026-03-16',
      postalCode: '1000',
    }, 200);
    expect(req.json()).toMatchObject({ offerId: offer, essentialSkillIds: [skill.haccp] });
    await po('PUT', `/api/matching/offers/${offer}/requirements`, { essentialSkillIds: [skill.haccp], niceSkillIds: [skill.haccp] }, 400);
    await po('PUT', `/api/matching/offers/${offer}/requirements`, { essentialSkillIds: [777777] }, 400);
    await po('PUT', `/api/matching/offers/${offer}/requirements`, { languages: [{ code: 'fr', level: 'native' }] }, 400);

    const ranked = (await po('GET', `/api/matching/offers/${offer}/candidates`, undefined, 200)).json();
    expect(ranked.items.map((c: { profileId: number }) => c.profileId)).toEqual([profile.amina, profile.piotr, profile.sara]);
    const amina = ranked.items[0];
    expect(amina.score).toBe(100);
    const piotr = ranked.items[1];
    // Piotr: HACCP met (3), service not met (1), fr B2 met (3), nl A2 one below B1 partly (3x0.5), experience met (2), days met (2), start met (1), travel met (2)
    expect(piotr.score).toBe(Math.round((100 * (3 + 0 + 3 + 1.5 + 2 + 2 + 1 + 2)) / (3 + 1 + 3 + 3 + 2 + 2 + 1 + 2)));
    expect(piotr.criteria).toContainEqual({ kind: 'language', ref: 'nl', label: expect.any(String), weight: 3, result: 'partly', required: 'B1', actual: 'A2' });
    expect(piotr.criteria).toContainEqual(expect.objectContaining({ kind: 'nice_skill', ref: String(skill.service), label: 'Service en salle', weight: 1, result: 'not_met' }));
    const sara = ranked.items[2];
    expect(sara.criteria.find((c: { kind: string }) => c.kind === 'travel')).toMatchObject({ result: 'not_met', required: '2 km' });
    expect(sara.criteria.find((c: { kind: string }) => c.kind === 'days')).toMatchObject({ result: 'not_met' });

    const offersFor = (await po('GET', `/api/matching/profiles/${profile.amina}/offers`, undefined, 200)).json();
    expect(offersFor.items[0]).toMatchObject({ offerId: offer, score: 100, employer: 'Hôtel Sablon SA', title: { fr: 'Commis de salle' } });
  });

  it('a programme filters who is ranked; it never changes a score', async () => {
    const all = (await po('GET', `/api/matching/offers/${offer}/candidates`, undefined, 200)).json().items;
    const over50 = (await po('GET', `/api/matching/offers/${offer}/candidates?programme=over_50`, undefined, 200)).json().items;
    expect(over50.map((c: { profileId: number }) => c.profileId)).toEqual([profile.piotr]);
    expect(over50[0].score).toBe(all.find((c: { profileId: number }) => c.profileId === profile.piotr).score);
    expect(over50[0].criteria).toEqual(all.find((c: { profileId: number }) => c.profileId === profile.piotr).criteria);
  });

  it('changing a protected attribute of a person (name, sex, birth date, equality data) changes no ranking and no score', async () => {
    const before = (await po('GET', `/api/matching/offers/${offer}/candidates`, undefined, 200)).json();
    const beforeOffers = (await po('GET', `/api/matching/profiles/${profile.sara}/offers`, undefined, 200)).json();
    await call('reception', 'PATCH', `/api/people/${person.amina}`, { firstName: 'Marie', lastName: 'Peeters', gender: 'M', birthDate: '1950-01-01', postalCode: '1030' }, 200);
    await call('reception', 'PATCH', `/api/people/${person.sara}`, { gender: 'X', birthDate: '1960-05-05' }, 200);
    await po('PATCH', `/api/matching/profiles/${profile.sara}`, { equalityConsent: true, equalityGroups: ['foreign_origin', 'disability', 'single_parent'] }, 200);
    await po('PATCH', `/api/matching/profiles/${profile.piotr}`, { equalityGroups: [] }, 200);
    expect((await po('GET', `/api/matching/offers/${offer}/candidates`, undefined, 200)).json()).toEqual(before);
    expect((await po('GET', `/api/matching/profiles/${profile.sara}/offers`, undefined, 200)).json()).toEqual(beforeOffers);
  });
});

describe("the employer's private link", () => {
  let token: string;
  let matchAmina: number;
  let matchPiotr: number;
  let sample: Record<string, unknown> & { availability: object };

  it('staff propose candidates; the employer sees them by pseudonym only, with no protected field', async () => {
    matchAmina = (await po('POST', '/api/matching/matches', { offerId: offer, profileId: profile.amina }, 201)).json().id;
    matchPiotr = (await po('POST', '/api/matching/matches', { offerId: offer, profileId: profile.piotr }, 201)).json().id;
    await po('POST', '/api/matching/matches', { offerId: offer, profileId: profile.amina }, 409);
    await po('POST', '/api/matching/matches', { offerId: 999999, profileId: profile.amina }, 400);
    const link = (await po('POST', `/api/matching/offers/${offer}/link`, {}, 201)).json();
    token = link.token;
    expect(link.path).toBe(`/p/matching/${token}`);
    expect(link.expiresAt).toBe('2026-06-30T22:00:00.000Z'); // the end of the offer's last day, Brussels summer time

    const space = await pub('GET', `/api/public/matching/${token}`, undefined, 200);
    const body = space.json();
    expect(body.offer).toMatchObject({ id: offer, employer: 'Hôtel Sablon SA' });
    expect(body.candidates.map((c: { matchId: number }) => c.matchId)).toEqual([matchAmina, matchPiotr]);
    sample = body.candidates[0];
    const keys = keysOf(body);
    for (const k of PROTECTED) expect(keys.has(k), k).toBe(false);
    for (const word of ['Marie', 'Peeters', 'Piotr', 'Nowak', '1950', '1968', '1080', 'example.be', '0470', 'over_50', 'pas le soir']) expect(space.body).not.toContain(word);
  });

  it('the response schemas of the link cannot carry a protected field', () => {
    for (const schema of [employerSpaceAnswer, employerCandidateSchema, partnerSpaceAnswer]) {
      const json = z.toJSONSchema(schema, { io: 'output' }) as Record<string, unknown>;
      const names = new Set<string>();
      const walk = (n: unknown) => {
        if (Array.isArray(n)) n.forEach(walk);
        else if (n && typeof n === 'object') {
          const o = n as Record<string, unknown>;
          if (o.properties && typeof o.properties === 'object') for (const k of Object.keys(o.properties)) names.add(k);
          Object.values(o).forEach(walk);
        }
      };
      walk(json);
      expect(names.size).toBeGreaterThan(5);
      // the partner who receives the person knows their name (they come to the appointment), nothing else of them
      const allowed = schema === partnerSpaceAnswer ? ['firstName', 'lastName'] : [];
      for (const k of PROTECTED.filter((x) => !allowed.includes(x))) expect(names.has(k), k).toBe(false);
    }
    // strict at the top (a field added by mistake fails), and a nested object drops what it does not name
    expect(employerCandidateSchema.safeParse(sample).success).toBe(true);
    expect(employerCandidateSchema.safeParse({ ...sample, firstName: 'Amina' }).success).toBe(false);
    const nested = employerCandidateSchema.parse({ ...sample, availability: { ...sample.availability, birthDate: '1998-04-12' } });
    expect(JSON.stringify(nested)).not.toContain('1998');
  });

  it('the employer asks to meet; the identity is revealed only after the person agreed, and the reveal is audited', async () => {
    const meet = await pub('POST', `/api/public/matching/${token}/candidates/${matchAmina}/meet`, undefined, 200);
    expect(meet.json()).toMatchObject({ matchId: matchAmina, meetRequested: true, introductionAgreed: false });
    const refused = await pub('POST', `/api/public/matching/${token}/candidates/${matchAmina}/reveal`, undefined, 409);
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
    expect(refused.body).not.toContain('Marie');
    const m0 = (await po('GET', `/api/matching/matches?offerId=${offer}`, undefined, 200)).json().items.find((m: { id: number }) => m.id === matchAmina);
    expect(m0).toMatchObject({ status: 'meet_requested', revealedAt: null });

    await po('POST', `/api/matching/matches/${matchAmina}/introduction`, { agreed: true }, 200);
    const revealed = await pub('POST', `/api/public/matching/${token}/candidates/${matchAmina}/reveal`, undefined, 200);
    expect(revealed.json()).toEqual({ matchId: matchAmina, pseudonym: expect.stringMatching(/^C-/), firstName: 'Marie', lastName: 'Peeters', email: 'amina@example.be', phone: '0470 11 22 33' });
    const audit = (await call('admin', 'GET', `/api/audit?action=matching.reveal`, undefined, 200)).json();
    expect(JSON.stringify(audit)).toContain(`"personId":${person.amina}`);
    // another offer's match is not found through this link
    await pub('POST', `/api/public/matching/${token}/candidates/999999/meet`, undefined, 404);
  });

  it('the meeting is planned, the job seeker told through the outbox; an outcome waits for the meeting to happen', async () => {
    await po('POST', `/api/matching/matches/${matchPiotr}/meeting`, { date: '2026-03-10', time: '14:00', place: 'Hôtel Sablon', attendees: 'Mme Claes (RH)' }, 409); // Piotr did not agree yet
    const planned = (await po('POST', `/api/matching/matches/${matchAmina}/meeting`, { date: '2026-03-10', time: '14:00', place: 'Hôtel Sablon, rue de Rollebeek 2', attendees: 'Mme Claes (RH), conseillère emploi' }, 200)).json();
    expect(planned).toMatchObject({ status: 'meeting_planned', meetingAt: '2026-03-10T13:00:00.000Z', notified: 'manual' });
    const outbox = (await po('GET', '/api/outbox', undefined, 200)).json();
    expect(JSON.stringify(outbox)).toContain('matching.meeting_planned');
    await po('POST', `/api/matching/matches/${matchAmina}/outcome`, { outcome: 'hired' }, 409); // not yet happened
    await po('POST', `/api/matching/matches/${matchPiotr}/outcome`, { outcome: 'no_show' }, 409); // no meeting at all
    clock().set('2026-03-10T15:00:00Z');
    await po('POST', `/api/matching/matches/${matchAmina}/outcome`, { outcome: 'not_hired' }, 400); // a reason is needed
    await po('POST', `/api/matching/matches/${matchAmina}/outcome`, { outcome: 'hired', reason: 'skills' }, 400);
    await po('POST', `/api/matching/matches/${matchPiotr}/follow-up`, { followUp: 'in_job' }, 409);
    const done = (await po('POST', `/api/matching/matches/${matchAmina}/outcome`, { outcome: 'hired' }, 200)).json();
    expect(done).toMatchObject({ status: 'closed', outcome: 'hired', followUpDue: '2026-06-10' });
    clock().set('2026-06-11T08:00:00Z');
    expect((await po('POST', `/api/matching/matches/${matchAmina}/follow-up`, { followUp: 'in_job' }, 200)).json()).toMatchObject({ followUp: 'in_job' });
    const space = (await pub('GET', `/api/public/matching/${token}`, undefined, 200)).json();
    expect(space.candidates.find((c: { matchId: number }) => c.matchId === matchAmina).meeting).toEqual({ at: '2026-03-10T13:00:00.000Z', place: 'Hôtel Sablon, rue de Rollebeek 2' });
  });

  it('a revoked, an expired or an unknown link answers 4xx and changes nothing', async () => {
    clock().set('2026-03-03T09:00:00Z');
    const second = (await po('POST', `/api/matching/offers/${offer}/link`, { validUntil: '2026-03-05' }, 201)).json().token;
    await pub('GET', `/api/public/matching/${token}`, undefined, 410); // replaced by the new one
    await pub('GET', `/api/public/matching/${second}`, undefined, 200);
    clock().set('2026-03-06T09:00:00Z');
    const expired = await pub('POST', `/api/public/matching/${second}/candidates/${matchPiotr}/meet`, undefined, 410);
    expect(expired.headers['content-type']).toMatch(/problem\+json/);
    const third = (await po('POST', `/api/matching/offers/${offer}/link`, {}, 201)).json().token;
    await po('DELETE', `/api/matching/offers/${offer}/link`, undefined, 204);
    await pub('POST', `/api/public/matching/${third}/candidates/${matchPiotr}/meet`, undefined, 410);
    await pub('GET', `/api/public/matching/${'x'.repeat(32)}`, undefined, 404);
    await pub('GET', '/api/public/matching/short', undefined, 400);
    await po('POST', `/api/matching/offers/${offer}/link`, { validUntil: '2026-03-01' }, 400);
    const piotr = (await po('GET', `/api/matching/matches?offerId=${offer}`, undefined, 200)).json().items.find((m: { id: number }) => m.id === matchPiotr);
    expect(piotr).toMatchObject({ status: 'proposed', meetRequestedAt: null });
  });

  it('a withdrawn consent takes the person out of every ranking and of the employer’s list; the GDPR export shows the profile', async () => {
    const exp = (await call('admin', 'GET', `/api/people/${person.piotr}/export`, undefined, 200)).json();
    expect(JSON.stringify(exp)).toContain('matching_profiles');
    expect(JSON.stringify(exp)).toContain('Programme 50+');
    const w = (await po('POST', `/api/matching/profiles/${profile.piotr}/withdraw`, undefined, 200)).json();
    expect(w).toMatchObject({ skills: [], consentWithdrawnAt: expect.any(String) });
    const ranked = (await po('GET', `/api/matching/offers/${offer}/candidates`, undefined, 200)).json().items;
    expect(ranked.map((c: { profileId: number }) => c.profileId)).not.toContain(profile.piotr);
    expect((await po('GET', `/api/matching/matches?profileId=${profile.piotr}`, undefined, 200)).json().items[0].status).toBe('withdrawn');
    await po('POST', '/api/matching/matches', { offerId: offer, profileId: profile.piotr }, 409);
    await po('GET', `/api/matching/profiles/${profile.piotr}/offers`, undefined, 409);
    const token = (await po('POST', `/api/matching/offers/${offer}/link`, {}, 201)).json().token;
    const space = (await pub('GET', `/api/public/matching/${token}`, undefined, 200)).json();
    expect(space.candidates.map((c: { matchId: number }) => c.matchId)).not.toContain(matchPiotr);
  });
});

describe('circles and partner appointments', () => {
  it('a circle is held with three cases, each leaves with a partner appointment the partner confirms through its link', async () => {
    clock().set('2026-03-12T09:00:00Z');
    const circle = (await po('POST', '/api/matching/circles', { kind: 'circle', titleFr: 'Cercle professionnel de mars', titleNl: 'Beroepskring maart', date: '2026-03-22', time: '09:30', place: 'Centrale, salle 2', partnerIds: [partnerA, partnerB] }, 201)).json();
    expect(circle).toMatchObject({ startsAt: '2026-03-22T08:30:00.000Z', partners: [{ id: partnerA, name: 'Mission locale de Molenbeek' }, { id: partnerB, name: 'Bruxelles Formation' }] });
    await po('POST', '/api/matching/circles', { kind: 'circle', titleFr: 'X', titleNl: 'X', date: '2026-03-22', time: '09:30', place: 'X', partnerIds: [999999] }, 400);
    await call('social_worker', 'POST', `/api/matching/circles/${circle.id}/held`, undefined, 409); // not yet
    const links: string[] = [];
    for (const [who, need, kind] of [
      ['jean', 'Reprendre un emploi dans la construction après un accident.', 'training'],
      ['sara', 'Trouver un premier emploi le week-end.', 'job'],
      ['amina', 'Apprendre le néerlandais pour l’accueil.', 'language_course'],
    ] as const) {
      const c = (await call('social_worker', 'POST', '/api/matching/cases', { personId: person[who], need, circleId: circle.id }, 201)).json();
      await call('social_worker', 'POST', `/api/matching/cases/${c.id}/solutions`, { kind, description: 'Proposé par le partenaire', organisationId: partnerB }, 201);
      const a = (await call('social_worker', 'POST', `/api/matching/cases/${c.id}/appointments`, { organisationId: partnerA, date: '2026-03-25', time: '10:00', place: 'Rue Vandenpeereboom 14', contactName: 'Fatima El Idrissi', contactPhone: '02 410 00 00' }, 201)).json();
      expect(a.link.path).toBe(`/p/matching/appointment/${a.link.token}`);
      links.push(a.link.token);
    }
    await call('social_worker', 'POST', `/api/matching/cases/${999999}/solutions`, { kind: 'job', description: 'x' }, 404);
    clock().set('2026-03-22T12:00:00Z');
    const held = (await call('social_worker', 'POST', `/api/matching/circles/${circle.id}/held`, undefined, 200)).json();
    expect(held.cases).toHaveLength(3);
    expect(held.cases.every((c: { appointments: unknown[]; solutions: unknown[] }) => c.appointments.length === 1 && c.solutions.length === 1)).toBe(true);

    for (const token of links) {
      const space = (await pub('GET', `/api/public/matching/appointments/${token}`, undefined, 200)).json();
      expect(space).toMatchObject({ organisation: 'Mission locale de Molenbeek', startsAt: '2026-03-25T09:00:00.000Z', confirmedAt: null });
      await pub('POST', `/api/public/matching/appointments/${token}`, { outcome: 'kept' }, 409); // before it happened
      expect((await pub('POST', `/api/public/matching/appointments/${token}`, { confirmed: true }, 200)).json().confirmedAt).toBe('2026-03-22T12:00:00.000Z');
    }
    clock().set('2026-03-25T15:00:00Z');
    await pub('POST', `/api/public/matching/appointments/${links[0]}`, { outcome: 'kept' }, 200);
    await pub('POST', `/api/public/matching/appointments/${links[1]}`, { outcome: 'kept' }, 200);
    await pub('POST', `/api/public/matching/appointments/${links[2]}`, { outcome: 'missed' }, 200);
    await pub('POST', `/api/public/matching/appointments/${links[2]}`, {}, 400);
    const c0 = held.cases[0];
    await call('social_worker', 'DELETE', `/api/matching/appointments/${c0.appointments[0].id}/link`, undefined, 204);
    await pub('GET', `/api/public/matching/appointments/${links[0]}`, undefined, 410);
    expect((await call('social_worker', 'POST', `/api/matching/cases/${c0.id}/follow-up`, { followUp: 'training' }, 200)).json()).toMatchObject({ followUp: 'training', followUpDue: '2026-06-12' });
    await call('social_worker', 'POST', `/api/matching/circles/${circle.id}/attendance`, { personId: person.jean, present: true }, 200);
  });

  it('the statistics count profiles, matchings, meetings, hires, circles, cases, solutions and appointments kept; the export opens', async () => {
    const s = (await call('director', 'GET', '/api/matching/stats?year=2026', undefined, 200)).json();
    expect(s).toMatchObject({
      profiles: { value: 3, previous: 0 },
      proposed: { value: 2 },
      meetings: { value: 1 },
      hires: { value: 1 },
      inJobAtThreeMonths: { value: 1 },
      circles: { value: 1 },
      cases: { value: 3 },
      solutions: { value: 3 },
      appointmentsKept: { value: 2 },
      peopleReached: { value: 4 },
    });
    expect(s.byOutcome).toEqual([{ outcome: 'hired', reason: null, count: 1 }]);
    expect(s.byGroup).toEqual([]); // fewer than 5 people in any group: not shown
    const x = await call('director', 'GET', '/api/matching/stats/export?year=2026&format=xlsx', undefined, 200);
    expect(x.headers['content-type']).toMatch(/spreadsheetml/);
    await call('reception', 'GET', '/api/matching/stats?year=2026', undefined, 403);
    const report = (await call('director', 'GET', '/api/observatory/report?year=2026', undefined, 200)).json();
    expect(JSON.stringify(report)).toContain('Mise en relation sans CV');
    const reached = (await call('director', 'GET', '/api/observatory/people-reached?year=2026', undefined, 200)).json();
    expect(reached.lines.find((l: { key: string }) => l.key === 'matching_candidates')).toMatchObject({ value: 3 });
    expect(reached.lines.find((l: { key: string }) => l.key === 'matching_circles')).toMatchObject({ value: 3 });
  });
});
