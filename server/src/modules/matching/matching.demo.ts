import { eq } from 'drizzle-orm';
import type { DemoContext, ModuleContext } from '../../platform/module';
import { brusselsDay, brusselsInstant, nextDay } from '../../platform/brussels-time';
import { FIRST_NAMES_F, FIRST_NAMES_M, LAST_NAMES } from '../../demo/names';
import { COMMUNE_CENTRES } from './matching.catalog';
import { hashToken, newPseudonym, newToken, threeMonthsAfter } from './matching.core';
import {
  FOLLOW_UPS,
  JOB_FAMILIES,
  NOT_HIRED_REASONS,
  matchingAppointments,
  matchingAttendance,
  matchingCases,
  matchingCircles,
  matchingMatches,
  matchingProfiles,
  matchingRequirements,
  matchingSkills,
  matchingSolutions,
} from './matching.table';

type Family = (typeof JOB_FAMILIES)[number];
const DAY = 86_400_000;
const POSTAL_CODES = Object.keys(COMMUNE_CENTRES);
const NEEDS: [string, (typeof matchingSolutions.$inferInsert)['kind'], string][] = [
  ['Cherche une formation qualifiante en logistique, a le permis B.', 'training', 'Formation de magasinier-cariste (8 semaines)'],
  ['Veut reprendre le travail dans l’Horeca après une longue interruption.', 'job', 'Offre de commis de salle, entretien fixé'],
  ['Doit améliorer son néerlandais pour postuler à l’accueil.', 'language_course', 'Cours de néerlandais langue étrangère, niveau A2'],
  ['Dettes de loyer, risque d’expulsion : ne peut pas chercher d’emploi sereinement.', 'social_help', 'Accompagnement budgétaire au CPAS'],
  ['Diplôme obtenu à l’étranger, non reconnu.', 'administrative', 'Demande d’équivalence du diplôme'],
  ['Cherche un logement plus proche des lieux de travail.', 'housing', 'Inscription à une agence immobilière sociale'],
  ['Souhaite se former au numérique pour un emploi administratif.', 'training', 'Formation bureautique et e-mail professionnel'],
  ['Mère seule, cherche un emploi à temps partiel compatible avec la crèche.', 'job', 'Poste d’aide-ménagère titres-services, 19 h'],
  ['Problèmes de dos : doit quitter la construction.', 'health', 'Bilan avec la médecine du travail et réorientation'],
  ['Ne sait pas lire le français écrit.', 'language_course', 'Cours d’alphabétisation'],
  ['Veut devenir agent de gardiennage.', 'training', 'Formation agent de gardiennage (base)'],
  ['Plus de 50 ans, licencié après 25 ans dans la même entreprise.', 'job', 'Programme 50 ans et plus : rencontre avec un employeur'],
];
const CONTACTS = ['Fatima El Idrissi', 'Jan Claes', 'Sophie Lambert', 'Karim Benali', 'Els Wouters', 'Moussa Diallo', 'Anne Mertens', 'Bram De Smet'];
const PLACES: Record<string, string> = { default: 'Boulevard d’Anvers 26, 1000 Bruxelles' };

/**
 * Blind-hiring matching and referral workshops: about 120 candidate profiles built with job seekers, requirements
 * for a few offers, a blind meeting round (proposed, asked to meet, agreed, met, hired or not, followed up at three
 * months), and the "Ateliers Solutions" workshop (about 40 job seekers) and two professional circles on 15/02, 22/03
 * and 05/05, each case leaving with a solution and an appointment at a partner, confirmed or not, kept or not.
 */
export async function loadMatchingDemo(ctx: ModuleContext, demo: DemoContext) {
  const { random, pick, usersByRole } = demo;
  const people = demo.ids.people ?? [];
  const partners = demo.ids.organisations ?? [];
  if (people.length < 250 || partners.length < 4) return;
  const officer = usersByRole.project_officer ?? null;
  const socialWorker = usersByRole.social_worker ?? officer;
  const today = brusselsDay(demo.today);
  const daysAgo = (n: number) => new Date(demo.today.getTime() - n * DAY);
  const chance = (p: number) => random() < p;
  const some = <T>(items: readonly T[], n: number) => [...items].sort(() => random() - 0.5).slice(0, n);

  // ---------- candidate profiles ----------
  const skills = await ctx.db.select().from(matchingSkills);
  const skillsOf = (f: Family) => skills.filter((s) => s.family === f && s.active).map((s) => s.id);
  // not the mentoring demo's mentees (the first 70) nor its mentors (among the last ones)
  const candidates = people.slice(70, 190);
  const profileRows = candidates.map((personId, i) => {
    const family = JOB_FAMILIES[i % JOB_FAMILIES.length];
    const second = chance(0.4) ? pick(JOB_FAMILIES) : null;
    const created = daysAgo(20 + Math.floor(random() * 500));
    const equality = chance(0.45);
    const withdrawn = i % 37 === 36;
    return {
      personId,
      pseudonym: newPseudonym(),
      skillIds: withdrawn ? [] : [...new Set([...some(skillsOf(family), 2 + Math.floor(random() * 3)), ...(second ? some(skillsOf(second), 1) : [])])],
      experience: withdrawn ? {} : { [family]: 6 + Math.floor(random() * 90), ...(second && second !== family ? { [second]: Math.floor(random() * 30) } : {}) },
      languages: withdrawn
        ? []
        : [
            { code: 'fr', level: pick(['A2', 'B1', 'B2', 'C1', 'C2'] as const) },
            ...(chance(0.45) ? [{ code: 'nl', level: pick(['A1', 'A2', 'B1', 'B2'] as const) }] : []),
            ...(chance(0.35) ? [{ code: 'en', level: pick(['A2', 'B1', 'B2'] as const) }] : []),
            ...(chance(0.3) ? [{ code: pick(['ar', 'tr', 'es', 'pt', 'pl', 'ro']), level: 'C2' as const }] : []),
          ],
      drivingLicence: !withdrawn && chance(0.35),
      days: withdrawn ? [] : chance(0.7) ? [1, 2, 3, 4, 5] : some([1, 2, 3, 4, 5, 6, 7], 3 + Math.floor(random() * 3)).sort(),
      dayparts: withdrawn ? [] : chance(0.6) ? ['morning', 'afternoon'] : some(['morning', 'afternoon', 'evening', 'night'], 1 + Math.floor(random() * 3)),
      availableFrom: withdrawn ? null : brusselsDay(new Date(created.getTime() + Math.floor(random() * 30) * DAY)),
      maxKm: withdrawn ? null : pick([5, 8, 10, 15, 20, 30]),
      transports: withdrawn ? [] : chance(0.25) ? ['public_transport', 'car'] : chance(0.2) ? ['bike', 'public_transport'] : ['public_transport'],
      fromPostalCode: withdrawn ? null : pick(POSTAL_CODES),
      wishedFamilies: withdrawn ? [] : [family, ...(second && second !== family ? [second] : [])],
      wishes: withdrawn ? null : pick([null, 'Horaire de jour de préférence.', 'Souhaite un contrat à durée indéterminée.', 'Temps partiel pendant la formation.', 'Proche des transports en commun.']),
      programmes: i % 6 === 0 ? ['over_50'] : i % 6 === 1 ? ['youthstart'] : i % 4 === 2 ? ['jobroad'] : [],
      equalityGroups: !withdrawn && equality ? some(['woman', 'over_50', 'under_26', 'foreign_origin', 'disability', 'single_parent'], 1 + Math.floor(random() * 2)) : [],
      equalityConsentAt: !withdrawn && equality ? created : null,
      consentAt: created,
      consentWithdrawnAt: withdrawn ? new Date(created.getTime() + 40 * DAY) : null,
      createdBy: officer,
      createdAt: created,
      updatedAt: created,
    };
  });
  const profiles = await ctx.db.insert(matchingProfiles).values(profileRows).returning();

  // ---------- offers with requirements, a blind meeting round ----------
  const employers = (await ctx.services.organisations.list({ includeInactive: false })).filter((o) => o.type === 'employer');
  if (employers.length) {
    const validThrough = brusselsDay(new Date(demo.today.getTime() + 60 * DAY));
    const offerSpecs: { family: Family; fr: string; nl: string; essential: number; nice: number; postalCode: string; programme?: 'over_50' }[] = [
      { family: 'horeca', fr: 'Commis de salle', nl: 'Zaalmedewerker', essential: 2, nice: 1, postalCode: '1000' },
      { family: 'logistics', fr: 'Magasinier (h/f/x)', nl: 'Magazijnier (m/v/x)', essential: 1, nice: 2, postalCode: '1120' },
      { family: 'cleaning', fr: 'Technicien·ne de surface', nl: 'Schoonmaker', essential: 1, nice: 1, postalCode: '1080' },
      { family: 'care', fr: 'Aide-soignant·e', nl: 'Zorgkundige', essential: 2, nice: 1, postalCode: '1020' },
      { family: 'administration', fr: 'Employé·e administratif·ve (programme 50+)', nl: 'Administratief bediende (programma 50+)', essential: 1, nice: 2, postalCode: '1040', programme: 'over_50' },
      { family: 'security', fr: 'Agent·e de gardiennage', nl: 'Bewakingsagent', essential: 1, nice: 1, postalCode: '1030' },
    ];
    for (const [k, spec] of offerSpecs.entries()) {
      const employer = employers[k % employers.length];
      const offer = await ctx.services.offers.offers.create(demo.actor, {
        titleFr: spec.fr,
        titleNl: spec.nl,
        organisationId: employer.id,
        contractType: k % 2 ? 'permanent' : 'fixed_term',
        workingTime: 'full_time',
        hoursPerWeek: 38,
        commune: 'Bruxelles',
        positions: 1 + (k % 3),
        skills: [],
        languages: ['fr'],
        validThrough,
        source: 'staff',
        status: 'published',
      } as never);
      const familySkills = some(skillsOf(spec.family), spec.essential + spec.nice);
      await ctx.db.insert(matchingRequirements).values({
        offerId: offer.id,
        family: spec.family,
        minExperienceMonths: 6,
        essentialSkillIds: familySkills.slice(0, spec.essential),
        niceSkillIds: familySkills.slice(spec.essential),
        languages: [{ code: 'fr', level: 'B1' }, ...(k % 2 === 0 ? [{ code: 'nl', level: 'A2' as const }] : [])],
        drivingLicence: spec.family === 'logistics',
        days: [1, 2, 3, 4, 5],
        dayparts: ['morning', 'afternoon'],
        postalCode: spec.postalCode,
        programme: spec.programme ?? null,
      });
      // the first three offers had their round: staff proposed the best candidates a few weeks ago
      const ranked = (await ctx.services.matching.matches.candidates(offer.id, { limit: 6 }, 'fr')).items;
      const round = k < 3 ? 5 : k < 5 ? 2 : 0;
      for (const [j, c] of ranked.slice(0, round).entries()) {
        const proposedAt = daysAgo(k < 3 ? 45 - j : 6 - j);
        const step = k < 3 ? j : 0; // 0 hired, 1 not hired, 2 no-show, 3 declined, 4 meeting to come
        const meetingAt = step === 4 ? brusselsInstant(brusselsDay(new Date(demo.today.getTime() + 5 * DAY)), '10:00') : brusselsInstant(brusselsDay(new Date(proposedAt.getTime() + 18 * DAY)), pick(['09:30', '10:00', '14:00']));
        const met = k < 3 && step !== 3;
        await ctx.db.insert(matchingMatches).values({
          offerId: offer.id,
          profileId: c.profileId,
          score: c.score,
          proposedBy: officer,
          proposedAt,
          status: k >= 3 ? (j === 0 ? 'meet_requested' : 'proposed') : step === 3 ? 'declined' : step === 4 ? 'meeting_planned' : 'closed',
          meetRequestedAt: k < 3 || j === 0 ? new Date(proposedAt.getTime() + 3 * DAY) : null,
          introductionConsentAt: met ? new Date(proposedAt.getTime() + 5 * DAY) : null,
          declinedAt: step === 3 && k < 3 ? new Date(proposedAt.getTime() + 5 * DAY) : null,
          revealedAt: met ? new Date(proposedAt.getTime() + 6 * DAY) : null,
          meetingAt: met ? meetingAt : null,
          meetingPlace: met ? `${employer.name}, Bruxelles` : null,
          meetingAttendees: met ? `${pick(CONTACTS)} (RH), Pauline Nsimba (chargée de projet)` : null,
          outcome: met && step < 3 ? (['hired', 'not_hired', 'no_show'] as const)[step] : null,
          notHiredReason: met && step === 1 ? pick(NOT_HIRED_REASONS) : null,
          outcomeAt: met && step < 3 ? new Date(meetingAt.getTime() + 2 * DAY) : null,
        });
      }
    }
    // An older round, with its follow-up at three months: candidates hired last spring.
    const older = profiles.filter((p) => !p.consentWithdrawnAt).slice(90, 102);
    const pastOffers = (await ctx.services.offers.offers.list({ status: 'expired', limit: 12, offset: 0 } as never)).items;
    for (const [j, p] of older.entries()) {
      const o = pastOffers[j % Math.max(1, pastOffers.length)];
      if (!o) break;
      const proposedAt = daysAgo(200 + j * 3);
      const meetingAt = new Date(proposedAt.getTime() + 15 * DAY);
      const outcomeAt = new Date(meetingAt.getTime() + 3 * DAY);
      const hired = j % 3 !== 2;
      await ctx.db
        .insert(matchingMatches)
        .values({
          offerId: o.id,
          profileId: p.id,
          score: 60 + Math.floor(random() * 35),
          proposedBy: officer,
          proposedAt,
          status: 'closed',
          meetRequestedAt: new Date(proposedAt.getTime() + 2 * DAY),
          introductionConsentAt: new Date(proposedAt.getTime() + 4 * DAY),
          revealedAt: new Date(proposedAt.getTime() + 4 * DAY),
          meetingAt,
          meetingPlace: `${o.employer.name}, Bruxelles`,
          meetingAttendees: `${pick(CONTACTS)} (RH)`,
          outcome: hired ? 'hired' : 'not_hired',
          notHiredReason: hired ? null : pick(NOT_HIRED_REASONS),
          outcomeAt,
          followUp: hired ? pick(['in_job', 'in_job', 'in_job', 'other_job'] as const) : pick(FOLLOW_UPS),
          followUpAt: brusselsInstant(threeMonthsAfter(outcomeAt), '11:00'),
        })
        .onConflictDoNothing();
    }
  }

  // ---------- the workshop and the circles on 15/02, 22/03 and 05/05 ----------
  // This year's when their three-month follow-ups are done, else last year's.
  const thisYear = Number(today.slice(0, 4));
  const year = `${thisYear}-08-10` < today ? thisYear : thisYear - 1;
  const sessions = [
    { kind: 'workshop' as const, on: `${year}-02-15`, endsOn: `${year}-02-16`, fr: 'Atelier Solutions – février', nl: 'Workshop Oplossingen – februari', cases: 40, place: 'Maison de l’Emploi, Boulevard d’Anvers 26' },
    { kind: 'circle' as const, on: `${year}-03-22`, endsOn: null, fr: 'Cercle professionnel – mars', nl: 'Beroepskring – maart', cases: 12, place: 'Salle du Conseil, Maison de l’Emploi' },
    { kind: 'circle' as const, on: `${year}-05-05`, endsOn: null, fr: 'Cercle professionnel – mai', nl: 'Beroepskring – mei', cases: 10, place: 'Antenne Neder-over-Heembeek, Rue de Ransbeek 230' },
  ];
  // job seekers of the circles: people the profiles did not take
  const seekers = people.slice(150, 245);
  let s = 0;
  for (const session of sessions) {
    const startsAt = brusselsInstant(session.on, '09:30');
    const [circle] = await ctx.db
      .insert(matchingCircles)
      .values({ kind: session.kind, titleFr: session.fr, titleNl: session.nl, startsAt, endsOn: session.endsOn, place: session.place, partnerIds: some(partners, 5), heldAt: new Date(startsAt.getTime() + 6 * 3_600_000), createdBy: socialWorker, createdAt: new Date(startsAt.getTime() - 20 * DAY) })
      .returning();
    const who = seekers.slice(s, s + session.cases);
    s += session.cases;
    const days = session.endsOn ? [session.on, nextDay(session.on)] : [session.on];
    const attendance = who.flatMap((personId) => days.map((day, d) => ({ circleId: circle.id, personId, day, present: d === 0 || chance(0.85) })));
    await ctx.db.insert(matchingAttendance).values(attendance);
    for (const personId of who) {
      const [need, kind, solution] = pick(NEEDS);
      const [k] = await ctx.db
        .insert(matchingCases)
        .values({ personId, need, circleId: circle.id, referentId: socialWorker, createdAt: new Date(startsAt.getTime() - (3 + Math.floor(random() * 15)) * DAY) })
        .returning();
      const partner = pick(partners);
      await ctx.db.insert(matchingSolutions).values({ caseId: k.id, kind, description: solution, organisationId: partner, createdAt: startsAt });
      const at = brusselsInstant(brusselsDay(new Date(startsAt.getTime() + (5 + Math.floor(random() * 20)) * DAY)), pick(['09:00', '10:00', '11:00', '14:00']));
      const kept = chance(0.72);
      const [first, last] = [pick(FIRST_NAMES_F.concat(FIRST_NAMES_M)), pick(LAST_NAMES)];
      await ctx.db.insert(matchingAppointments).values({
        caseId: k.id,
        organisationId: partner,
        startsAt: at,
        place: PLACES.default,
        contactName: `${first} ${last}`,
        contactPhone: `02 ${200 + Math.floor(random() * 700)} ${String(Math.floor(random() * 100)).padStart(2, '0')} ${String(Math.floor(random() * 100)).padStart(2, '0')}`,
        tokenHash: hashToken(newToken()),
        expiresAt: new Date(at.getTime() + 31 * DAY),
        confirmedAt: chance(0.9) ? new Date(startsAt.getTime() + 2 * DAY) : null,
        outcome: kept ? 'kept' : pick(['missed', 'rescheduled'] as const),
        outcomeAt: new Date(at.getTime() + DAY),
        createdAt: startsAt,
      });
      const due = threeMonthsAfter(k.createdAt);
      if (due < today && chance(0.8))
        await ctx.db
          .update(matchingCases)
          .set({ followUp: kept ? pick(['in_job', 'training', 'training', 'other_job', 'looking'] as const) : pick(['looking', 'lost_contact'] as const), followUpAt: brusselsInstant(due, '10:00') })
          .where(eq(matchingCases.id, k.id));
    }
  }
  // Two needs recorded at intake, waiting for the next circle.
  for (const personId of people.slice(246, 248))
    await ctx.db.insert(matchingCases).values({ personId, need: pick(NEEDS)[0], circleId: null, referentId: socialWorker, createdAt: daysAgo(4) });
  await ctx.audit.record(demo.actor, { action: 'matching.demo_load', entityType: 'matching_profile', details: { profiles: profiles.length, circles: sessions.length } });
}
