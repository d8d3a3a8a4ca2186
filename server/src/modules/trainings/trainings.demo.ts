import type { DemoContext, ModuleContext } from '../../platform/module';
import { brusselsDay } from '../../platform/brussels-time';
import { FIRST_NAMES_F, FIRST_NAMES_M, LAST_NAMES } from '../../demo/names';
import type { OUTCOMES } from './trainings.table';

type Outcome = (typeof OUTCOMES)[number];

/**
 * The 2022 report's programmes, replayed in the demo's previous year: REF (3 sessions, 15 + 16 + 9
 * professionals), Nouveaux Départs (12 women, 9 into training or work), digital inclusion for women
 * (15 sessions of 3 h), Haren test preparation (7 group sessions, 2 cancelled, 21 + 11 individual),
 * smartphone repair (17), YouthStart (9), coding initiations (8 + 7, 5 + 7); and one REF session to come.
 */
export async function loadTrainingsDemo(ctx: ModuleContext, demo: DemoContext) {
  const tr = ctx.services.trainings;
  const { random, pick, actor } = demo;
  const year = demo.today.getUTCFullYear() - 1;
  const d = (mmdd: string) => `${year}-${mmdd}`;

  // Organisations the report names, added to the registry when missing.
  const orgIds = new Map((await ctx.services.organisations.list({ includeInactive: true })).map((o) => [o.name, o.id]));
  const org = async (name: string, type: 'social_welfare' | 'public_employment' | 'association' | 'training' | 'employer' = 'association') => {
    if (!orgIds.has(name)) orgIds.set(name, (await ctx.services.organisations.create(actor, { name, type, isInternalPartner: false, active: true })).id);
    return orgIds.get(name)!;
  };
  const cpasBxl = await org('CPAS de Bruxelles', 'social_welfare');
  const cpasStGilles = await org('CPAS de Saint-Gilles', 'social_welfare');
  const actiris = await org('Actiris', 'public_employment');
  const missionLocale = await org('Mission Locale de Bruxelles-Ville', 'training');
  const koekeljob = await org('Koekeljob');
  const bapa = await org('BAPA BXL');
  const others = [await org('Maison des cultures et de la cohésion sociale de Molenbeek'), await org('Cocorico Searching'), await org('Centre Social du Béguinage'), await org('Backstage Network'), await org('Bouillon de cultures')];
  const iclinique = await org('iClinique', 'employer');
  const tanneurs = await org('Ateliers des Tanneurs');
  const becode = await org('BeCode', 'training');
  const varda = await org('Institut Agnès Varda', 'training');
  const ecd = await org('Espace Culture et Développement');
  const youthstart = await org('YouthStart');

  const trainer = demo.usersByRole.trainer;
  const officer = demo.usersByRole.project_officer;
  const socialWorker = demo.usersByRole.social_worker;
  const questions = ['Le contenu a répondu à mes attentes', 'Le formateur était clair', 'Je pourrai utiliser ce que j’ai appris', 'L’organisation (horaires, salle) était bonne'];

  const profiles = await ctx.services.people.profiles(demo.ids.people ?? []);
  const women = profiles.filter((p) => p.gender === 'F').map((p) => p.id);
  const everyone = profiles.map((p) => p.id);
  const used = new Set<number>();
  const take = (pool: number[], n: number) => {
    const out: number[] = [];
    for (const id of pool) {
      if (out.length >= n) break;
      if (!used.has(id) && random() < 0.5) out.push(id);
    }
    for (const id of pool) if (out.length < n && !used.has(id) && !out.includes(id)) out.push(id);
    out.forEach((id) => used.add(id));
    return out;
  };
  const professional = () => `${random() < 0.6 ? pick(FIRST_NAMES_F) : pick(FIRST_NAMES_M)} ${pick(LAST_NAMES)}`;

  /** A session with its participants, attendance (about 9 in 10 present), evaluations and outcomes. */
  async function session(
    programmeId: number,
    opts: {
      title: string;
      room: string;
      days: string[];
      from: string;
      to: string;
      capacity: number;
      people?: number[];
      pros?: { organisationId: number; jobTitle: string }[];
      outcomes?: Outcome[];
      evaluate?: boolean;
      cancelled?: string;
    },
  ) {
    const s = await tr.createSession(actor, programmeId, {
      title: opts.title,
      room: opts.room,
      capacity: opts.capacity,
      days: opts.days.map((date) => ({ date, from: opts.from, to: opts.to })),
    });
    if (opts.cancelled) {
      await tr.setSessionStatus(actor, s.id, { status: 'cancelled', reason: opts.cancelled });
      return;
    }
    const parts: number[] = [];
    for (const personId of opts.people ?? []) parts.push((await tr.enrol(actor, s.id, { personId })).id);
    for (const p of opts.pros ?? []) parts.push((await tr.enrol(actor, s.id, { professionalName: professional(), organisationId: p.organisationId, jobTitle: p.jobTitle })).id);
    const past = opts.days.filter((day) => day < brusselsDay(demo.today));
    const came = new Set<number>();
    for (const date of past) {
      const entries = parts.map((participantId) => ({ participantId, present: random() < 0.9 }));
      for (const e of entries) if (e.present) came.add(e.participantId);
      await tr.recordAttendance(actor, s.id, { date, entries });
    }
    for (const [i, outcome] of (opts.outcomes ?? []).entries()) if (parts[i]) await tr.setOutcome(actor, parts[i], { outcome, date: d('12-15') });
    if (opts.evaluate && past.length === opts.days.length) {
      const { token } = await tr.openEvaluation(actor, s.id);
      const form = await tr.publicForm(token);
      // About 7 in 10 of those who came fill it in (a public link takes no more forms than participants present).
      const forms = Math.min(came.size, Math.max(1, Math.round(parts.length * 0.7)));
      for (let i = 0; i < forms; i++)
        await tr.submitEvaluation(actor, { token }, {
          answers: form.questions.map((q) => ({ questionId: q.id, score: random() < 0.55 ? 5 : random() < 0.8 ? 4 : 3 })),
          comments: i === 0 ? 'Très enrichissant, merci !' : i === 1 ? 'Un peu court, j’aurais aimé un jour de plus.' : undefined,
        });
      await tr.closeEvaluation(actor, s.id);
    }
    if (past.length === opts.days.length) await tr.setSessionStatus(actor, s.id, { status: 'done' });
    return s.id;
  }
  const pros = (list: [number, number, string][]) => list.flatMap(([organisationId, n, jobTitle]) => Array.from({ length: n }, () => ({ organisationId, jobTitle })));
  const mix = (outcomes: Partial<Record<Outcome, number>>) => (Object.entries(outcomes) as [Outcome, number][]).flatMap(([o, n]) => Array(n).fill(o) as Outcome[]);

  // REF
  const ref = await tr.createProgramme(actor, {
    name: 'Relais Emploi Formation (REF)',
    description: 'Sensibiliser les acteurs de terrain (médiateurs, animateurs, assistants sociaux, conseillers emploi) aux structures ISP de la Ville de Bruxelles.',
    targetPublic: 'Professionnels de première ligne',
    nameNl: 'Relais Werk Opleiding (REF)',
    descriptionNl: 'Terreinwerkers (bemiddelaars, animatoren, maatschappelijk werkers, loopbaanbegeleiders) vertrouwd maken met de SPI-structuren van de Stad Brussel.',
    targetPublicNl: 'Eerstelijnsprofessionals',
    funder: 'Contrat de Quartier Jardin aux Fleurs (origine), Ville de Bruxelles',
    partnerIds: [cpasBxl, actiris],
    trainerIds: [officer],
    questions,
  });
  await session(ref.id, { title: 'Session 1', room: 'Salle polyvalente', days: [d('03-07'), d('03-14'), d('03-21')], from: '09:00', to: '12:30', capacity: 16, pros: pros([[cpasBxl, 10, "Agent d'insertion"], [actiris, 2, 'Conseiller emploi'], [others[0], 1, 'Animateur'], [others[1], 1, 'Chargée de projet'], [others[2], 1, 'Assistant social']]), evaluate: true });
  await session(ref.id, { title: 'Session 2', room: 'Salle polyvalente', days: [d('06-13'), d('06-21'), d('06-27')], from: '09:00', to: '12:30', capacity: 16, pros: pros([[cpasStGilles, 6, "Agent d'insertion"], [cpasBxl, 6, "Agent d'insertion"], [koekeljob, 3, 'Conseiller emploi'], [others[3], 1, 'Chargée de projet']]), evaluate: true });
  await session(ref.id, { title: 'Session 3', room: 'Salle polyvalente', days: [d('11-08'), d('11-15'), d('11-22')], from: '09:00', to: '12:30', capacity: 16, pros: pros([[cpasBxl, 2, "Agent d'insertion"], [bapa, 2, 'Accompagnatrice sociale'], [others[4], 1, 'Animateur'], [actiris, 1, 'Conseiller emploi'], [missionLocale, 1, 'Conseiller'], [others[0], 2, 'Animateur']]), evaluate: true });
  const nextYear = demo.today.getUTCFullYear();
  await tr.createSession(actor, ref.id, { title: 'Session 1', room: 'Salle polyvalente', capacity: 16, days: ['03-06', '03-13', '03-20'].map((md) => ({ date: `${nextYear}-${md}`, from: '09:00', to: '12:30' })) });

  // Nouveaux Départs: 12 women over a semester, half a day a week
  const nd = await tr.createProgramme(actor, {
    name: 'Nouveaux Départs',
    description: "Accompagnement de femmes victimes de violences conjugales, familiales et/ou de traite des êtres humains : confiance en soi, remobilisation, projet professionnel.",
    targetPublic: 'Femmes victimes de violences',
    nameNl: 'Nieuwe Start',
    descriptionNl: 'Begeleiding van vrouwen die slachtoffer zijn van partner- of familiaal geweld en/of mensenhandel: zelfvertrouwen, remobilisatie, beroepsproject.',
    targetPublicNl: 'Vrouwen die slachtoffer zijn van geweld',
    funder: 'Mission Locale de Bruxelles (porteur), partenaires de la Maison de l’Emploi',
    partnerIds: [missionLocale],
    trainerIds: [socialWorker].filter(Boolean),
    questions,
  });
  const ndWomen = take(women, 12);
  const tuesdays: string[] = [];
  for (let day = new Date(Date.UTC(year, 0, 11)); tuesdays.length < 22; day.setUTCDate(day.getUTCDate() + 7)) tuesdays.push(day.toISOString().slice(0, 10));
  await session(nd.id, { title: `Groupe ${year}`, room: 'Salle 2', days: tuesdays, from: '09:30', to: '12:30', capacity: 12, people: ndWomen, outcomes: mix({ entered_training: 5, found_job: 4, still_looking: 2, unknown: 1 }), evaluate: true });

  // Digital inclusion for women: 15 sessions of 3 h, March to June, mostly the same women
  const inc = await tr.createProgramme(actor, {
    name: 'Inclusion numérique pour les femmes',
    description: 'Windows, Internet, e-mail, cloud, Word, Excel, image numérique, éducation aux médias, smartphone et tablette.',
    targetPublic: 'Femmes en fracture numérique',
    nameNl: 'Digitale inclusie voor vrouwen',
    descriptionNl: 'Windows, internet, e-mail, cloud, Word, Excel, digitale beelden, mediawijsheid, smartphone en tablet.',
    targetPublicNl: 'Vrouwen met een digitale achterstand',
    funder: 'Cabinet Égalité des Chances',
    partnerIds: [ecd],
    trainerIds: [trainer],
    questions,
  });
  const thursdays: string[] = [];
  for (let day = new Date(Date.UTC(year, 2, 3)); thursdays.length < 15; day.setUTCDate(day.getUTCDate() + 7)) thursdays.push(day.toISOString().slice(0, 10));
  await session(inc.id, { title: `Module ${year}`, room: 'EPN', days: thursdays, from: '13:30', to: '16:30', capacity: 12, people: [...ndWomen.slice(0, 10), ...take(women, 2)], evaluate: true });

  // Haren prison test preparation: 7 group sessions (2 cancelled), 21 candidates, 11 individual sessions
  const haren = await tr.createProgramme(actor, {
    name: 'Préparation aux tests pour la prison de Haren',
    description: 'Raisonnement abstrait, observation informatisée, jugement situationnel, entretien STAR ; inscription et profil My Selor.',
    targetPublic: 'Candidats agents pénitentiaires, accompagnateurs de détention, assistants de sécurité',
    funder: 'SPF Justice (recrutement)',
    partnerIds: [actiris],
    trainerIds: [officer],
    questions: questions.slice(0, 3),
  });
  const harenGroups = [5, 4, 4, 4, 4];
  const harenDates = ['02-08', '03-15', '04-12', '05-17', '06-14', '09-13', '10-11'];
  for (let i = 0, g = 0; i < harenDates.length; i++) {
    if (i === 2 || i === 5) await session(haren.id, { title: `Groupe ${i + 1}`, room: 'Salle 1', days: [d(harenDates[i])], from: '09:30', to: '12:30', capacity: 8, cancelled: 'Pas assez de candidats' });
    else await session(haren.id, { title: `Groupe ${i + 1}`, room: 'Salle 1', days: [d(harenDates[i])], from: '09:30', to: '12:30', capacity: 8, people: take(everyone, harenGroups[g++]), outcomes: mix({ found_job: 1, still_looking: 2, unknown: 1 }) });
  }
  await session(haren.id, { title: 'Séances individuelles', room: 'Bureau du chargé de projet', days: [d('04-20'), d('05-25'), d('10-19')], from: '14:00', to: '16:00', capacity: 11, people: take(everyone, 11) });

  // Smartphone and tablet repair: 2 trainings, 17 learners
  const repair = await tr.createProgramme(actor, {
    name: 'Réparation de smartphones et tablettes',
    description: 'Diagnostiquer les pannes et remplacer les pièces défectueuses, dans une logique d’économie sociale et de réduction des déchets électroniques.',
    targetPublic: "Chercheurs d'emploi avec un projet dans l'économie sociale",
    nameNl: 'Smartphones en tablets herstellen',
    descriptionNl: 'Defecten opsporen en kapotte onderdelen vervangen, vanuit de sociale economie en minder elektronisch afval.',
    targetPublicNl: 'Werkzoekenden met een project in de sociale economie',
    funder: 'Projet pilote',
    partnerIds: [iclinique, tanneurs],
    trainerIds: [trainer],
    questions,
  });
  await session(repair.id, { title: 'Initiation 1', room: 'Ateliers des Tanneurs', days: [d('04-04'), d('04-05'), d('04-06'), d('04-07')], from: '09:00', to: '16:00', capacity: 9, people: take(everyone, 9), outcomes: mix({ entered_training: 3, found_job: 1, still_looking: 4, unknown: 1 }), evaluate: true });
  await session(repair.id, { title: 'Initiation 2', room: 'Ateliers des Tanneurs', days: [d('10-24'), d('10-25'), d('10-26'), d('10-27')], from: '09:00', to: '16:00', capacity: 8, people: take(everyone, 8), outcomes: mix({ entered_training: 2, still_looking: 3, unknown: 3 }), evaluate: true });

  // YouthStart Coach & Connect: 9 young people, 3 to 19 October
  const ys = await tr.createProgramme(actor, {
    name: 'YouthStart « Coach and Connect »',
    description: 'Les jeunes sans qualification montent un projet d’entreprise avec des mentors ; matchings directs avec JobRoad.',
    targetPublic: 'Jeunes NEET',
    funder: 'Actiris, CPAS',
    partnerIds: [youthstart, actiris, cpasBxl],
    trainerIds: [officer],
    questions,
  });
  const ysDays = ['10-03', '10-05', '10-07', '10-10', '10-12', '10-14', '10-17', '10-19'].map(d);
  await session(ys.id, { title: `Édition ${year}`, room: 'Salle polyvalente', days: ysDays, from: '09:30', to: '15:30', capacity: 10, people: take(everyone, 9), outcomes: mix({ entered_training: 2, found_job: 2, still_looking: 4, unknown: 1 }), evaluate: true });

  // Coding initiations: "Game of Code" with BeCode (July), two one-day modules at Institut Agnès Varda (September)
  const code = await tr.createProgramme(actor, {
    name: 'Initiation au codage',
    description: 'HTML et CSS par le jeu, première page web, fonctionnement d’Internet.',
    targetPublic: "Chercheurs d'emploi, jeunes",
    nameNl: 'Kennismaking met programmeren',
    descriptionNl: 'HTML en CSS al spelend, een eerste webpagina, hoe het internet werkt.',
    targetPublicNl: 'Werkzoekenden, jongeren',
    funder: null,
    partnerIds: [becode, varda],
    trainerIds: [trainer],
    questions: questions.slice(0, 3),
  });
  await session(code.id, { title: 'Game of Code 1', room: 'EPN', days: [d('07-11'), d('07-12')], from: '10:00', to: '15:00', capacity: 10, people: take(everyone, 8), evaluate: true });
  await session(code.id, { title: 'Game of Code 2', room: 'EPN', days: [d('07-18'), d('07-19')], from: '10:00', to: '15:00', capacity: 10, people: take(everyone, 7), evaluate: true });
  await session(code.id, { title: 'Institut Agnès Varda 1', room: 'Institut Agnès Varda', days: [d('09-12')], from: '09:00', to: '16:00', capacity: 8, people: take(everyone, 5) });
  await session(code.id, { title: 'Institut Agnès Varda 2', room: 'Institut Agnès Varda', days: [d('09-19')], from: '09:00', to: '16:00', capacity: 8, people: take(everyone, 7) });

  // Two sessions open to the public in the coming weeks, so that the website's agenda has trainings to register for
  // (and one request from the website waiting for the trainer).
  const inDays = (n: number) => brusselsDay(new Date(demo.today.getTime() + n * 86_400_000));
  const web = await tr.createSession(actor, code.id, { title: 'Ma première page web', room: 'EPN', capacity: 10, isPublic: true, days: [{ date: inDays(12), from: '09:30', to: '12:30' }, { date: inDays(19), from: '09:30', to: '12:30' }] });
  await tr.createSession(actor, inc.id, { title: 'Smartphone et démarches en ligne', room: 'EPN', capacity: 8, isPublic: true, days: [{ date: inDays(23), from: '13:30', to: '16:00' }] });
  await tr.requestPlace('192.0.2.10', web.id, { firstName: 'Samira', lastName: 'El Idrissi', phone: '0470 55 12 34', commune: 'Molenbeek-Saint-Jean', consent: 'on', locale: 'fr', token: `demo-request-${web.id}-0000000` });
  demo.ids.trainingProgrammes = [ref.id, nd.id, inc.id, haren.id, repair.id, ys.id, code.id];
}
