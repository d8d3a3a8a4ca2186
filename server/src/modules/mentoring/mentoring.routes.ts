import { z } from 'zod';
import { typed, type RelaisModule } from '../../platform/module';
import { idParam } from '../../platform/http/schemas';
import { download } from '../../platform/http/contract';
import { sendExport } from '../../platform/http/export';
import { addMessages, translate } from '../../platform/i18n/messages';
import { createMentoringService, type MentoringService } from './mentoring.service';
import { mentoringPermissions as can } from './mentoring.permissions';
import { mentoringMessages } from './mentoring.messages';
import { exportQuery, mentorBody, mentorPatch, mentorSchema, mentorsAnswer, pairBody, pairDetail, pairPatch, pairSchema, pairsAnswer, pairsQuery, sessionBody, sessionSchema, statsAnswer, statsQuery } from './mentoring.schemas';
import { registerMentoringReport } from './mentoring.report';
import { registerMentoringGdpr } from './mentoring.gdpr';
import { loadMentoringDemo } from './mentoring.demo';

declare module '../../platform/module' {
  interface Services {
    mentoring: MentoringService;
  }
}

addMessages(mentoringMessages);

export const mentoringModule: RelaisModule = {
  name: 'mentoring',
  demo: loadMentoringDemo,
  async register(app, ctx) {
    const service = createMentoringService(ctx);
    ctx.services.mentoring = service;
    registerMentoringReport(ctx, service);
    registerMentoringGdpr(ctx);
    ctx.registry.timelineSource((personId) => service.timeline(personId));
    ctx.registry.erasureHook((tx, personId) => service.erase(tx, personId));
    ctx.reach.register({ key: 'digital_mentoring', labelKey: 'reach.digital_mentoring', unit: 'distinct_people', peopleAccess: can.read, lines: (year) => service.reachLines(year) });

    const r = typed(app);
    const tags = ['mentoring'];
    r.get(
      '/api/mentoring/mentors',
      { config: { access: can.read }, schema: { tags, summary: 'Lists the mentors (active ones, or all with all=true).', querystring: z.strictObject({ all: z.enum(['true', 'false']).optional() }), response: { 200: mentorsAnswer } } },
      async (request) => service.mentors(request.query.all === 'true'),
    );
    r.post(
      '/api/mentoring/mentors',
      { config: { access: can.write }, schema: { tags, summary: 'Adds a mentor: a person of the registry or a volunteer, with the date and the training where they were trained.', body: mentorBody, response: { 201: mentorSchema } } },
      async (request, reply) => reply.code(201).send(await service.createMentor(request.actor, request.body)),
    );
    r.patch(
      '/api/mentoring/mentors/:id',
      { config: { access: can.write }, schema: { tags, summary: 'Corrects a mentor or sets them inactive.', params: idParam, body: mentorPatch, response: { 200: mentorSchema } } },
      async (request) => service.updateMentor(request.actor, request.params.id, request.body),
    );
    r.get(
      '/api/mentoring/pairs',
      { config: { access: can.read }, schema: { tags, summary: 'Lists the pairs (open ones by default) with their sessions and the mentee’s first and latest diagnostic.', querystring: pairsQuery, response: { 200: pairsAnswer } } },
      async (request) => service.pairs(request.query),
    );
    r.post(
      '/api/mentoring/pairs',
      { config: { access: can.write }, schema: { tags, summary: 'Proposes or starts a pair of a mentor and a mentee (one open pair per mentee).', body: pairBody, response: { 201: pairSchema } } },
      async (request, reply) => reply.code(201).send(await service.createPair(request.actor, request.body)),
    );
    r.get(
      '/api/mentoring/pairs/:id',
      { config: { access: can.read }, schema: { tags, summary: 'One pair with every session and the mentee’s progress.', params: idParam, response: { 200: pairDetail } } },
      async (request) => service.pair(request.params.id),
    );
    r.patch(
      '/api/mentoring/pairs/:id',
      { config: { access: can.write }, schema: { tags, summary: 'Starts, ends or corrects a pair.', params: idParam, body: pairPatch, response: { 200: pairSchema } } },
      async (request) => service.updatePair(request.actor, request.params.id, request.body),
    );
    r.post(
      '/api/mentoring/pairs/:id/sessions',
      { config: { access: can.write }, schema: { tags, summary: 'Logs a session of a pair: date, duration, what was worked on.', params: idParam, body: sessionBody, response: { 201: sessionSchema } } },
      async (request, reply) => reply.code(201).send(await service.logSession(request.actor, request.params.id, request.body)),
    );
    r.get(
      '/api/mentoring/stats',
      { config: { access: can.read }, schema: { tags, summary: 'Mentoring over a period: mentors trained, pairs, sessions and hours, progress between diagnostics.', querystring: statsQuery, response: { 200: statsAnswer } } },
      async (request) => service.stats(request.query),
    );
    r.get(
      '/api/mentoring/stats/export',
      { config: { access: can.read }, schema: { tags, summary: 'The statistics as a spreadsheet (xlsx), or as csv: a zip of one csv per table.', querystring: exportQuery, response: { 200: download('xlsx', 'zip') } } },
      async (request, reply) => {
        const { format, ...q } = request.query;
        const s = await service.stats(q);
        const L = request.locale;
        const T = (k: string, p?: Record<string, unknown>) => translate(L, `mentoring.export.${k}`, p);
        const keys = ['mentorsTrained', 'activeMentors', 'pairsStarted', 'pairsActive', 'pairsEnded', 'sessions', 'mentees', 'menteesRetested', 'menteesImproved'] as const;
        type Fig = { label: string; value: number; kind: 'count' | 'hours' };
        const figures: Fig[] = [...keys.map((k) => ({ label: translate(L, `mentoring.fig.${k}`), value: s[k], kind: 'count' as const })), { label: translate(L, 'mentoring.fig.hours'), value: s.hours, kind: 'hours' as const }];
        type M = (typeof s.byMonth)[number];
        type A = (typeof s.byArea)[number];
        return sendExport(reply, format, T('file', { from: s.from, to: s.to }), [
          { name: T('sheet_summary'), columns: [{ header: T('figure'), value: (x: Fig) => x.label, width: 45 }, { header: T('value'), value: (x: Fig) => x.value, kind: 'decimal' }], rows: figures },
          {
            name: T('sheet_months'),
            columns: [
              { header: T('month'), value: (x: M) => `${x.month}-01`, kind: 'date', format: 'mmmm yyyy' },
              { header: T('sessions'), value: (x: M) => x.sessions, kind: 'count' },
              { header: T('hours'), value: (x: M) => x.hours, kind: 'decimal' },
            ],
            rows: s.byMonth,
          },
          { name: T('sheet_areas'), columns: [{ header: T('area'), value: (x: A) => translate(L, `diagnostic.area.${x.area}`), width: 40 }, { header: T('sessions'), value: (x: A) => x.sessions, kind: 'count' }], rows: s.byArea },
        ] as never);
      },
    );
  },
};
