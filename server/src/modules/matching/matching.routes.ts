import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { typed, type RelaisModule } from '../../platform/module';
import { idParam } from '../../platform/http/schemas';
import { download, noContent } from '../../platform/http/contract';
import { sendExport, type ExportColumn } from '../../platform/http/export';
import { registerConstraintMessage } from '../../platform/db/constraints';
import { addMessages, translate } from '../../platform/i18n/messages';
import { createMatchingService, type MatchingService } from './matching.service';
import {
  appointmentBody,
  appointmentOutcomeBody,
  appointmentCreated,
  attendanceBody,
  candidatesAnswer,
  caseBody,
  casePatch,
  caseSchema,
  casesAnswer,
  casesQuery,
  circleBody,
  circlePatch,
  circleSchema,
  circlesAnswer,
  employerCandidateSchema,
  employerSpaceAnswer,
  followUpBody,
  introductionBody,
  linkAnswer,
  linkBody,
  matchBody,
  matchesAnswer,
  matchesQuery,
  matchSchema,
  meetingBody,
  offerParam,
  offersForAnswer,
  outcomeBody,
  partnerAnswerBody,
  partnerSpaceAnswer,
  profileBody,
  profilePatch,
  profileSchema,
  profilesAnswer,
  profilesQuery,
  rankQuery,
  requirementBody,
  requirementSchema,
  revealAnswer,
  skillBody,
  skillPatch,
  skillSchema,
  skillsAnswer,
  skillsQuery,
  solutionBody,
  statsAnswer,
  statsExportQuery,
  statsQuery,
  tokenMatchParams,
  tokenParam,
} from './matching.schemas';
import { matchingPermissions as can } from './matching.permissions';
import { matchingMessages } from './matching.messages';
import { registerMatchingGdpr } from './matching.gdpr';
import { registerMatchingReport } from './matching.report';
import { matchingCases, matchingProfiles } from './matching.table';
import { loadMatchingDemo } from './matching.demo';

declare module '../../platform/module' {
  interface Services {
    matching: MatchingService;
  }
}

addMessages(matchingMessages);
registerConstraintMessage('matching_profiles_person_unique', 'error.matching.profile_exists');
registerConstraintMessage('matching_matches_offer_profile_unique', 'error.matching.match_exists');
registerConstraintMessage('matching_skills_label_unique', 'error.matching.skill_exists');
registerConstraintMessage('matching_skills_esco_uri', 'error.matching.esco_invalid');

export const matchingModule: RelaisModule = {
  name: 'matching',
  demo: loadMatchingDemo,
  async register(app, ctx) {
    const service = createMatchingService(ctx);
    ctx.services.matching = service;
    registerMatchingGdpr(ctx);
    registerMatchingReport(ctx, service);
    // A person's record shows their candidate profile, their cases and the workshops they came to, each with a link.
    ctx.registry.timelineSource(async (personId) => {
      const [profile, circles] = await Promise.all([service.profiles.ofPerson(personId), service.circles.timeline(personId)]);
      const entries = [
        ...(profile ? [{ at: profile.createdAt.toISOString(), kind: 'timeline.profile', summary: profile.pseudonym, link: `/matching/people/${personId}`, data: { profileId: profile.id, withdrawn: !!profile.consentWithdrawnAt } }] : []),
        ...circles,
      ];
      return entries.map((e) => ({ ...e, module: 'matching', access: can.read }));
    });
    ctx.reach.register({ key: 'matching', labelKey: 'reach.matching_candidates', unit: 'distinct_people', peopleAccess: can.read, lines: (year) => service.stats.reachLines(year) });
    // Erasure: what identifies the person goes (the profile's content, the needs written about them); counts stay.
    ctx.registry.erasureHook(async (tx, personId) => {
      await tx
        .update(matchingProfiles)
        .set({ skillIds: [], experience: {}, languages: [], days: [], dayparts: [], availableFrom: null, maxKm: null, transports: [], fromPostalCode: null, wishedFamilies: [], wishes: null, equalityGroups: [], equalityConsentAt: null, consentWithdrawnAt: ctx.clock.now() })
        .where(eq(matchingProfiles.personId, personId));
      await tx.update(matchingCases).set({ need: '—' }).where(eq(matchingCases.personId, personId));
    });

    const r = typed(app);
    const tags = ['matching'];
    const pub = ['matching-public'];
    const ip = (request: FastifyRequest) => request.ip;

    // ---------- the skills catalogue ----------
    r.get('/api/matching/skills', { config: { access: can.read }, schema: { tags, summary: 'The skills catalogue (FR/NL/EN, ESCO concept where one exists), by job family.', querystring: skillsQuery, response: { 200: skillsAnswer } } }, async (request) =>
      service.profiles.skills(request.query),
    );
    r.post('/api/matching/skills', { config: { access: can.catalogue }, schema: { tags, summary: 'Adds a skill to the catalogue.', body: skillBody, response: { 201: skillSchema } } }, async (request, reply) =>
      reply.code(201).send(await service.profiles.createSkill(request.actor, request.body)),
    );
    r.patch('/api/matching/skills/:id', { config: { access: can.catalogue }, schema: { tags, summary: 'Changes a skill of the catalogue (or retires it: active false).', params: idParam, body: skillPatch, response: { 200: skillSchema } } }, async (request) =>
      service.profiles.updateSkill(request.actor, request.params.id, request.body),
    );

    // ---------- candidate profiles ----------
    r.get('/api/matching/profiles', { config: { access: can.read }, schema: { tags, summary: 'Candidate profiles, latest changed first (by programme).', querystring: profilesQuery, response: { 200: profilesAnswer } } }, async (request) =>
      service.profiles.list(request.query),
    );
    r.post('/api/matching/profiles', { config: { access: can.write }, schema: { tags, summary: "Builds a job seeker's candidate profile with them, with their consent.", body: profileBody, response: { 201: profileSchema } } }, async (request, reply) =>
      reply.code(201).send(await service.profiles.create(request.actor, request.body)),
    );
    r.get('/api/matching/profiles/:id', { config: { access: can.read }, schema: { tags, summary: 'One candidate profile (an audited read of a person’s data).', params: idParam, response: { 200: profileSchema } } }, async (request) =>
      service.profiles.get(request.actor, request.params.id),
    );
    r.patch('/api/matching/profiles/:id', { config: { access: can.write }, schema: { tags, summary: 'Changes a candidate profile.', params: idParam, body: profilePatch, response: { 200: profileSchema } } }, async (request) =>
      service.profiles.update(request.actor, request.params.id, request.body),
    );
    r.post('/api/matching/profiles/:id/withdraw', { config: { access: can.write }, schema: { tags, summary: 'The person withdraws consent: the content goes, open matches are withdrawn.', params: idParam, response: { 200: profileSchema } } }, async (request) =>
      service.profiles.withdraw(request.actor, request.params.id),
    );
    r.post('/api/matching/profiles/:id/consent', { config: { access: can.write }, schema: { tags, summary: 'The person gives consent again after a withdrawal.', params: idParam, response: { 200: profileSchema } } }, async (request) =>
      service.profiles.consent(request.actor, request.params.id),
    );
    r.get('/api/matching/profiles/:id/offers', { config: { access: can.read }, schema: { tags, summary: 'The open offers for a candidate, best first, with the explained score.', params: idParam, querystring: rankQuery.omit({ programme: true }), response: { 200: offersForAnswer } } }, async (request) =>
      service.matches.offersFor(request.params.id, request.query, request.locale),
    );

    // ---------- offers: requirements, ranking, the employer's link ----------
    r.get('/api/matching/offers/:offerId/requirements', { config: { access: can.read }, schema: { tags, summary: 'What an offer asks, for the matching.', params: offerParam, response: { 200: requirementSchema } } }, async (request) => {
      await service.core.offer(request.params.offerId);
      return service.matches.requirementOut(request.params.offerId);
    });
    r.put('/api/matching/offers/:offerId/requirements', { config: { access: can.write }, schema: { tags, summary: 'Sets what an offer asks: essential and nice-to-have skills, languages, availability, place.', params: offerParam, body: requirementBody, response: { 200: requirementSchema } } }, async (request) =>
      service.matches.setRequirement(request.actor, request.params.offerId, request.body),
    );
    r.get('/api/matching/offers/:offerId/candidates', { config: { access: can.read }, schema: { tags, summary: "An offer's candidates, best first, each requirement met, partly met or not met (a programme filters).", params: offerParam, querystring: rankQuery, response: { 200: candidatesAnswer } } }, async (request) =>
      service.matches.candidates(request.params.offerId, request.query, request.locale),
    );
    r.post('/api/matching/offers/:offerId/link', { config: { access: can.write }, schema: { tags, summary: "A new private link for the offer's employer (the previous one stops working).", params: offerParam, body: linkBody, response: { 201: linkAnswer } } }, async (request, reply) =>
      reply.code(201).send(await service.matches.createLink(request.actor, request.params.offerId, request.body.validUntil)),
    );
    r.delete('/api/matching/offers/:offerId/link', { config: { access: can.write }, schema: { tags, summary: "Revokes the employer's private link of an offer.", params: offerParam, response: { 204: noContent } } }, async (request, reply) => {
      await service.matches.revokeLink(request.actor, request.params.offerId);
      return reply.code(204).send();
    });

    // ---------- matches ----------
    r.get('/api/matching/matches', { config: { access: can.read }, schema: { tags, summary: 'Proposed matches, by offer, candidate or stage.', querystring: matchesQuery, response: { 200: matchesAnswer } } }, async (request) => service.matches.list(request.query));
    r.post('/api/matching/matches', { config: { access: can.write }, schema: { tags, summary: 'Staff propose a candidate for an offer (the score only proposes).', body: matchBody, response: { 201: matchSchema } } }, async (request, reply) =>
      reply.code(201).send(await service.matches.propose(request.actor, request.body)),
    );
    r.post('/api/matching/matches/:id/introduction', { config: { access: can.write }, schema: { tags, summary: 'Records whether the person agrees to be introduced to the employer.', params: idParam, body: introductionBody, response: { 200: matchSchema } } }, async (request) =>
      service.matches.introduction(request.actor, request.params.id, request.body.agreed),
    );
    r.post('/api/matching/matches/:id/meeting', { config: { access: can.write }, schema: { tags, summary: 'Plans the meeting (date, place, who attends) and tells the job seeker through the outbox.', params: idParam, body: meetingBody, response: { 200: matchSchema } } }, async (request) =>
      service.matches.planMeeting(request.actor, request.params.id, request.body),
    );
    r.post('/api/matching/matches/:id/outcome', { config: { access: can.write }, schema: { tags, summary: 'Records what came of a meeting that took place: hired, not hired (with a reason), no-show.', params: idParam, body: outcomeBody, response: { 200: matchSchema } } }, async (request) =>
      service.matches.outcome(request.actor, request.params.id, request.body),
    );
    r.post('/api/matching/matches/:id/follow-up', { config: { access: can.write }, schema: { tags, summary: 'Records the follow-up three months after the outcome.', params: idParam, body: followUpBody, response: { 200: matchSchema } } }, async (request) =>
      service.matches.followUp(request.actor, request.params.id, request.body.followUp),
    );

    // ---------- circles, cases, partner appointments ----------
    r.get('/api/matching/circles', { config: { access: can.read }, schema: { tags, summary: 'Circles, workshops and "job sur mesure" sessions, latest first.', response: { 200: circlesAnswer } } }, async () => service.circles.list());
    r.post('/api/matching/circles', { config: { access: can.write }, schema: { tags, summary: 'Plans a circle with its date, place and invited partner organisations.', body: circleBody, response: { 201: circleSchema } } }, async (request, reply) =>
      reply.code(201).send(await service.circles.create(request.actor, request.body)),
    );
    r.get('/api/matching/circles/:id', { config: { access: can.read }, schema: { tags, summary: 'One circle with its cases, solutions, appointments and attendance.', params: idParam, response: { 200: circleSchema } } }, async (request) => service.circles.get(request.params.id));
    r.patch('/api/matching/circles/:id', { config: { access: can.write }, schema: { tags, summary: 'Changes a circle: kind, titles, day and time, last day of a workshop over several days, place, partners.', params: idParam, body: circlePatch, response: { 200: circleSchema } } }, async (request) =>
      service.circles.update(request.actor, request.params.id, request.body),
    );
    r.post('/api/matching/circles/:id/held', { config: { access: can.write }, schema: { tags, summary: 'Records that the circle took place.', params: idParam, response: { 200: circleSchema } } }, async (request) => service.circles.held(request.actor, request.params.id));
    r.post('/api/matching/circles/:id/attendance', { config: { access: can.write }, schema: { tags, summary: "Records a person's attendance at a workshop or circle, on one of its days.", params: idParam, body: attendanceBody, response: { 200: circleSchema } } }, async (request) =>
      service.circles.attendance(request.actor, request.params.id, request.body),
    );
    r.get('/api/matching/cases', { config: { access: can.read }, schema: { tags, summary: "Job seekers' needs, by circle or person, or not yet on an agenda.", querystring: casesQuery, response: { 200: casesAnswer } } }, async (request) => service.circles.cases(request.query));
    r.post('/api/matching/cases', { config: { access: can.write }, schema: { tags, summary: "A referent records a job seeker's need (intake), on a circle's agenda or not yet.", body: caseBody, response: { 201: caseSchema } } }, async (request, reply) =>
      reply.code(201).send(await service.circles.createCase(request.actor, request.body)),
    );
    r.get('/api/matching/cases/:id', { config: { access: can.read }, schema: { tags, summary: 'One case (an audited read).', params: idParam, response: { 200: caseSchema } } }, async (request) => service.circles.getCase(request.actor, request.params.id));
    r.patch('/api/matching/cases/:id', { config: { access: can.write }, schema: { tags, summary: "Changes a case's need or puts it on a circle's agenda.", params: idParam, body: casePatch, response: { 200: caseSchema } } }, async (request) =>
      service.circles.updateCase(request.actor, request.params.id, request.body),
    );
    r.post('/api/matching/cases/:id/solutions', { config: { access: can.write }, schema: { tags, summary: 'Adds a solution proposed during the circle (training, job, social help, language course...).', params: idParam, body: solutionBody, response: { 201: caseSchema } } }, async (request, reply) =>
      reply.code(201).send(await service.circles.addSolution(request.actor, request.params.id, request.body)),
    );
    r.post('/api/matching/cases/:id/appointments', { config: { access: can.write }, schema: { tags, summary: 'The appointment at a partner the case leaves with, and its private link for the partner.', params: idParam, body: appointmentBody, response: { 201: appointmentCreated } } }, async (request, reply) =>
      reply.code(201).send(await service.circles.addAppointment(request.actor, request.params.id, request.body)),
    );
    r.delete('/api/matching/appointments/:id/link', { config: { access: can.write }, schema: { tags, summary: "Revokes a partner appointment's private link.", params: idParam, response: { 204: noContent } } }, async (request, reply) => {
      await service.circles.revokeAppointmentLink(request.actor, request.params.id);
      return reply.code(204).send();
    });
    r.post('/api/matching/appointments/:id/outcome', { config: { access: can.write }, schema: { tags, summary: 'Staff record whether the person kept a partner appointment (when the partner did not say).', params: idParam, body: appointmentOutcomeBody, response: { 200: caseSchema } } }, async (request) =>
      service.circles.appointmentOutcome(request.actor, request.params.id, request.body.outcome),
    );
    r.post('/api/matching/cases/:id/follow-up', { config: { access: can.write }, schema: { tags, summary: 'Records what became of the case three months on.', params: idParam, body: followUpBody, response: { 200: caseSchema } } }, async (request) =>
      service.circles.caseFollowUp(request.actor, request.params.id, request.body.followUp),
    );

    // ---------- statistics ----------
    r.get('/api/matching/stats', { config: { access: can.stats }, schema: { tags, summary: 'Profiles, matchings, meetings, hires, 3-month outcomes, circles, cases, solutions and appointments kept.', querystring: statsQuery, response: { 200: statsAnswer } } }, async (request) =>
      service.stats.stats(request.query),
    );
    r.get('/api/matching/stats/export', { config: { access: can.stats }, schema: { tags, summary: 'The statistics as a spreadsheet (xlsx), or as csv: a zip of one csv per table.', querystring: statsExportQuery, response: { 200: download('xlsx', 'zip') } } }, async (request, reply) => {
      const { format, ...q } = request.query;
      const s = await service.stats.stats(q);
      const L = request.locale;
      const t = (k: string, p?: Record<string, unknown>) => translate(L, k, p);
      const figureKeys = [
        ['profiles', 'report.matching_profiles'],
        ['proposed', 'report.matching_proposed'],
        ['meetings', 'report.matching_meetings'],
        ['hires', 'report.matching_hires'],
        ['inJobAtThreeMonths', 'report.matching_in_job'],
        ['circles', 'report.matching_circles'],
        ['cases', 'report.matching_cases'],
        ['solutions', 'report.matching_solutions'],
        ['appointmentsKept', 'report.matching_kept'],
      ] as const;
      type F = { label: string; value: number | null; previous: number | null; change: number | null };
      const figures: F[] = figureKeys.map(([k, label]) => ({ label: t(label), value: s[k].value, previous: s[k].previous, change: s[k].change }));
      const figureCols: ExportColumn<F>[] = [
        { header: t('matching.export.figure'), value: (f) => f.label, kind: 'text', width: 40 },
        { header: t('matching.export.value'), value: (f) => f.value, kind: 'count' },
        { header: t('matching.export.previous'), value: (f) => f.previous, kind: 'count' },
        { header: t('matching.export.change'), value: (f) => f.change, kind: 'percent' },
      ];
      type P = (typeof s.byProgramme)[number];
      const programmeCols: ExportColumn<P>[] = [
        { header: t('matching.export.programme'), value: (p) => p.programme, kind: 'code', label: (c) => t(`matching.programme.${c}`) },
        { header: t('matching.export.profiles'), value: (p) => p.profiles, kind: 'count' },
        { header: t('matching.export.proposed'), value: (p) => p.proposed, kind: 'count' },
        { header: t('matching.export.meetings'), value: (p) => p.meetings, kind: 'count' },
        { header: t('matching.export.hired'), value: (p) => p.hired, kind: 'count' },
      ];
      type M = (typeof s.byMonth)[number];
      const monthCols: ExportColumn<M>[] = [
        { header: t('matching.export.month'), value: (m) => `${m.month}-01`, kind: 'date', format: 'mmmm yyyy' },
        { header: t('matching.export.proposed'), value: (m) => m.proposed, kind: 'count' },
        { header: t('matching.export.meetings'), value: (m) => m.meetings, kind: 'count' },
        { header: t('matching.export.hired'), value: (m) => m.hired, kind: 'count' },
        { header: t('matching.export.kept'), value: (m) => m.appointmentsKept, kind: 'count' },
      ];
      return sendExport(reply, format, t('matching.export.file_stats', { from: s.from, to: s.to }), [
        { name: t('matching.export.sheet_figures'), columns: figureCols, rows: figures },
        { name: t('matching.export.sheet_programmes'), columns: programmeCols, rows: s.byProgramme },
        { name: t('matching.export.sheet_months'), columns: monthCols, rows: s.byMonth },
      ] as never);
    });

    // ---------- public: the employer's private link (pseudonymous) ----------
    r.get('/api/public/matching/:token', { config: { access: 'public' }, schema: { tags: pub, summary: "What an employer sees through its link: the offer's pseudonymous candidates (410 once revoked or expired).", params: tokenParam, response: { 200: employerSpaceAnswer } } }, async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return service.matches.employerSpace(request.params.token, request.locale);
    });
    r.post('/api/public/matching/:token/candidates/:id/meet', { config: { access: 'public' }, schema: { tags: pub, summary: 'The employer asks to meet a candidate.', params: tokenMatchParams, response: { 200: employerCandidateSchema } } }, async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return service.matches.askToMeet(request.params.token, request.params.id, request.locale, ip(request));
    });
    r.post('/api/public/matching/:token/candidates/:id/reveal', { config: { access: 'public' }, schema: { tags: pub, summary: "The candidate's identity, once they agreed to be introduced (409 before; audited).", params: tokenMatchParams, response: { 200: revealAnswer } } }, async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return service.matches.reveal(request.params.token, request.params.id, ip(request));
    });

    // ---------- public: the partner's appointment link ----------
    r.get('/api/public/matching/appointments/:token', { config: { access: 'public' }, schema: { tags: pub, summary: 'What a partner sees of an appointment through its link.', params: tokenParam, response: { 200: partnerSpaceAnswer } } }, async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return service.circles.partnerSpace(request.params.token);
    });
    r.post('/api/public/matching/appointments/:token', { config: { access: 'public' }, schema: { tags: pub, summary: 'The partner confirms the appointment, and afterwards says whether it was kept.', params: tokenParam, body: partnerAnswerBody, response: { 200: partnerSpaceAnswer } } }, async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return service.circles.partnerAnswer(request.params.token, request.body, ip(request));
    });
  },
};

