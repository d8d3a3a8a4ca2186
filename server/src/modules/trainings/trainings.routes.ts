import QRCode from 'qrcode';
import { typed, type RelaisModule } from '../../platform/module';
import { systemActor } from '../../platform/audit/audit.service';
import { idParam } from '../../platform/http/schemas';
import { addMessages, translate } from '../../platform/i18n/messages';
import { sendTables } from '../../platform/tabular-export';
import { periodExportQuery, periodFileLabel, periodQuery, resolvePeriod } from '../../platform/stats';
import { download } from '../../platform/http/contract';
import { trainingsPermissions as can } from './trainings.permissions';
import { trainingsMessages } from './trainings.messages';
import { createTrainingsService, type TrainingsService } from './trainings.service';
import {
  acceptRequestAnswer,
  acceptRequestBody,
  attendanceAnswer,
  attendanceBody,
  declineRequestAnswer,
  certificateSchema,
  evaluationBody,
  evaluationCloseAnswer,
  evaluationCreated,
  evaluationOpenAnswer,
  evaluationResults,
  outcomeBody,
  outcomesAnswer,
  participantBody,
  participantSchema,
  programmeBody,
  programmeDetail,
  programmePatch,
  programmesAnswer,
  programmesQuery,
  publicFormSchema,
  publicThanks,
  questionBody,
  questionParams,
  questionPatch,
  questionSchema,
  sessionBody,
  sessionDetail,
  sessionPatch,
  sessionStatusBody,
  statsAnswer,
  tokenParam,
  trainingRequestsAnswer,
  withdrawAnswer,
  withdrawBody,
  yearQuery,
} from './trainings.schemas';
import { loadTrainingsDemo } from './trainings.demo';
import { registerTrainingsReport } from './trainings.report';
import { registerTrainingsGdpr } from './trainings.gdpr';
import { createTrainingsImport } from './trainings.import';

declare module '../../platform/module' {
  interface Services {
    trainings: TrainingsService;
  }
}


addMessages(trainingsMessages);

export const trainingsModule: RelaisModule = {
  name: 'trainings',
  demo: loadTrainingsDemo,
  async register(app, ctx) {
    const service = createTrainingsService(ctx);
    ctx.services.trainings = service;
    // Participations of past years from a file or another tool (issue 16), through the imports module's common flow.
    ctx.registry.imports.add(createTrainingsImport(ctx));
    // The evaluations are surveys of the one engine; their satisfaction is the trainings section's figure, not the surveys'.
    ctx.services.surveys.reportsOwnSatisfaction('training_session');
    // The session's page opens and closes its evaluation (the link, the QR code): the surveys pages do not.
    ctx.services.surveys.opensOwnSurveys('training_session');
    registerTrainingsReport(ctx, service);
    ctx.registry.timelineSource((personId) => service.timeline(personId));
    ctx.registry.erasureHook(async (tx, personId) => {
      await service.erase(tx, personId);
      await service.eraseRequests(tx, personId);
    });
    ctx.registry.mergeHook(async (tx, merge) => {
      await service.mergeRequests(tx, merge.keepId, merge.removeId);
      return service.mergePeople(tx, merge);
    });
    // The website's requests for a place are not kept past their session (docs/site.md).
    ctx.jobs.register({ name: 'trainings.purge_requests', schedule: { dailyAtHour: 3 }, run: async (now) => void (await service.purgeRequests(now)) });
    registerTrainingsGdpr(ctx);
    ctx.reach.register({ key: 'trainings', labelKey: 'reach.training', unit: 'participations', peopleAccess: can.stats, lines: (year, memo) => service.reachLines(year, memo) });

    const r = typed(app);
    const tags = ['trainings'];
    const manage = { access: can.manage };

    // Programmes
    r.get(
      '/api/trainings/programmes',
      { config: manage, schema: { tags, summary: 'Lists the programmes (active ones, or all with all=true), with their sessions and participants counted.', querystring: programmesQuery, response: { 200: programmesAnswer } } },
      async (request) => ({ items: await service.listProgrammes(request.query.all === 'true') }),
    );
    r.post(
      '/api/trainings/programmes',
      { config: manage, schema: { tags, summary: 'Creates a programme with its partners, trainers and evaluation questions.', body: programmeBody, response: { 201: programmeDetail } } },
      async (request, reply) => reply.code(201).send(await service.createProgramme(request.actor, request.body)),
    );
    r.get(
      '/api/trainings/programmes/:id',
      { config: manage, schema: { tags, summary: 'A programme with its partners, trainers, questions and sessions.', params: idParam, response: { 200: programmeDetail } } },
      async (request) => service.getProgramme(request.params.id),
    );
    r.patch(
      '/api/trainings/programmes/:id',
      { config: manage, schema: { tags, summary: 'Changes a programme (its partners and trainers as whole lists).', params: idParam, body: programmePatch, response: { 200: programmeDetail } } },
      async (request) => service.updateProgramme(request.actor, request.params.id, request.body),
    );
    r.post(
      '/api/trainings/programmes/:id/questions',
      { config: manage, schema: { tags, summary: "Adds a question to the programme's evaluation.", params: idParam, body: questionBody, response: { 201: questionSchema } } },
      async (request, reply) => reply.code(201).send(await service.addQuestion(request.actor, request.params.id, request.body)),
    );
    r.patch(
      '/api/trainings/programmes/:id/questions/:questionId',
      { config: manage, schema: { tags, summary: 'Rewords, reorders or retires an evaluation question.', params: questionParams, body: questionPatch, response: { 200: questionSchema } } },
      async (request) => service.updateQuestion(request.actor, request.params.id, request.params.questionId, request.body),
    );
    r.get(
      '/api/trainings/programmes/:id/outcomes',
      { config: { access: can.stats }, schema: { tags, summary: "What became of a programme's participants, per session (a year, or every year).", params: idParam, querystring: yearQuery, response: { 200: outcomesAnswer } } },
      async (request) => service.programmeOutcomes(request.params.id, request.query.year),
    );

    // Sessions
    r.post(
      '/api/trainings/programmes/:id/sessions',
      { config: manage, schema: { tags, summary: 'Plans a session of a programme over one or several days.', params: idParam, body: sessionBody, response: { 201: sessionDetail } } },
      async (request, reply) => reply.code(201).send(await service.createSession(request.actor, request.params.id, request.body)),
    );
    r.get(
      '/api/trainings/sessions/:id',
      { config: manage, schema: { tags, summary: 'A session with its days, participants (attendance per day) and waiting list.', params: idParam, response: { 200: sessionDetail } } },
      async (request) => service.getSession(request.params.id),
    );
    r.patch(
      '/api/trainings/sessions/:id',
      { config: manage, schema: { tags, summary: 'Changes a session: title, room, capacity, days (days kept keep their attendance).', params: idParam, body: sessionPatch, response: { 200: sessionDetail } } },
      async (request) => service.updateSession(request.actor, request.params.id, request.body),
    );
    r.post(
      '/api/trainings/sessions/:id/status',
      { config: manage, schema: { tags, summary: 'Marks a session running, done or cancelled (with a reason).', params: idParam, body: sessionStatusBody, response: { 200: sessionDetail } } },
      async (request) => service.setSessionStatus(request.actor, request.params.id, request.body),
    );

    // Participants, attendance, outcomes, certificate
    r.post(
      '/api/trainings/sessions/:id/participants',
      { config: manage, schema: { tags, summary: 'Enrols a person or a professional (on the waiting list when the session is full).', params: idParam, body: participantBody, response: { 201: participantSchema } } },
      async (request, reply) => reply.code(201).send(await service.enrol(request.actor, request.params.id, request.body)),
    );
    r.post(
      '/api/trainings/participants/:id/withdraw',
      { config: manage, schema: { tags, summary: 'Withdraws a participant; the freed place goes to the waiting list.', params: idParam, body: withdrawBody, response: { 200: withdrawAnswer } } },
      async (request) => service.withdraw(request.actor, request.params.id, request.body.reason),
    );
    r.put(
      '/api/trainings/sessions/:id/attendance',
      { config: manage, schema: { tags, summary: 'Records who was present on a day of the session.', params: idParam, body: attendanceBody, response: { 200: attendanceAnswer } } },
      async (request) => service.recordAttendance(request.actor, request.params.id, request.body),
    );
    r.put(
      '/api/trainings/participants/:id/outcome',
      { config: manage, schema: { tags, summary: 'Records what became of a participant (a job, a training, still looking).', params: idParam, body: outcomeBody, response: { 200: participantSchema } } },
      async (request) => service.setOutcome(request.actor, request.params.id, request.body),
    );
    r.get(
      '/api/trainings/participants/:id/certificate',
      { config: manage, schema: { tags, summary: "What a participant's attendance certificate shows (an audited read of the person).", params: idParam, response: { 200: certificateSchema } } },
      async (request) => service.certificate(request.actor, request.params.id, request.locale),
    );

    // Requests for a place sent from the website (trainings.requests.ts)
    r.get(
      '/api/trainings/sessions/:id/requests',
      { config: manage, schema: { tags, summary: "The requests for a place sent from the website for a session, the pending ones first (their contact details until decided).", params: idParam, response: { 200: trainingRequestsAnswer } } },
      async (request) => service.listRequests(request.params.id),
    );
    r.post(
      '/api/trainings/requests/:id/accept',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Accepts a request: the person given, or a new person of the registry (409 error.possible_duplicate with the candidates unless confirmNotDuplicate), enrolled or on the waiting list when full.',
          params: idParam,
          body: acceptRequestBody,
          response: { 200: acceptRequestAnswer },
        },
      },
      async (request) => service.acceptRequest(request.actor, request.params.id, request.body),
    );
    r.post(
      '/api/trainings/requests/:id/decline',
      { config: manage, schema: { tags, summary: 'Declines a request: the visitor is told (outbox), its contact details are cleared.', params: idParam, response: { 200: declineRequestAnswer } } },
      async (request) => service.declineRequest(request.actor, request.params.id),
    );

    // Evaluation: opened and closed by staff, filled in on a phone through a public link (QR code) or typed in by staff
    const evaluationUrl = (request: { protocol: string; host: string }, token: string) =>
      `${(ctx.config.PUBLIC_URL ?? `${request.protocol}://${request.host}`).replace(/\/$/, '')}/p/evaluation/${token}`;
    r.post(
      '/api/trainings/sessions/:id/evaluation/open',
      { config: manage, schema: { tags, summary: "Opens the session's evaluation and gives its public link.", params: idParam, response: { 200: evaluationOpenAnswer } } },
      async (request) => {
        const { token } = await service.openEvaluation(request.actor, request.params.id);
        return { open: true as const, token, url: evaluationUrl(request, token) };
      },
    );
    r.post(
      '/api/trainings/sessions/:id/evaluation/close',
      { config: manage, schema: { tags, summary: "Closes the session's evaluation: its public link answers no more.", params: idParam, response: { 200: evaluationCloseAnswer } } },
      async (request) => service.closeEvaluation(request.actor, request.params.id),
    );
    r.get(
      '/api/trainings/sessions/:id/evaluation/qr.svg',
      { config: manage, schema: { tags, summary: "The QR code of the open evaluation's public link.", params: idParam, response: { 200: download('svg') } } },
      async (request, reply) => {
        const token = await service.evaluationToken(request.params.id);
        const svg = await QRCode.toString(evaluationUrl(request, token), { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
        return reply.header('cache-control', 'no-store').type('image/svg+xml; charset=utf-8').send(svg);
      },
    );
    r.post(
      '/api/trainings/sessions/:id/evaluations',
      { config: manage, schema: { tags, summary: 'Types in a paper evaluation form.', params: idParam, body: evaluationBody, response: { 201: evaluationCreated } } },
      async (request, reply) => reply.code(201).send(await service.submitEvaluation(request.actor, { sessionId: request.params.id }, request.body)),
    );
    r.get(
      '/api/trainings/sessions/:id/evaluations',
      { config: manage, schema: { tags, summary: "The session's evaluation: average and distribution per question, comments.", params: idParam, response: { 200: evaluationResults } } },
      async (request) => service.evaluationResults(request.params.id),
    );
    r.get(
      '/api/public/evaluations/:token',
      { config: { access: 'public' }, schema: { tags, summary: 'The evaluation form behind a public link (404 unknown link, 410 closed).', params: tokenParam, response: { 200: publicFormSchema } } },
      async (request) => service.publicForm(request.params.token),
    );
    r.post(
      '/api/public/evaluations/:token',
      { config: { access: 'public' }, schema: { tags, summary: 'A participant sends the evaluation form, without an account.', params: tokenParam, body: evaluationBody, response: { 201: publicThanks } } },
      async (request, reply) => {
        await service.submitEvaluation({ ...systemActor('public evaluation form'), ip: request.ip }, { token: request.params.token }, request.body);
        return reply.code(201).send({ thanks: true as const });
      },
    );

    // Statistics
    r.get(
      '/api/trainings/stats',
      { config: { access: can.stats }, schema: { tags, summary: 'A year (the current year unless asked) or a period of trainings, each figure beside the same period a year before.', querystring: periodQuery, response: { 200: statsAnswer } } },
      async (request) => service.stats(resolvePeriod(request.query, ctx.clock)),
    );
    r.get(
      '/api/trainings/stats/export',
      {
        config: { access: can.stats },
        schema: { tags, summary: "A period's training statistics as a spreadsheet (xlsx), or as csv: a zip of one csv per table.", querystring: periodExportQuery, response: { 200: download('xlsx', 'zip') } },
      },
      async (request, reply) => {
        const p = resolvePeriod(request.query, ctx.clock);
        const tables = await service.exportTables(p, request.locale);
        return sendTables(reply, request.query.format, translate(request.locale, 'trainings.export.file', { year: periodFileLabel(p) }), tables);
      },
    );
  },
};
