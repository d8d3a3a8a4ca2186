import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { checkA11y, createPerson, launchBrowser, newContext, startServer, useRelais, type ApiClient, type RelaisServer } from './support';

/**
 * Issue 2, in the staff's words: first-run setup, login, the people registry (create, find with a typo,
 * duplicate warning, merge, GDPR export), logout; every page checked with axe, on a 360 px phone, and in
 * French, Dutch and English.
 */

interface Person {
  id: number;
  firstName: string;
  lastName: string;
}

/** A valid Belgian NISS for a birth date before 2000 (check digits: 97 - first nine digits mod 97). */
function niss(birth: string, serial = '123'): string {
  const base = `${birth.slice(2, 4)}${birth.slice(5, 7)}${birth.slice(8, 10)}${serial}`;
  const check = 97 - (Number(base) % 97);
  return `${base}${String(check).padStart(2, '0')}`;
}

/** The page body never scrolls sideways (tables scroll inside their own box). */
async function expectNoHorizontalScroll(page: Page) {
  const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(width, `page width on ${page.url()}`).toBeLessThanOrEqual(361);
}

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

describe('first run: the administrator installs Relais', () => {
  let server: RelaisServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ fresh: true }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  test('she creates the first account with the code the server printed, logs in, then logs out', async () => {
    expect(server.setupCode).toBeTruthy();
    const context = await newContext(browser, { baseURL: server.baseUrl });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto('/');
      await h1(page, 'Première installation').waitFor();
      expect(page.url()).toMatch(/\/setup$/);
      await checkA11y(page);

      await page.getByLabel(/Code d.installation/).fill(server.setupCode!);
      await page.getByLabel(/^Nom complet/).fill('Nadia Peeters');
      await page.getByLabel('Adresse e-mail').fill('nadia@centrale.test');
      await page.getByLabel(/^Mot de passe/).fill('un mot de passe assez long');
      await page.getByRole('button', { name: 'Créer le compte administrateur' }).click();
      await page.getByRole('status').filter({ hasText: 'Le compte est créé' }).waitFor();
      await checkA11y(page);

      await page.getByRole('link', { name: 'Se connecter' }).click();
      await h1(page, 'Connexion').waitFor();
      await page.getByLabel('Adresse e-mail').fill('nadia@centrale.test');
      await page.getByLabel(/^Mot de passe/).fill('un mot de passe assez long');
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await h1(page, 'Bonjour Nadia').waitFor();
      await checkA11y(page);

      // The setup page is gone once an administrator exists.
      await page.goto('/setup');
      await expect.poll(() => page.url()).not.toMatch(/\/setup$/);

      await page.goto('/');
      await h1(page, 'Bonjour Nadia').waitFor();
      await page.getByRole('button', { name: /Mon compte/ }).click();
      await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
      await h1(page, 'Connexion').waitFor();
      // Logged out for real: the staff pages send back to the login page.
      await page.goto('/people');
      await h1(page, 'Connexion').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the people registry', () => {
  const relais = useRelais();
  let admin: ApiClient;

  beforeAll(async () => {
    admin = await relais.api();
  });

  test('the reception agent registers Hélène Dubois (the NISS is checked, the commune follows the postal code)', async () => {
    const page = await relais.newPage({ as: 'reception' });
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Personnes', exact: true }).click();
    await h1(page, 'Personnes').waitFor();
    await page.getByRole('link', { name: 'Nouvelle personne' }).click();
    await h1(page, 'Nouvelle personne').waitFor();
    await checkA11y(page);

    await page.getByLabel(/^Prénom/).fill('Hélène');
    await page.getByLabel(/^Nom( \*)?$/).fill('Dubois');
    await page.getByLabel('Date de naissance').fill('1985-03-12');
    await page.getByRole('radio', { name: 'Femme' }).check();
    await page.getByLabel('Niveau d’études').selectOption('upper_secondary');
    await page.getByLabel('Statut professionnel').selectOption('job_seeker_actiris');
    await page.getByLabel('Code postal').fill('1050');
    await expect.poll(() => page.getByLabel('Commune').inputValue()).toBe('Ixelles');
    await page.getByLabel('Téléphone').fill('0470 12 34 56');
    await page.getByLabel(/Numéro NISS/).fill('85031212300');
    await page.getByRole('checkbox', { name: /Traitement de ses données/ }).check();
    await page.getByRole('button', { name: 'Créer la fiche' }).click();

    // A wrong NISS is refused with the server's message on the field.
    await page.getByRole('alert').filter({ hasText: /NISS/ }).waitFor();
    await expect.poll(() => page.getByLabel(/Numéro NISS/).getAttribute('aria-invalid')).toBe('true');
    await checkA11y(page);

    await page.getByLabel(/Numéro NISS/).fill(niss('1985-03-12'));
    await page.getByRole('button', { name: 'Créer la fiche' }).click();
    await h1(page, 'Hélène Dubois').waitFor();
    await page.getByRole('status').filter({ hasText: 'Fiche créée' }).waitFor();
    await page.getByText('Ixelles', { exact: true }).waitFor();
    await page.getByText('Traitement de ses données pour son accompagnement', { exact: true }).waitFor();
    await page.getByText('Premier contact', { exact: true }).waitFor();
    await checkA11y(page);

    // Consents: she withdraws one and records another.
    await page.getByRole('button', { name: 'Retirer le consentement « Traitement de ses données pour son accompagnement »' }).click();
    await page.getByText(/^Retiré · /).waitFor();
    await page.getByLabel('Consentement', { exact: true }).selectOption('contact_by_sms');
    await page.getByRole('button', { name: 'Ajouter un consentement' }).click();
    await page.getByText('Contact par SMS', { exact: true }).waitFor();

    // Editing the record.
    await page.getByRole('link', { name: 'Modifier' }).click();
    await h1(page, 'Modifier la fiche').waitFor();
    await page.getByLabel('Téléphone').fill('0470 99 88 77');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await h1(page, 'Hélène Dubois').waitFor();
    await page.getByText('0470 99 88 77', { exact: true }).waitFor();
  });

  test('she finds her again with an accent-free typo: "helene duboit"', async () => {
    await createPerson<Person>(admin, { firstName: 'Hélène', lastName: 'Dubois', birthDate: '1985-03-12', postalCode: '1050' });
    await createPerson<Person>(admin, { firstName: 'Marc', lastName: 'Janssens', birthDate: '1970-01-20' });
    const page = await relais.newPage({ as: 'reception' });
    await page.goto('/people');
    await h1(page, 'Personnes').waitFor();
    await page.getByLabel('Rechercher une personne').fill('helene duboit');
    const link = page.getByRole('table').getByRole('link', { name: 'Hélène Dubois' }).first();
    await expect.poll(() => page.getByRole('link', { name: 'Marc Janssens' }).count()).toBe(0);
    await link.waitFor();
    await page.getByRole('status').filter({ hasText: /personnes? trouvées?/ }).waitFor();
    await checkA11y(page);
    await link.click();
    await h1(page, 'Hélène Dubois').waitFor();
  });

  test('creating her again warns that she may already exist, and offers to open her record or create anyway', async () => {
    const existing = await createPerson<Person>(admin, { firstName: 'Hélène', lastName: 'Dubois', birthDate: '1985-03-12' });
    const page = await relais.newPage({ as: 'reception' });
    await page.goto('/people/new');
    await h1(page, 'Nouvelle personne').waitFor();
    await page.getByLabel(/^Prénom/).fill('Helene');
    await page.getByLabel(/^Nom( \*)?$/).fill('Dubois');
    await page.getByLabel('Date de naissance').fill('1985-03-12');

    // While typing: a warning with links to the records.
    const warning = page.getByRole('status').filter({ hasText: 'Cette personne existe peut-être déjà' });
    await warning.waitFor();
    await warning.getByRole('link', { name: /Hélène Dubois/ }).first().waitFor();
    await checkA11y(page);

    // On saving: the server refuses without confirmation and lists the records.
    await page.getByRole('button', { name: 'Créer la fiche' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Une fiche semblable existe déjà' });
    await conflict.waitFor();
    await conflict.getByRole('link', { name: /Hélène Dubois/ }).first().waitFor();
    await checkA11y(page);

    // "Open existing" goes to a record...
    const href = await conflict.locator(`a[href="/people/${existing.id}"]`).getAttribute('href');
    expect(href).toBe(`/people/${existing.id}`);
    // ... and "create anyway" makes a new one.
    await conflict.getByRole('button', { name: /Créer quand même/ }).click();
    await h1(page, 'Helene Dubois').waitFor();
    expect(Number(page.url().split('/').pop())).toBeGreaterThan(existing.id);
  });

  test('the social worker merges two records of the same person', async () => {
    const keep = await createPerson<Person>(admin, { firstName: 'Fatima', lastName: 'Benali', birthDate: '1990-02-02', phone: '0485 11 22 33' });
    const dup = await createPerson<Person>(admin, { firstName: 'Fatma', lastName: 'Benali', birthDate: '1990-02-02', email: 'fatma@example.test' });
    const page = await relais.newPage({ as: 'social_worker' });
    await page.goto(`/people/${keep.id}`);
    await h1(page, 'Fatima Benali').waitFor();
    await page.getByRole('link', { name: 'Fusionner avec un doublon' }).click();
    await h1(page, 'Fusionner deux fiches').waitFor();
    await page.getByLabel('Rechercher la fiche en double').fill('benali');
    // The record kept is not offered; the other one is, with its birth date.
    await page.getByRole('option', { name: /Fatma Benali/ }).waitFor();
    expect(await page.getByRole('option', { name: /Fatima Benali/ }).count()).toBe(0);
    await page.getByRole('option', { name: /Fatma Benali/ }).click();

    // Both records side by side.
    await page.getByRole('heading', { name: 'Comparaison' }).waitFor();
    await page.getByRole('heading', { name: 'Fiche conservée' }).waitFor();
    await page.getByRole('heading', { name: 'Fiche fusionnée (doublon)' }).waitFor();
    await page.getByText('fatma@example.test').waitFor();
    await checkA11y(page);

    await page.getByRole('button', { name: 'Confirmer la fusion' }).click();
    await h1(page, 'Fatima Benali').waitFor();
    // The kept record took the missing e-mail from the duplicate.
    await page.getByText('fatma@example.test').waitFor();

    // The duplicate now points to the kept record.
    await page.goto(`/people/${dup.id}`);
    await page.getByRole('status').filter({ hasText: 'Cette fiche a été fusionnée dans une autre.' }).waitFor();
    await page.getByRole('link', { name: 'Ouvrir la fiche conservée' }).click();
    await h1(page, 'Fatima Benali').waitFor();
    expect(page.url()).toMatch(new RegExp(`/people/${keep.id}$`));
    await checkA11y(page);

    const found = await admin.get<{ items: Person[] }>('/api/people?q=benali');
    expect(found.items.map((p) => p.id)).toEqual([keep.id]);
  });

  test('the director prints everything held on a person (GDPR access), then erases the record', async () => {
    const p = await createPerson<Person>(admin, { firstName: 'Jan', lastName: 'Vermeulen', birthDate: '1962-11-05', consents: ['data_processing', 'contact_by_sms'] });
    const page = await relais.newPage({ as: 'director' });
    await page.goto(`/people/${p.id}`);
    await h1(page, 'Jan Vermeulen').waitFor();
    await page.getByRole('heading', { name: 'RGPD', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Exporter (JSON)' }).getAttribute('href')).toBe(`/api/people/${p.id}/export`);
    // The director reads but does not edit.
    expect(await page.getByRole('link', { name: 'Modifier' }).count()).toBe(0);
    await checkA11y(page);

    await page.getByRole('link', { name: 'Export imprimable' }).click();
    await h1(page, 'Export RGPD : Jan Vermeulen').waitFor();
    for (const section of ['Fiche de la personne', 'Consentements', 'Qui a consulté ou modifié ces données']) {
      await page.getByRole('heading', { level: 2, name: section }).waitFor();
    }
    await page.getByRole('cell', { name: 'Contact par SMS' }).waitFor();
    // The access log says what was done in words, not codes.
    await page.getByRole('cell', { name: 'Fiche créée' }).first().waitFor();
    expect(await page.getByRole('cell', { name: 'person.create' }).count()).toBe(0);
    await checkA11y(page);
    await page.evaluate(() => {
      (window as unknown as { printed: boolean }).printed = false;
      window.print = () => {
        (window as unknown as { printed: boolean }).printed = true;
      };
    });
    await page.getByRole('button', { name: 'Imprimer' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);

    await page.getByRole('link', { name: 'Retour' }).click();
    await h1(page, 'Jan Vermeulen').waitFor();
    await page.getByRole('button', { name: 'Effacer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Effacer cette fiche ?' });
    await dialog.waitFor();
    await checkA11y(page);
    await dialog.getByRole('button', { name: 'Effacer définitivement' }).click();
    await h1(page, 'Fiche effacée').waitFor();
    expect(await page.getByText('Vermeulen').count()).toBe(0);
  });

  test('every page works on a 360 px phone: no sideways scrolling, nothing serious for axe', async () => {
    const a = await createPerson<Person>(admin, { firstName: 'Aïcha', lastName: 'Ouédraogo-Vandenberghe', birthDate: '1999-09-09', postalCode: '1080', phone: '+32 470 00 00 00' });
    const b = await createPerson<Person>(admin, { firstName: 'Aicha', lastName: 'Ouedraogo Vandenberghe', birthDate: '1999-09-09' });
    const page = await relais.newPage({ as: 'admin', phone: true });
    const pages: [string, string | RegExp][] = [
      ['/people?q=ouedraogo', 'Personnes'],
      ['/people/new', 'Nouvelle personne'],
      [`/people/${a.id}`, 'Aïcha Ouédraogo-Vandenberghe'],
      [`/people/${a.id}/merge?with=${b.id}`, 'Fusionner deux fiches'],
      [`/people/${a.id}/gdpr-export`, /^Export RGPD/],
      ['/people/retention', 'Conservation des données'],
      ['/admin/users', 'Utilisateurs'],
      ['/admin/sites', 'Sites'],
      ['/admin/organisations', 'Organisations partenaires'],
      ['/admin/audit', 'Journal d’audit'],
    ];
    for (const [path, title] of pages) {
      await page.goto(path);
      await h1(page, title).waitFor();
      await expect.poll(() => page.getByText('Chargement…').count()).toBe(0);
      await expectNoHorizontalScroll(page);
      await checkA11y(page);
    }
    // The search results table is there, and scrolls inside its own box.
    await page.goto('/people?q=ouedraogo');
    await page.getByRole('link', { name: 'Aïcha Ouédraogo-Vandenberghe' }).waitFor();
    await expectNoHorizontalScroll(page);
    // The menu opens from the burger on a phone.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Utilisateurs' }).click();
    await h1(page, 'Utilisateurs').waitFor();
  });

  test.each([
    ['nl', 'Taal', { search: 'Personen', form: 'Nieuwe persoon', data: 'Gegevens', export: /^AVG-export/, merge: 'Twee fiches samenvoegen', users: 'Gebruikers', commune: 'Elsene' }],
    ['en', 'Language', { search: 'People', form: 'New person', data: 'Data', export: /^GDPR export/, merge: 'Merge two records', users: 'Users', commune: 'Ixelles' }],
    ['fr', 'Langue', { search: 'Personnes', form: 'Nouvelle personne', data: 'Données', export: /^Export RGPD/, merge: 'Fusionner deux fiches', users: 'Utilisateurs', commune: 'Ixelles' }],
  ] as const)('the pages speak %s once the language is switched', async (lang, switcherLabel, titles) => {
    const p = await createPerson<Person>(admin, { firstName: 'Sofia', lastName: 'Marin', birthDate: '1980-04-04', postalCode: '1050' });
    // Start in the "other" languages, then switch from the header.
    const page = await relais.newPage({ as: 'admin', locale: lang === 'fr' ? 'en' : 'fr-BE' });
    await page.goto('/people');
    await h1(page, lang === 'fr' ? 'People' : 'Personnes').waitFor();
    await page.getByRole('combobox', { name: lang === 'fr' ? 'Language' : 'Langue' }).selectOption(lang);
    await h1(page, titles.search).waitFor();
    await page.getByRole('combobox', { name: switcherLabel }).waitFor();
    await checkA11y(page);
    await page.goto('/people/new');
    await h1(page, titles.form).waitFor();
    await checkA11y(page);
    await page.goto(`/people/${p.id}`);
    await page.getByRole('heading', { level: 2, name: titles.data }).waitFor();
    await page.getByText(titles.commune, { exact: true }).waitFor();
    await checkA11y(page);
    await page.goto(`/people/${p.id}/merge`);
    await h1(page, titles.merge).waitFor();
    await page.goto(`/people/${p.id}/gdpr-export`);
    await h1(page, titles.export).waitFor();
    await checkA11y(page);
    await page.goto('/admin/users');
    await h1(page, titles.users).waitFor();
    await page.getByRole('cell', { name: 'Admin E2E', exact: true }).waitFor();
    await checkA11y(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
  });

  test('the administrator creates a colleague with a temporary password, who must change it at first login', async () => {
    const page = await relais.newPage({ as: 'admin' });
    await page.goto('/admin/users');
    await h1(page, 'Utilisateurs').waitFor();
    await checkA11y(page);
    await page.getByRole('button', { name: 'Nouvel utilisateur' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouvel utilisateur' });
    await dialog.getByLabel(/^Nom complet/).fill('Karim Accueil');
    await dialog.getByLabel('Adresse e-mail').fill('karim@centrale.test');
    await dialog.getByRole('checkbox', { name: 'Accueil' }).check();
    await dialog.getByLabel('Mot de passe temporaire').fill('marmotte-cerf-volant-47');
    await checkA11y(page);
    await dialog.getByRole('button', { name: 'Créer' }).click();
    await page.getByRole('status').filter({ hasText: 'Utilisateur créé.' }).waitFor();
    await page.getByRole('cell', { name: 'karim@centrale.test' }).waitFor();

    const colleague = await relais.newPage();
    await colleague.goto('/login');
    await colleague.getByLabel('Adresse e-mail').fill('karim@centrale.test');
    await colleague.getByLabel(/^Mot de passe/).fill('marmotte-cerf-volant-47');
    await colleague.getByRole('button', { name: 'Se connecter' }).click();
    await h1(colleague, 'Changer mon mot de passe').waitFor();
    await colleague.getByRole('status').filter({ hasText: 'Veuillez choisir un nouveau mot de passe.' }).waitFor();

    // The administrator can deactivate the account (and reactivate it).
    await page.getByRole('button', { name: 'Désactiver Karim Accueil' }).click();
    await page.getByRole('button', { name: 'Réactiver Karim Accueil' }).waitFor();
  });

  test('a social worker whose password the administrator reset must choose a new one first, then is told who reset it and when', async () => {
    const worker = await relais.user('social_worker');
    const admin = await relais.api();
    await admin.post(`/api/users/${worker.id}/password`, { password: 'gravel lighthouse tangerine 9' });
    const page = await relais.newPage();
    await page.goto('/login');
    await page.getByLabel('Adresse e-mail').fill(worker.email);
    await page.getByLabel(/^Mot de passe/).fill('gravel lighthouse tangerine 9');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await h1(page, 'Changer mon mot de passe').waitFor();
    // Until then the API answers nothing else.
    const refused = await page.request.get('/api/people');
    expect(refused.status()).toBe(403);
    expect((await refused.json()).code).toBe('error.password_change_required');
    await page.getByLabel(/^Mot de passe actuel/).fill('gravel lighthouse tangerine 9');
    await page.getByLabel(/^Nouveau mot de passe/).fill('aubergine carousel mistral');
    await page.getByLabel(/^Confirmer le nouveau mot de passe/).fill('aubergine carousel mistral');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('status').filter({ hasText: 'Mot de passe modifié.' }).waitFor();
    await page.goto('/');
    const notice = page.getByRole('status').filter({ hasText: 'Votre mot de passe a été réinitialisé par Admin E2E' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/le \d{1,2} \S+ \d{4} à \d{2}:\d{2}/);
    await checkA11y(page);
  });

  test('the administrator manages sites and partners, and the director reads the audit log', async () => {
    const page = await relais.newPage({ as: 'admin' });
    await page.goto('/admin/sites');
    await h1(page, 'Sites').waitFor();
    await page.getByRole('button', { name: 'Nouveau site' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouveau site' });
    await dialog.getByLabel(/^Nom( \*)?$/).fill('Permanence du jeudi');
    await dialog.getByRole('button', { name: 'Ajouter une plage le mercredi' }).click();
    await checkA11y(page);
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('cell', { name: 'Permanence du jeudi', exact: true }).waitFor();
    await page.getByText('mercredi 08:30–12:30').waitFor();

    await page.goto('/admin/organisations');
    await h1(page, 'Organisations partenaires').waitFor();
    await page.getByRole('button', { name: 'Nouveau partenaire' }).click();
    const org = page.getByRole('dialog', { name: 'Nouveau partenaire' });
    await org.getByLabel(/^Nom( \*)?$/).fill('Mission Locale de Bruxelles-Ville');
    await org.getByLabel('Type').selectOption('training');
    await org.getByLabel('Services proposés').fill('Formations, orientation');
    await org.getByRole('checkbox', { name: /Partenaire interne/ }).check();
    await checkA11y(page);
    await org.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('cell', { name: /^Mission Locale de Bruxelles-Ville/ }).waitFor();

    const director = await relais.newPage({ as: 'director' });
    await director.goto('/admin/audit');
    await h1(director, 'Journal d’audit').waitFor();
    await director.getByLabel(/^Action/).fill('site.');
    await director.getByRole('button', { name: 'Filtrer' }).click();
    await expect.poll(() => director.getByRole('cell', { name: 'person.create' }).count()).toBe(0);
    await director.getByRole('cell', { name: 'site.create' }).first().waitFor();
    expect(director.url()).toContain('action=site.');
    await checkA11y(director);
  });
});
