import { z } from 'zod';
import { typed, type RelaisModule } from '../../platform/module';
import { idParam, queryId } from '../../platform/http/schemas';
import { invalidField } from '../../platform/http/errors';
import { download, noContent } from '../../platform/http/contract';
import { sendExport, type ExportColumn } from '../../platform/http/export';
import { addMessages, translate } from '../../platform/i18n/messages';
import { createSurveysService, type SurveysService } from './surveys.service';
import {
  answersBody,
  exportQuery,
  invitationAnswer,
  invitationBody,
  listQuery,
  publicFormSchema,
  questionBody,
  questionSchema,
  resultsSchema,
  ruleBody,
  ruleParams,
  ruleSchema,
  rulesAnswer,
  screeningAnswer,
  submittedAnswer,
  surveyBody,
  surveyListAnswer,
  surveyPatch,
  surveySchema,
  tokenParam,
} from './surveys.schemas';
import { surveysPermissions as can } from './surveys.permissions';
import { surveysMessages } from './surveys.messages';
import { inLocale } from './surveys.core';
import { registerSurveysReport } from './surveys.report';
import { registerSurveysGdpr } from './surveys.gdpr';
import { loadSurveysDemo } from './surveys.demo';
import { MATCH_MODES } from './surveys.table';

declare module '../../platform/module' {
  interface Services {
    surveys: SurveysService;
  }
}

addMessages(surveysMessages);

export const surveysModule: RelaisModule = {
  name: 'surveys',
  demo: loadSurveysDemo,
  async register(app, ctx) {
    const service = createSurveysService(ctx);
    ctx.services.surveys = service;
    registerSurveysReport(ctx, service);
    registerSurveysGdpr(ctx);
    ctx.registry.erasureHook((tx, personId) => service.erase(tx, personId));

    const r = typed(app);
    const tags = ['surveys'];
    const pub = ['surveys-public'];
    const questionParams = z.strictObject({ id: queryId, questionId: queryId });

    r.get('/api/surveys', { config: { access: can.read }, schema: { tags, summary: 'Lists the surveys and screening forms, newest first.', querystring: listQuery, response: { 200: surveyListAnswer } } }, async (request) => ({
      items: await service.list(request.query),
    }));
    r.post('/api/surveys', { config: { access: can.manage }, schema: { tags, summary: 'Creates a survey (or a screening form), with its questions.', body: surveyBody, response: { 201: surveySchema } } }, async (request, reply) => {
      // A training session's evaluation is made by the session's page (one per session), not here.
      if (service.core.ownedElsewhere({ subjectType: request.body.subjectType ?? null })) throw invalidField('body.subjectType', 'error.survey.made_elsewhere');
      return reply.code(201).send(await service.create(request.actor, request.body));
    });
    r.get('/api/surveys/:id', { config: { access: can.read }, schema: { tags, summary: 'One survey with its questions.', params: idParam, response: { 200: surveySchema } } }, async (request) => service.get(request.params.id));
    r.patch('/api/surveys/:id', { config: { access: can.manage }, schema: { tags, summary: "Changes a survey's texts, link or cap.", params: idParam, body: surveyPatch, response: { 200: surveySchema } } }, async (request) =>
      service.update(request.actor, request.params.id, request.body),
    );
    r.delete('/api/surveys/:id', { config: { access: can.manage }, schema: { tags, summary: 'Deletes a survey that has no answer yet.', params: idParam, response: { 204: noContent } } }, async (request, reply) => {
      await service.remove(request.actor, request.params.id);
      return reply.code(204).send();
    });
    r.post('/api/surveys/:id/questions', { config: { access: can.manage }, schema: { tags, summary: 'Adds a question to a survey without answers.', params: idParam, body: questionBody, response: { 201: questionSchema } } }, async (request, reply) =>
      reply.code(201).send(await service.addQuestion(request.actor, request.params.id, request.body)),
    );
    r.delete('/api/surveys/:id/questions/:questionId', { config: { access: can.manage }, schema: { tags, summary: 'Removes a question of a survey without answers.', params: questionParams, response: { 204: noContent } } }, async (request, reply) => {
      await service.deleteQuestion(request.actor, request.params.id, request.params.questionId);
      return reply.code(204).send();
    });
    r.post('/api/surveys/:id/open', { config: { access: can.manage }, schema: { tags, summary: 'Opens the survey for answers, with a new public link.', params: idParam, response: { 200: surveySchema } } }, async (request) =>
      service.open(request.actor, request.params.id),
    );
    r.post('/api/surveys/:id/close', { config: { access: can.manage }, schema: { tags, summary: 'Closes the survey: its links take no more answers.', params: idParam, response: { 200: surveySchema } } }, async (request) =>
      service.close(request.actor, request.params.id),
    );
    r.post('/api/surveys/:id/invitations', { config: { access: can.manage }, schema: { tags, summary: 'Makes a personal answering link (answerable once); the token is shown only now.', params: idParam, body: invitationBody, response: { 201: invitationAnswer } } }, async (request, reply) =>
      reply.code(201).send(await service.invite(request.actor, request.params.id, request.body)),
    );
    r.get('/api/surveys/:id/results', { config: { access: can.read }, schema: { tags, summary: 'The results: counts per option and scale value, means, text answers.', params: idParam, response: { 200: resultsSchema } } }, async (request) =>
      service.results(request.params.id),
    );
    r.get(
      '/api/surveys/:id/results/export',
      { config: { access: can.read }, schema: { tags, summary: 'The results and the anonymous answers as a spreadsheet (xlsx), or as csv: a zip of one csv per table.', params: idParam, querystring: exportQuery, response: { 200: download('xlsx', 'zip') } } },
      async (request, reply) => {
        const L = request.locale;
        const [s, res, rows] = await Promise.all([service.get(request.params.id), service.results(request.params.id), service.responseRows(request.params.id)]);
        const T = (k: string) => translate(L, `surveys.export.${k}`);
        const tx = (x: { textFr: string; textNl: string; textEn: string | null }) => inLocale(x.textFr, x.textNl, x.textEn, L);
        // A scale value is a number (its own column), an option a text.
        type Line = { question: string; answer: string | null; scale: number | null; count: number | null; share: number | null; average: number | null };
        const lines: Line[] = res.questions.flatMap((q) => [
          { question: tx(q), answer: null, scale: null, count: q.answered, share: null, average: q.average },
          ...q.counts.map((c) => ({
            question: tx(q),
            answer: q.kind === 'scale' ? null : inLocale(c.labelFr, c.labelNl, c.labelEn, L),
            scale: q.kind === 'scale' ? Number(c.key) : null,
            count: c.count,
            share: q.answered ? c.count / q.answered : null,
            average: null,
          })),
        ]);
        const summary: ExportColumn<Line>[] = [
          { header: T('question'), value: (l) => l.question, width: 50 },
          { header: T('answer'), value: (l) => l.answer, width: 30 },
          { header: T('scale_value'), value: (l) => l.scale, kind: 'count' },
          { header: T('count'), value: (l) => l.count, kind: 'count' },
          { header: T('share'), value: (l) => l.share, kind: 'percent' },
          { header: T('average'), value: (l) => l.average, kind: 'decimal' },
        ];
        type Row = (typeof rows)[number];
        const answerColumns: ExportColumn<Row>[] = [
          { header: T('day'), value: (r) => r.day, kind: 'date' },
          ...s.questions.map((q) => ({
            header: tx(q),
            width: 30,
            ...(q.kind === 'scale' ? { kind: 'count' as const } : {}),
            value: (r: Row) => {
              const a = r.answers.get(q.id);
              if (!a) return null;
              if (q.kind === 'scale') return a.scale;
              if (q.kind === 'text') return a.text;
              return (a.choices ?? []).map((k) => { const o = q.options.find((x) => x.key === k); return o ? inLocale(o.labelFr, o.labelNl, o.labelEn, L) : k; }).join(', ');
            },
          })),
        ];
        return sendExport(reply, request.query.format, translate(L, 'surveys.export.file', { id: s.id }), [
          { name: T('sheet_summary'), columns: summary, rows: lines },
          { name: T('sheet_answers'), columns: answerColumns, rows },
        ] as never);
      },
    );

    // ---------- screening ----------
    r.get('/api/surveys/:id/rules', { config: { access: can.read }, schema: { tags, summary: "A screening form's orientation rules, in the order they are tried.", params: idParam, response: { 200: rulesAnswer } } }, async (request) =>
      service.screening.rules(request.params.id),
    );
    r.post('/api/surveys/:id/rules', { config: { access: can.manage }, schema: { tags, summary: 'Adds an orientation rule (checked against the questions).', params: idParam, body: ruleBody, response: { 201: ruleSchema } } }, async (request, reply) =>
      reply.code(201).send(await service.screening.createRule(request.actor, request.params.id, request.body)),
    );
    r.put('/api/surveys/:id/rules/:ruleId', { config: { access: can.manage }, schema: { tags, summary: 'Rewrites an orientation rule.', params: ruleParams, body: ruleBody, response: { 200: ruleSchema } } }, async (request) =>
      service.screening.updateRule(request.actor, request.params.id, request.params.ruleId, request.body),
    );
    r.delete('/api/surveys/:id/rules/:ruleId', { config: { access: can.manage }, schema: { tags, summary: 'Removes an orientation rule.', params: ruleParams, response: { 204: noContent } } }, async (request, reply) => {
      await service.screening.deleteRule(request.actor, request.params.id, request.params.ruleId);
      return reply.code(204).send();
    });
    r.put('/api/surveys/:id/match-mode', { config: { access: can.manage }, schema: { tags, summary: 'Orients by the first matching rule, or by all matching rules.', params: idParam, body: z.strictObject({ matchMode: z.enum(MATCH_MODES) }), response: { 204: noContent } } }, async (request, reply) => {
      await service.screening.setMatchMode(request.actor, request.params.id, request.body.matchMode);
      return reply.code(204).send();
    });
    r.post('/api/surveys/:id/screen', { config: { access: can.screen }, schema: { tags, summary: "Screens a candidate at the desk: stores the answers anonymously and tells where to go.", params: idParam, body: answersBody, response: { 200: screeningAnswer } } }, async (request) =>
      service.screening.screen(request.actor, request.params.id, request.body),
    );
    r.get('/api/screening-forms', { config: { access: can.screen }, schema: { tags, summary: 'The screening forms, for the entrance desks.', response: { 200: surveyListAnswer } } }, async () => ({
      items: await service.list({ purpose: 'screening' }),
    }));
    r.get('/api/surveys/:id/form', { config: { access: can.screen }, schema: { tags, summary: 'The questions of a screening form, for the desk.', params: idParam, response: { 200: surveySchema } } }, async (request) =>
      service.get(request.params.id),
    );

    // ---------- public answering ----------
    r.get('/api/public/surveys/:token', { config: { access: 'public' }, schema: { tags: pub, summary: 'The form behind an answering link (404 unknown, 410 closed, 409 already answered).', params: tokenParam, response: { 200: publicFormSchema } } }, async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return service.publicForm(request.params.token);
    });
    r.post('/api/public/surveys/:token', { config: { access: 'public' }, schema: { tags: pub, summary: 'Sends the answers of a link; they are stored unlinked from whoever sent them.', params: tokenParam, body: answersBody, response: { 201: submittedAnswer } } }, async (request, reply) =>
      reply.code(201).header('cache-control', 'no-store').send(await service.submitByLink(request.ip, request.params.token, request.body)),
    );
  },
};
