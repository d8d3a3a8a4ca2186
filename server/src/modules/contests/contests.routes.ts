import { typed, type RelaisModule } from '../../platform/module';
import { idParam } from '../../platform/http/schemas';
import { download, noContent } from '../../platform/http/contract';
import { sendExport, type ExportColumn } from '../../platform/http/export';
import { addMessages, translate } from '../../platform/i18n/messages';
import { createContestsService, type ContestsService } from './contests.service';
import {
  candidateBody,
  conflictBody,
  contestBody,
  contestList,
  contestPatch,
  contestSchema,
  criterionBody,
  exportQuery,
  itemParams,
  jurorBody,
  jurorLinkAnswer,
  jurorToken,
  jurySheet,
  rankingSchema,
  scoredAnswer,
  scoreParams,
  scoresBody,
} from './contests.schemas';
import { contestsPermissions as can } from './contests.permissions';
import { contestsMessages } from './contests.messages';
import { registerContestsReport } from './contests.report';
import { registerContestsGdpr } from './contests.gdpr';
import { loadContestsDemo } from './contests.demo';

declare module '../../platform/module' {
  interface Services {
    contests: ContestsService;
  }
}

addMessages(contestsMessages);

export const contestsModule: RelaisModule = {
  name: 'contests',
  demo: loadContestsDemo,
  async register(app, ctx) {
    const service = createContestsService(ctx);
    ctx.services.contests = service;
    registerContestsReport(ctx, service);
    registerContestsGdpr(ctx, service);
    ctx.registry.erasureHook((tx, personId) => service.erase(tx, personId));

    const r = typed(app);
    const tags = ['contests'];
    const pub = ['contests-public'];

    r.get('/api/contests', { config: { access: can.read }, schema: { tags, summary: 'Lists the contests, newest first.', response: { 200: contestList } } }, async () => ({ items: await service.list() }));
    r.post('/api/contests', { config: { access: can.manage }, schema: { tags, summary: 'Creates a contest (optionally part of an event).', body: contestBody, response: { 201: contestSchema } } }, async (request, reply) =>
      reply.code(201).send(await service.create(request.actor, request.body)),
    );
    r.get('/api/contests/:id', { config: { access: can.read }, schema: { tags, summary: 'One contest with its criteria, candidates, jurors and conflicts.', params: idParam, response: { 200: contestSchema } } }, async (request) =>
      service.get(request.params.id),
    );
    r.patch('/api/contests/:id', { config: { access: can.manage }, schema: { tags, summary: "Renames a contest or changes its event or date (until it closes).", params: idParam, body: contestPatch, response: { 200: contestSchema } } }, async (request) =>
      service.update(request.actor, request.params.id, request.body),
    );
    r.post('/api/contests/:id/criteria', { config: { access: can.manage }, schema: { tags, summary: 'Adds a weighted criterion (before the contest opens).', params: idParam, body: criterionBody, response: { 201: contestSchema } } }, async (request, reply) =>
      reply.code(201).send(await service.addCriterion(request.actor, request.params.id, request.body)),
    );
    r.delete('/api/contests/:id/criteria/:itemId', { config: { access: can.manage }, schema: { tags, summary: 'Removes a criterion (before the contest opens).', params: itemParams, response: { 200: contestSchema } } }, async (request) =>
      service.removeCriterion(request.actor, request.params.id, request.params.itemId),
    );
    r.post('/api/contests/:id/candidates', { config: { access: can.manage }, schema: { tags, summary: 'Adds a candidate (a person of the registry, or a name).', params: idParam, body: candidateBody, response: { 201: contestSchema } } }, async (request, reply) =>
      reply.code(201).send(await service.addCandidate(request.actor, request.params.id, request.body)),
    );
    r.delete('/api/contests/:id/candidates/:itemId', { config: { access: can.manage }, schema: { tags, summary: 'Withdraws a candidate (until the contest closes).', params: itemParams, response: { 200: contestSchema } } }, async (request) =>
      service.removeCandidate(request.actor, request.params.id, request.params.itemId),
    );
    r.post('/api/contests/:id/jurors', { config: { access: can.manage }, schema: { tags, summary: "Adds a juror; answers the private link's token, shown only now.", params: idParam, body: jurorBody, response: { 201: jurorLinkAnswer } } }, async (request, reply) =>
      reply.code(201).send(await service.addJuror(request.actor, request.params.id, request.body.name)),
    );
    r.post('/api/contests/:id/jurors/:itemId/link', { config: { access: can.manage }, schema: { tags, summary: "Gives a juror a new private link; the old one stops working.", params: itemParams, response: { 200: jurorLinkAnswer } } }, async (request) =>
      service.renewJurorLink(request.actor, request.params.id, request.params.itemId),
    );
    r.post('/api/contests/:id/jurors/:itemId/revoke', { config: { access: can.manage }, schema: { tags, summary: "Revokes a juror's link: refused from now on, the juror's scores no longer count.", params: itemParams, response: { 200: contestSchema } } }, async (request) =>
      service.revokeJuror(request.actor, request.params.id, request.params.itemId),
    );
    r.put('/api/contests/:id/conflicts', { config: { access: can.manage }, schema: { tags, summary: 'Flags or clears a conflict of interest between a juror and a candidate.', params: idParam, body: conflictBody, response: { 204: noContent } } }, async (request, reply) => {
      await service.setConflict(request.actor, request.params.id, request.body);
      return reply.code(204).send();
    });
    r.post('/api/contests/:id/open', { config: { access: can.manage }, schema: { tags, summary: 'Opens the contest to the jurors’ scores.', params: idParam, response: { 200: contestSchema } } }, async (request) => service.open(request.actor, request.params.id));
    r.post('/api/contests/:id/close', { config: { access: can.manage }, schema: { tags, summary: 'Closes the contest: the ranking is final, scores are refused.', params: idParam, response: { 200: contestSchema } } }, async (request) =>
      service.close(request.actor, request.params.id),
    );
    r.get('/api/contests/:id/ranking', { config: { access: can.read }, schema: { tags, summary: 'The live ranking: weighted scores, jurors who scored, ties explained.', params: idParam, response: { 200: rankingSchema } } }, async (request) =>
      service.ranking(request.params.id),
    );
    r.get(
      '/api/contests/:id/ranking/export',
      { config: { access: can.read }, schema: { tags, summary: 'The ranking as a spreadsheet (xlsx) or csv.', params: idParam, querystring: exportQuery, response: { 200: download('xlsx', 'csv') } } },
      async (request, reply) => {
        const L = request.locale;
        const T = (k: string, p?: Record<string, unknown>) => translate(L, `contests.export.${k}`, p);
        const rk = await service.ranking(request.params.id);
        type Item = (typeof rk.items)[number];
        const columns: ExportColumn<Item>[] = [
          { header: T('rank'), value: (i) => i.rank, kind: 'count' },
          { header: T('candidate'), value: (i) => i.name, width: 30 },
          { header: T('project'), value: (i) => i.project, width: 40 },
          { header: T('score'), value: (i) => i.score, kind: 'decimal' },
          { header: T('jurors'), value: (i) => i.jurorsScored, kind: 'count' },
          { header: T('conflicts'), value: (i) => i.conflicts, kind: 'count' },
          { header: T('tie'), value: (i) => (i.tie ? (i.tie.rule === 'tie' ? T('tie_none') : T('tie_criterion', { criterion: i.tie.criterionName })) : null), width: 30 },
          ...rk.criteria.map((c) => ({ header: T('average', { criterion: c.name }), value: (i: Item) => i.criteria.find((x) => x.criterionId === c.id)?.average ?? null, kind: 'decimal' as const })),
        ];
        return sendExport(reply, request.query.format, T('file', { id: rk.contestId }), [{ name: T('sheet_ranking'), columns, rows: rk.items }] as never);
      },
    );

    // ---------- the juror's phone (private link, no account) ----------
    r.get('/api/public/jury/:token', { config: { access: 'public' }, schema: { tags: pub, summary: "A juror's sheet: the candidates, the criteria and the juror's own scores (404 unknown, 403 revoked).", params: jurorToken, response: { 200: jurySheet } } }, async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return service.jurySheet(request.params.token);
    });
    r.put('/api/public/jury/:token/candidates/:candidateId', { config: { access: 'public' }, schema: { tags: pub, summary: 'A juror scores a candidate on every criterion (409 once the contest is closed).', params: scoreParams, body: scoresBody, response: { 200: scoredAnswer } } }, async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return service.score(request.params.token, request.params.candidateId, request.body);
    });
  },
};
