import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from './test-app';
import { newPerson } from './builders';
import { createMailer } from '../src/platform/mailer';
import { DEFAULT_INSTITUTION } from '../src/platform/settings/institution';

// Tuesday 3 March 2026 in Brussels: tomorrow's reminders go out today; the training of 2 March is over.
let t: TestApp;
beforeAll(async () => {
  // A mail server is set (the reminders are queued); nothing here sends them.
  t = await createTestApp({ clock: '2026-03-03T09:00:00Z', mailer: createMailer('smtp://127.0.0.1:9', 'Relais <relais@test.local>') });
});
afterAll(() => t?.close());

const forest = {
  name: { fr: 'Maison de l’Emploi de Forest', nl: 'Huis van de Werkgelegenheid van Vorst', en: 'Forest Employment House' },
  shortName: { fr: 'MDE Forest', nl: 'HW Vorst', en: 'Forest EH' },
  address: { fr: 'Rue du Curé 2, 1190 Forest', nl: 'Pastoorstraat 2, 1190 Vorst', en: 'Rue du Curé 2, 1190 Forest' },
  phone: '02 370 26 11',
  email: 'emploi@forest.example',
  website: 'https://emploi.forest.example',
  certificate: {
    issuer: { fr: 'Commune de Forest – Service Emploi', nl: 'Gemeente Vorst – Dienst Werk', en: 'Municipality of Forest – Employment' },
    signatoryName: 'Anne Lambert',
    signatoryTitle: { fr: 'Directrice', nl: 'Directrice', en: 'Director' },
  },
};
/** A logged-in user's answers speak the language saved in their account. */
const speak = async (role: 'admin' | 'director' | 'project_officer', locale: 'fr' | 'nl' | 'en') =>
  expect((await t.as(role, { method: 'PUT', url: '/api/auth/locale', payload: { locale } })).statusCode).toBe(204);
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000100ffff03000006000557bfabd40000000049454e44ae426082', 'hex');
const GIF = Buffer.from('474946383961010001000000002c00000000010001000002024401003b', 'hex');

describe('the institution is data', () => {
  it('an installation that never set it reads the Centrale’s name and address, for anyone', async () => {
    const res = await t.as(null, { method: 'GET', url: '/api/institution' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: DEFAULT_INSTITUTION.name, address: { fr: 'Boulevard d’Anvers 26, 1000 Bruxelles' }, logoUrl: null });
    expect(res.json().name.fr).toBe('Centrale de l’Emploi de la Ville de Bruxelles');
  });

  it('only the admin changes it', async () => {
    expect((await t.as('director', { method: 'PUT', url: '/api/institution', payload: forest })).statusCode).toBe(403);
    expect((await t.as(null, { method: 'PUT', url: '/api/institution', payload: forest })).statusCode).toBe(401);
    const res = await t.as('admin', { method: 'PUT', url: '/api/institution', payload: forest });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ...forest, logoUrl: null });
    expect((await t.as(null, { method: 'GET', url: '/api/institution' })).json().address.nl).toBe('Pastoorstraat 2, 1190 Vorst');
  });

  it('refuses bad input in the caller’s language and keeps what was saved', async () => {
    await speak('admin', 'nl');
    const tooLong = await t.as('admin', { method: 'PUT', url: '/api/institution', payload: { ...forest, name: { ...forest.name, fr: 'x'.repeat(201) } } });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.headers['content-type']).toContain('application/problem+json');
    expect(tooLong.json().errors[0].path).toBe('body.name.fr');
    expect(tooLong.json().errors[0].message).toMatch(/200/);
    await speak('admin', 'fr');
    const badMail = await t.as('admin', { method: 'PUT', url: '/api/institution', payload: { ...forest, email: 'pas une adresse' } });
    expect(badMail.statusCode).toBe(400);
    expect(badMail.json().errors[0].message).toBe('Adresse e-mail non valable.');
    const script = await t.as('admin', { method: 'PUT', url: '/api/institution', payload: { ...forest, website: 'javascript:alert(1)' } });
    expect(script.statusCode).toBe(400);
    expect((await t.as(null, { method: 'GET', url: '/api/institution' })).json().name.fr).toBe(forest.name.fr);
  });

  it('takes a PNG logo and serves it cached; refuses another type, a type it is not, an SVG that runs script, too large a file', async () => {
    const logo = async (payload: object, lang: 'fr' | 'nl' | 'en' = 'nl') => {
      await speak('admin', lang);
      return t.as('admin', { method: 'PUT', url: '/api/institution/logo', payload });
    };
    const gif = await logo({ contentType: 'image/gif', data: GIF.toString('base64') });
    expect(gif.statusCode).toBe(400);
    expect(gif.headers['content-type']).toContain('application/problem+json');
    const lying = await logo({ contentType: 'image/png', data: GIF.toString('base64') });
    expect(lying.statusCode).toBe(400);
    expect(lying.json().errors[0].message).toBe('Het logo moet een PNG-, JPEG- of SVG-afbeelding zijn, van het opgegeven type.');
    const svg = await logo({ contentType: 'image/svg+xml', data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>').toString('base64') }, 'fr');
    expect(svg.statusCode).toBe(400);
    expect(svg.json().errors[0].message).toMatch(/script/);
    const huge = await logo({ contentType: 'image/png', data: Buffer.concat([PNG, Buffer.alloc(210 * 1024)]).toString('base64') }, 'en');
    expect(huge.statusCode).toBe(400);
    expect(huge.json().errors[0].message).toBe('The logo must not be larger than 200 KB.');
    expect((await t.as('director', { method: 'PUT', url: '/api/institution/logo', payload: { contentType: 'image/png', data: PNG.toString('base64') } })).statusCode).toBe(403);

    const ok = await logo({ contentType: 'image/png', data: PNG.toString('base64') });
    expect(ok.statusCode).toBe(200);
    const url: string = ok.json().logoUrl;
    expect(url).toMatch(/^\/api\/institution\/logo\?v=[0-9a-f]{16}$/);
    const img = await t.as(null, { method: 'GET', url });
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/png');
    expect(img.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(img.rawPayload.equals(PNG)).toBe(true);
    const plain = await logo({ contentType: 'image/svg+xml', data: Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#0b4f8a"/></svg>').toString('base64') });
    expect(plain.statusCode).toBe(200);
    expect(plain.json().logoUrl).not.toBe(url); // a new image, a new address: no cache shows the old one
    expect((await t.as('admin', { method: 'DELETE', url: '/api/institution/logo' })).statusCode).toBe(204);
    expect((await t.as(null, { method: 'GET', url: '/api/institution' })).json().logoUrl).toBeNull();
    expect((await t.as(null, { method: 'GET', url: '/api/institution/logo' })).statusCode).toBe(404);
  });

  it('the appointment .ics and reminder mail, the certificate and the report name the institution as set', async () => {
    const site = (await t.as('admin', { method: 'POST', url: '/api/sites', payload: { name: 'Antenne', kind: 'desk', address: 'Rue du Curé 2', postalCode: '1190', openingHours: [{ weekday: 3, from: '09:00', to: '12:00' }] } })).json().id;
    const deskId = (await t.as('social_worker', { method: 'POST', url: '/api/appointment-desks', payload: { siteId: site, name: 'Permanence emploi', staffUserId: await t.userIdFor('social_worker'), hours: [{ weekday: 3, from: '09:00', to: '12:00' }] } })).json().id;
    const fr = await newPerson(t, { firstName: 'Hélène', lastName: 'Dubois', email: 'helene@example.org', languages: ['fr'], consents: ['contact_by_email'] });
    const nl = await newPerson(t, { firstName: 'Joris', lastName: 'Peeters', email: 'joris@example.org', languages: ['nl'], consents: ['contact_by_email'] });
    const a = (await t.as('reception', { method: 'POST', url: '/api/appointments', payload: { deskId, personId: fr, startsAt: '2026-03-04T09:00:00+01:00' } })).json().id;
    await t.as('reception', { method: 'POST', url: '/api/appointments', payload: { deskId, personId: nl, startsAt: '2026-03-04T09:30:00+01:00' } });

    const ics = await t.as('reception', { method: 'GET', url: `/api/appointments/${a}/ics` });
    expect(ics.statusCode).toBe(200);
    // iCalendar folds long lines at 75 octets.
    const unfolded = ics.body.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('(Maison de l’Emploi de Forest)');
    expect(unfolded).not.toContain('Centrale');

    expect((await t.as('reception', { method: 'POST', url: '/api/appointments/reminders', payload: {} })).json()).toMatchObject({ queued: 2 });
    const mails = await t.database.rows<{ to_email: string; body: string; attachments: { base64: string }[] }>(sql`select to_email, body, attachments from outbox_messages where purpose = 'appointments.reminder' order by to_email`);
    expect(mails.map((m) => m.to_email)).toEqual(['helene@example.org', 'joris@example.org']);
    expect(mails[0].body.trim().split('\n').at(-1)).toBe('Maison de l’Emploi de Forest');
    expect(mails[1].body.trim().split('\n').at(-1)).toBe('Huis van de Werkgelegenheid van Vorst');
    expect(Buffer.from(mails[1].attachments[0].base64, 'base64').toString('utf8').replace(/\r\n[ \t]/g, '')).toContain('(Huis van de Werkgelegenheid van Vorst)');
    expect(mails.some((m) => m.body.includes('Centrale'))).toBe(false);

    // A training of 2 March, attended: its certificate is issued by the institution as set.
    const officer = (method: 'POST' | 'PUT' | 'GET', url: string, payload?: object) => t.as('project_officer', { method, url, payload });
    const programme = (await officer('POST', '/api/trainings/programmes', { name: 'Atelier CV', partnerIds: [], trainerIds: [], questions: [] })).json().id;
    const session = (await officer('POST', `/api/trainings/programmes/${programme}/sessions`, { capacity: 5, days: [{ date: '2026-03-02', from: '09:00', to: '12:00' }] })).json().id;
    const participant = (await officer('POST', `/api/trainings/sessions/${session}/participants`, { personId: fr })).json().id;
    await officer('PUT', `/api/trainings/sessions/${session}/attendance`, { date: '2026-03-02', entries: [{ participantId: participant, present: true }] });
    const cert = await officer('GET', `/api/trainings/participants/${participant}/certificate`);
    expect(cert.statusCode).toBe(200);
    expect(cert.json().issuer).toEqual({ name: 'Commune de Forest – Service Emploi', address: 'Rue du Curé 2, 1190 Forest', signatoryName: 'Anne Lambert', signatoryTitle: 'Directrice', logoUrl: null });
    // In the reader's language.
    await speak('project_officer', 'nl');
    expect((await officer('GET', `/api/trainings/participants/${participant}/certificate`)).json().issuer).toMatchObject({ name: 'Gemeente Vorst – Dienst Werk', address: 'Pastoorstraat 2, 1190 Vorst' });

    await speak('director', 'nl');
    const report = await t.as('director', { method: 'GET', url: '/api/observatory/report?year=2025' });
    expect(report.statusCode).toBe(200);
    expect(report.json().publisher).toBe('Huis van de Werkgelegenheid van Vorst');
  });

  it('the public website’s home page names the institution as set, in French and in Dutch, and no longer the Centrale', async () => {
    const before = await t.as(null, { method: 'GET', url: '/nl', headers: { accept: 'text/html' } });
    expect(before.statusCode).toBe(200);
    const moved = {
      ...forest,
      name: { fr: 'Maison de l’Emploi de Saint-Gilles', nl: 'Huis van de Werkgelegenheid van Sint-Gillis', en: 'Saint-Gilles Employment House' },
      shortName: { fr: 'MDE Saint-Gilles', nl: 'HW Sint-Gillis', en: 'Saint-Gilles EH' },
      address: { fr: 'Rue de Parme 69, 1060 Saint-Gilles', nl: 'Parmastraat 69, 1060 Sint-Gillis', en: 'Rue de Parme 69, 1060 Saint-Gilles' },
    };
    expect((await t.as('admin', { method: 'PUT', url: '/api/institution', payload: moved })).statusCode).toBe(200);
    const fr = (await t.as(null, { method: 'GET', url: '/fr', headers: { accept: 'text/html' } })).body;
    const nl = (await t.as(null, { method: 'GET', url: '/nl', headers: { accept: 'text/html' } })).body;
    // The page's title, its heading, its footer and its JSON-LD.
    expect(fr).toContain('<title>Accueil · MDE Saint-Gilles</title>');
    expect(fr).toContain('<h1>Maison de l’Emploi de Saint-Gilles</h1>');
    expect(fr).toContain('Rue de Parme 69, 1060 Saint-Gilles');
    expect(fr).toContain('"name":"Maison de l’Emploi de Saint-Gilles"');
    expect(fr).toContain('<a href="tel:023702611">02 370 26 11</a>');
    expect(nl).toContain('<title>Home · HW Sint-Gillis</title>');
    expect(nl).toContain('<h1>Huis van de Werkgelegenheid van Sint-Gillis</h1>');
    expect(nl).toContain('Parmastraat 69, 1060 Sint-Gillis');
    expect(nl).not.toContain('Rue de Parme');
    for (const page of [fr, nl, before.body]) {
      expect(page).not.toMatch(/Centrale|Tewerkstelling|Anvers|Antwerpse/);
      expect(page).not.toContain('<script src');
      expect(page).not.toMatch(/<script(?! type="application\/ld\+json")/);
    }
    // Before the change the page named the institution set earlier (Forest), not the defaults.
    expect(before.body).toContain('Pastoorstraat 2, 1190 Vorst');
  });
});
