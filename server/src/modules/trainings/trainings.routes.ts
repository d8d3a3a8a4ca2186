import QRCode from 'qrcode';
import { typed, type RelaisModule } from '../../platform/module';
import { systemActor } from '../../platform/audit/audit.service';
import { idParam } from '../../platform/http/schemas';
import { addMessages } from '../../platform/i18n/messages';
import { registerConstraintMessage } from '../../platform/db/constraints';
import { download } from '../../platform/http/contract';
import { trainingsPermissions as can } from './trainings.permissions';
import { createTrainingsService, type TrainingsService } from './trainings.service';
import {
  attendanceAnswer,
  attendanceBody,
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
  withdrawAnswer,
  withdrawBody,
  yearParam,
  yearQuery,
} from './trainings.schemas';
import { loadTrainingsDemo } from './trainings.demo';
import { registerTrainingsReport } from './trainings.report';
import { registerTrainingsGdpr } from './trainings.gdpr';

declare module '../../platform/module' {
  interface Services {
    trainings: TrainingsService;
  }
}


// What the database's rules mean to the user (platform/db/constraints.ts).
registerConstraintMessage('training_programmes_name_unique', 'error.name_taken');
registerConstraintMessage('training_participants_person_once', 'error.training_already_enrolled');
registerConstraintMessage('training_session_days_session_day_unique', 'error.training_day_twice');

addMessages({
  fr: {
    'what.training_programme': 'programme de formation',
    'what.training_session': 'session de formation',
    'what.training_participant': 'participant',
    'what.training_question': "question d'évaluation",
    'what.evaluation_link': "lien d'évaluation",
    'error.capacity_negative': 'La capacité ne peut pas être négative.',
    'error.score_range': 'La note doit être comprise entre 1 et 5.',
    'error.training_day_twice': 'Un même jour est donné deux fois.',
    'error.training_cancel_reason': "Indiquez la raison de l'annulation.",
    'error.training_participant_who': 'Indiquez une personne du registre, ou le nom d’un professionnel (pas les deux).',
    'error.training_question_twice': 'Une même question reçoit deux réponses.',
    'error.training_organisation_unknown': 'Organisation inconnue.',
    'error.training_trainer_unknown': 'Formateur inconnu.',
    'error.training_capacity_below_enrolled': 'La capacité ne peut pas descendre sous le nombre d’inscrits ({{enrolled}}).',
    'error.training_session_cancelled': 'Cette session est annulée.',
    'error.training_already_enrolled': 'Cette personne est déjà inscrite à cette session.',
    'error.training_already_withdrawn': 'Ce participant s’est déjà désisté.',
    'error.training_day_not_in_session': 'Le {{date}} n’est pas un jour de cette session.',
    'error.training_participant_twice': 'Un même participant est donné deux fois.',
    'error.training_participant_not_enrolled': 'Ce participant n’est pas inscrit à cette session.',
    'error.training_no_attendance': 'Ce participant n’a assisté à aucun jour de la session.',
    'error.training_question_unknown': 'Question inconnue pour cette formation.',
    'error.evaluation_closed': 'Cette évaluation est clôturée. Merci pour votre intérêt.',
    'error.evaluation_link_unknown': "Ce lien d'évaluation n'existe pas.",
    'error.training_day_not_started': 'Le {{date}} n’a pas encore commencé : les présences se prennent le jour même ou après.',
    'error.training_not_ended': 'La formation se termine le {{date}} : l’attestation peut être délivrée après cette date.',
    'error.training_evaluation_too_early': 'L’évaluation de fin de formation s’ouvre à partir du dernier jour ({{date}}).',
    'error.evaluation_link_replaced': "Ce lien d'évaluation a été remplacé par un nouveau. Demandez le nouveau lien (ou son QR code) à votre formateur ou formatrice.",
    'error.evaluation_full_one': 'Cette évaluation a déjà reçu le formulaire attendu ({{count}} participant présent). Merci !',
    'error.evaluation_full_other': 'Cette évaluation a déjà reçu tous les formulaires attendus ({{count}} participants présents). Merci !',
  },
  nl: {
    'what.training_programme': 'opleidingsprogramma',
    'what.training_session': 'opleidingssessie',
    'what.training_participant': 'deelnemer',
    'what.training_question': 'evaluatievraag',
    'what.evaluation_link': 'evaluatielink',
    'error.capacity_negative': 'De capaciteit kan niet negatief zijn.',
    'error.score_range': 'De score moet tussen 1 en 5 liggen.',
    'error.training_day_twice': 'Dezelfde dag is twee keer opgegeven.',
    'error.training_cancel_reason': 'Geef de reden van de annulering op.',
    'error.training_participant_who': 'Geef een persoon uit het register, of de naam van een professional (niet allebei).',
    'error.training_question_twice': 'Dezelfde vraag krijgt twee antwoorden.',
    'error.training_organisation_unknown': 'Onbekende organisatie.',
    'error.training_trainer_unknown': 'Onbekende opleider.',
    'error.training_capacity_below_enrolled': 'De capaciteit kan niet lager zijn dan het aantal ingeschrevenen ({{enrolled}}).',
    'error.training_session_cancelled': 'Deze sessie is geannuleerd.',
    'error.training_already_enrolled': 'Deze persoon is al ingeschreven voor deze sessie.',
    'error.training_already_withdrawn': 'Deze deelnemer heeft zich al teruggetrokken.',
    'error.training_day_not_in_session': '{{date}} is geen dag van deze sessie.',
    'error.training_participant_twice': 'Dezelfde deelnemer is twee keer opgegeven.',
    'error.training_participant_not_enrolled': 'Deze deelnemer is niet ingeschreven voor deze sessie.',
    'error.training_no_attendance': 'Deze deelnemer was op geen enkele dag van de sessie aanwezig.',
    'error.training_question_unknown': 'Onbekende vraag voor deze opleiding.',
    'error.evaluation_closed': 'Deze evaluatie is afgesloten. Bedankt voor uw interesse.',
    'error.evaluation_link_unknown': 'Deze evaluatielink bestaat niet.',
    'error.training_day_not_started': '{{date}} is nog niet begonnen: aanwezigheden worden op de dag zelf of later genoteerd.',
    'error.training_not_ended': 'De opleiding eindigt op {{date}}: het attest kan na die datum worden uitgereikt.',
    'error.training_evaluation_too_early': 'De evaluatie van het einde van de opleiding opent vanaf de laatste dag ({{date}}).',
    'error.evaluation_link_replaced': 'Deze evaluatielink is vervangen door een nieuwe. Vraag de nieuwe link (of de QR-code ervan) aan uw opleider.',
    'error.evaluation_full_one': 'Deze evaluatie heeft het verwachte formulier al ontvangen ({{count}} aanwezige deelnemer). Bedankt!',
    'error.evaluation_full_other': 'Deze evaluatie heeft alle verwachte formulieren al ontvangen ({{count}} aanwezige deelnemers). Bedankt!',
  },
  en: {
    'what.training_programme': 'training programme',
    'what.training_session': 'training session',
    'what.training_participant': 'participant',
    'what.training_question': 'evaluation question',
    'what.evaluation_link': 'evaluation link',
    'error.capacity_negative': 'The capacity cannot be negative.',
    'error.score_range': 'The score must be between 1 and 5.',
    'error.training_day_twice': 'The same day is given twice.',
    'error.training_cancel_reason': 'Give the reason for the cancellation.',
    'error.training_participant_who': 'Give a person of the registry, or the name of a professional (not both).',
    'error.training_question_twice': 'The same question is answered twice.',
    'error.training_organisation_unknown': 'Unknown organisation.',
    'error.training_trainer_unknown': 'Unknown trainer.',
    'error.training_capacity_below_enrolled': 'The capacity cannot go below the number enrolled ({{enrolled}}).',
    'error.training_session_cancelled': 'This session is cancelled.',
    'error.training_already_enrolled': 'This person is already enrolled in this session.',
    'error.training_already_withdrawn': 'This participant has already withdrawn.',
    'error.training_day_not_in_session': '{{date}} is not a day of this session.',
    'error.training_participant_twice': 'The same participant is given twice.',
    'error.training_participant_not_enrolled': 'This participant is not enrolled in this session.',
    'error.training_no_attendance': 'This participant attended no day of the session.',
    'error.training_question_unknown': 'Unknown question for this training.',
    'error.evaluation_closed': 'This evaluation is closed. Thank you for your interest.',
    'error.evaluation_link_unknown': 'This evaluation link does not exist.',
    'error.training_day_not_started': '{{date}} has not begun yet: attendance is taken on the day or after.',
    'error.training_not_ended': 'The training ends on {{date}}: the certificate can be issued after that date.',
    'error.training_evaluation_too_early': 'The end-of-training evaluation opens from the last day ({{date}}).',
    'error.evaluation_link_replaced': 'This evaluation link was replaced by a new one. Ask your trainer for the new link (or its QR code).',
    'error.evaluation_full_one': 'This evaluation has already received the expected form ({{count}} participant present). Thank you!',
    'error.evaluation_full_other': 'This evaluation has already received every expected form ({{count}} participants present). Thank you!',
  },
});

export const trainingsModule: RelaisModule = {
  name: 'trainings',
  demo: loadTrainingsDemo,
  async register(app, ctx) {
    const service = createTrainingsService(ctx);
    ctx.services.trainings = service;
    registerTrainingsReport(ctx, service);
    ctx.registry.timelineSource((personId) => service.timeline(personId));
    ctx.registry.erasureHook((tx, personId) => service.erase(tx, personId));
    ctx.registry.mergeHook((tx, merge) => service.mergePeople(tx, merge));
    registerTrainingsGdpr(ctx);
    ctx.reach.register({ key: 'trainings', labelKey: 'reach.training', unit: 'participations', peopleAccess: can.stats, lines: (year) => service.reachLines(year) });

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
      async (request) => service.certificate(request.actor, request.params.id),
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
      '/api/trainings/stats/:year',
      { config: { access: can.stats }, schema: { tags, summary: 'A year of trainings: programmes, sessions, participants, attendance, evaluations, outcomes.', params: yearParam, response: { 200: statsAnswer } } },
      async (request) => service.statsForYear(request.params.year),
    );
  },
};
