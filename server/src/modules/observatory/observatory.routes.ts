import { z } from 'zod';
import { typed, type RelaisModule } from '../../platform/module';
import { addMessages, translate } from '../../platform/i18n/messages';
import { idParam, isoDate, pagination, requiredText, text, year } from '../../platform/http/schemas';
import { PEOPLE_READERS } from '../../platform/auth/roles';
import { sendTables, toCsv } from '../../platform/tabular-export';
import { createObservatoryService, type ObservatoryService } from './observatory.service';
import { buildAnnualReport, reportTextSections } from './observatory.report';
import { buildDashboard } from './observatory.dashboard';
import './observatory.messages';
import { loadObservatoryDemo } from './observatory.demo';

declare module '../../platform/module' {
  interface Services {
    observatory: ObservatoryService;
  }
}

addMessages({
  fr: {
    'what.reach_line': 'ligne du tableau',
    'error.year_in_future': "L'année {{year}} n'est pas encore commencée : pas de rapport possible.",
    'what.project': 'projet',
    'what.manual_figure': 'chiffre encodé',
    'reach.manual': 'Chiffre encodé',
    'reach.epn': 'Fréquentation de l’EPN',
    'reach.front_desk': 'Accueil de première ligne (visites)',
    'reach.social_desk': 'Permanences sociales (entretiens individuels)',
    'reach.social_desk_site': 'Permanence partenaire',
    'reach.training': 'Formation',
    'export.activity': 'Activité',
    'export.unit': 'Ce qui est compté',
    'export.value': 'Nombre',
    'export.origin': 'Origine',
    'export.source': 'Source',
    'export.total': 'Total',
    'export.previous': 'Année précédente',
    'export.file_people_reached': 'personnes-touchees-{{year}}',
    'export.origin_tracked': 'Calculé',
    'export.origin_manual': 'Encodé',
    'unit.distinct_people': 'personnes distinctes',
    'unit.participations': 'participations',
    'unit.head_count': 'comptage à l’entrée',
    'unit.external': 'outil externe',
  },
  nl: {
    'what.reach_line': 'regel van de tabel',
    'error.year_in_future': 'Het jaar {{year}} is nog niet begonnen: geen verslag mogelijk.',
    'what.project': 'project',
    'what.manual_figure': 'ingevoerd cijfer',
    'reach.manual': 'Ingevoerd cijfer',
    'reach.epn': 'Bezoeken aan de EPN',
    'reach.front_desk': 'Eerstelijnsonthaal (bezoeken)',
    'reach.social_desk': 'Sociale permanenties (individuele gesprekken)',
    'reach.social_desk_site': 'Partnerpermanentie',
    'reach.training': 'Opleiding',
    'export.activity': 'Activiteit',
    'export.unit': 'Wat wordt geteld',
    'export.value': 'Aantal',
    'export.origin': 'Herkomst',
    'export.source': 'Bron',
    'export.total': 'Totaal',
    'export.previous': 'Vorig jaar',
    'export.file_people_reached': 'bereikte-personen-{{year}}',
    'export.origin_tracked': 'Berekend',
    'export.origin_manual': 'Ingevoerd',
    'unit.distinct_people': 'verschillende personen',
    'unit.participations': 'deelnames',
    'unit.head_count': 'telling aan de ingang',
    'unit.external': 'externe tool',
  },
  en: {
    'what.reach_line': 'table line',
    'error.year_in_future': 'The year {{year}} has not started yet: no report possible.',
    'what.project': 'project',
    'what.manual_figure': 'hand-entered figure',
    'reach.manual': 'Hand-entered figure',
    'reach.epn': 'Public digital space attendance',
    'reach.front_desk': 'Front desk (visits)',
    'reach.social_desk': 'Social desk (individual interviews)',
    'reach.social_desk_site': 'Partner desk',
    'reach.training': 'Training',
    'export.activity': 'Activity',
    'export.unit': 'What is counted',
    'export.value': 'Number',
    'export.origin': 'Origin',
    'export.source': 'Source',
    'export.total': 'Total',
    'export.previous': 'Previous year',
    'export.file_people_reached': 'people-reached-{{year}}',
    'export.origin_tracked': 'Computed',
    'export.origin_manual': 'Entered',
    'unit.distinct_people': 'distinct people',
    'unit.participations': 'participations',
    'unit.head_count': 'door count',
    'unit.external': 'outside tool',
  },
});

const EDITORS = ['admin', 'director', 'project_officer', 'communication'] as const;
const PROJECT_EDITORS = ['admin', 'director', 'project_officer'] as const;
const yearParam = z.strictObject({ year });
const formatQuery = z.strictObject({ format: z.enum(['xlsx', 'csv']).default('xlsx') });

const projectBody = z.strictObject({
  name: requiredText(200),
  description: text(5000).nullable().optional(),
  funders: z.array(requiredText(200)).max(20).default([]),
  periodStart: isoDate,
  periodEnd: isoDate,
  neighbourhood: text(200).nullable().optional(),
  targetGroups: z.array(requiredText(50)).max(20).default([]),
  parentId: z.number().int().positive().nullable().optional(),
  objectives: z
    .array(z.strictObject({ label: requiredText(200), activityKey: requiredText(100), target: z.number().int().min(0).max(10_000_000) }))
    .max(50)
    .default([]),
});

export const observatoryModule: RelaisModule = {
  name: 'observatory',
  demo: loadObservatoryDemo,
  async register(app, ctx) {
    const service = createObservatoryService(ctx);
    ctx.services.observatory = service;
    const r = typed(app);
    const tags = ['observatory'];

    r.get('/api/observatory/people-reached/:year', { config: { access: 'staff' }, schema: { tags, params: yearParam } }, async (request) => {
      const y = request.params.year;
      const [current, previous] = await Promise.all([service.peopleReached(y), service.peopleReached(y - 1)]);
      return { ...current, previous };
    });

    // The records behind a figure: the people a tracked line counts, for those who may read people.
    r.get(
      '/api/observatory/people-reached/:year/lines/:key/people',
      {
        config: { access: PEOPLE_READERS },
        schema: { tags, params: yearParam.extend({ key: z.string().regex(/^[a-z0-9_:.-]{2,100}$/) }), querystring: z.strictObject(pagination) },
      },
      async (request) => service.peopleBehind(request.actor, request.params.year, request.params.key, request.query.limit, request.query.offset),
    );

    r.get(
      '/api/observatory/people-reached/:year/export',
      { config: { access: 'staff' }, schema: { tags, params: yearParam, querystring: formatQuery } },
      async (request, reply) => {
        const y = request.params.year;
        const l = request.locale;
        const [current, previous] = await Promise.all([service.peopleReached(y), service.peopleReached(y - 1)]);
        const prev = (key: string) => previous.lines.find((p) => p.key === key)?.value ?? null;
        return sendTables(reply, request.query.format, translate(l, 'export.file_people_reached', { year: y }), [
          {
            title: String(y),
            columns: [
              { header: translate(l, 'export.activity'), kind: 'text' },
              { header: translate(l, 'export.unit'), kind: 'text' },
              { header: translate(l, 'export.value'), kind: 'count' },
              { header: translate(l, 'export.previous'), kind: 'count' },
              { header: translate(l, 'export.origin'), kind: 'code', label: (code) => translate(l, `export.origin_${code}`) },
              { header: translate(l, 'export.source'), kind: 'text' },
            ],
            rows: [
              ...current.lines.map((x) => [x.label ?? translate(l, x.labelKey), translate(l, `unit.${x.unit}`), x.value, prev(x.key), x.origin, x.source ?? null]),
              [translate(l, 'export.total'), null, current.total, previous.total, null, null],
            ],
          },
        ]);
      },
    );

    r.get(
      '/api/observatory/open-data/:year',
      { config: { access: 'public' }, schema: { tags, params: yearParam, querystring: z.strictObject({ format: z.enum(['json', 'csv']).default('json') }) } },
      async (request, reply) => {
        const data = await service.openData(request.params.year);
        if (request.query.format === 'json') return data;
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="relais-open-data-${request.params.year}.csv"`)
          .send(
            toCsv([
              {
                title: `relais-people-reached-${request.params.year}`,
                columns: ['activity', 'label', 'unit', 'value', 'origin', 'source'],
                rows: data.rows.map((x) => [x.activity, x.label, x.unit, x.value, x.origin, x.source]),
              },
            ]),
          );
      },
    );

    r.get('/api/observatory/report/:year', { config: { access: 'staff' }, schema: { tags, params: yearParam } }, async (request) => {
      service.assertReportableYear(request.params.year);
      return buildAnnualReport(ctx, request.params.year, request.locale);
    });

    r.get(
      '/api/observatory/report/:year/export',
      { config: { access: 'staff' }, schema: { tags, params: yearParam, querystring: formatQuery } },
      async (request, reply) => {
        const y = request.params.year;
        service.assertReportableYear(y);
        const l = request.locale;
        const report = await buildAnnualReport(ctx, y, l);
        const prev = (key: string) => report.peopleReached.previous.lines.find((p) => p.key === key)?.value ?? null;
        const yearCols = [translate(l, 'report.value', { year: y }), translate(l, 'report.value', { year: y - 1 })];
        // One sheet per section, numbers as numbers.
        return sendTables(reply, request.query.format, `rapport-annuel-${y}`, [
          {
            title: translate(l, 'report.people_reached'),
            columns: ['export.activity', 'export.unit'].map((k) => translate(l, k)).concat(yearCols, [translate(l, 'export.origin'), translate(l, 'export.source')]),
            rows: [
              ...report.peopleReached.lines.map((x) => [x.label ?? translate(l, x.labelKey), translate(l, `unit.${x.unit}`), x.value, prev(x.key), x.origin, x.source ?? null]),
              [translate(l, 'export.total'), null, report.peopleReached.total, report.peopleReached.previous.total, null, null],
            ],
          },
          ...report.sections.map((sec) => ({
            title: sec.title,
            columns: [translate(l, 'report.figure'), ...yearCols],
            rows: [
              ...sec.figures.map((f) => [f.label, f.value, f.previous]),
              ...sec.charts.flatMap((c) => [[c.title, null, null], ...c.data.map((d) => [`  ${d.label}`, d.value, d.previous])]),
            ],
          })),
        ]);
      },
    );

    // The home dashboard: each role sees its own activities month by month; the director all, and the projects.
    r.get('/api/observatory/dashboard', { config: { access: 'staff' }, schema: { tags } }, async (request) => buildDashboard(ctx, request.user!.roles, request.locale));

    r.get('/api/observatory/manual-figures/:year', { config: { access: 'staff' }, schema: { tags, params: yearParam } }, async (request) => ({
      items: await service.listManualFigures(request.params.year),
    }));
    r.put(
      '/api/observatory/manual-figures',
      {
        config: { access: EDITORS },
        schema: {
          tags,
          body: z.strictObject({
            year,
            activityKey: z.string().trim().regex(/^[a-z0-9_:.-]{2,100}$/),
            label: requiredText(200),
            value: z.number().int().min(0).max(100_000_000),
            unit: z.enum(['head_count', 'external', 'participations', 'distinct_people']),
            source: requiredText(300),
          }),
        },
      },
      async (request) => service.setManualFigure(request.actor, request.body),
    );
    r.delete('/api/observatory/manual-figures/:id', { config: { access: EDITORS }, schema: { tags, params: idParam } }, async (request, reply) => {
      await service.deleteManualFigure(request.actor, request.params.id);
      return reply.code(204).send();
    });

    r.get('/api/observatory/report/:year/texts', { config: { access: 'staff' }, schema: { tags, params: yearParam } }, async (request) => ({
      items: await service.reportTexts(request.params.year),
    }));
    r.put(
      '/api/observatory/report/:year/texts/:section',
      {
        config: { access: EDITORS },
        schema: { tags, params: yearParam.extend({ section: z.enum(reportTextSections(ctx)) }), body: z.strictObject({ body: text(20_000) }) },
      },
      async (request) => service.setReportText(request.actor, request.params.year, request.params.section, request.body.body),
    );

    r.get('/api/projects', { config: { access: 'staff' }, schema: { tags: ['projects'] } }, async () => ({ items: await service.listProjects() }));
    r.get('/api/projects/:id', { config: { access: 'staff' }, schema: { tags: ['projects'], params: idParam } }, async (request) => service.getProject(request.params.id));
    r.get(
      '/api/projects/:id/progress',
      { config: { access: 'staff' }, schema: { tags: ['projects'], params: idParam, querystring: z.strictObject({ at: isoDate.optional() }) } },
      async (request) => service.projectProgress(request.params.id, request.query.at),
    );
    r.post('/api/projects', { config: { access: PROJECT_EDITORS }, schema: { tags: ['projects'], body: projectBody } }, async (request, reply) =>
      reply.code(201).send(await service.saveProject(request.actor, request.body)),
    );
    r.put('/api/projects/:id', { config: { access: PROJECT_EDITORS }, schema: { tags: ['projects'], params: idParam, body: projectBody } }, async (request) =>
      service.saveProject(request.actor, request.body, request.params.id),
    );
  },
};
