import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { typed, type RelaisModule } from '../../platform/module';
import { idParam } from '../../platform/http/schemas';
import { download, noContent } from '../../platform/http/contract';
import { sendExport } from '../../platform/http/export';
import { translate } from '../../platform/i18n/messages';
import { createObservatoryService, LICENCE_IDS, LICENCES, OPEN_DATA_THRESHOLD, type ObservatoryService } from './observatory.service';
import { buildAnnualReport, peopleReachedAnswer, textSections } from './observatory.report';
import { createPastFigures, type PastFigures } from './observatory.past';
import { buildDashboard } from './observatory.dashboard';
import { peopleReachedSheet, reportSheets, reportTable } from './observatory.exports';
import { dcat, OPEN_DATA_PATHS, openDataCsv, tableSchema } from './observatory.open-data';
import { observatoryPermissions as can } from './observatory.permissions';
import {
  dashboardSchema,
  dcatAnswer,
  exportQuery,
  manualFigureBody,
  manualFigureSchema,
  manualFiguresAnswer,
  openDataQuery,
  openDataSchema,
  pastCatalogAnswer,
  pastDeleteAnswer,
  pastFiguresAnswer,
  pastFiguresBody,
  pastFiguresFileBody,
  pastImportAnswer,
  pastTemplateQuery,
  pastYearParam,
  peopleBehindAnswer,
  peopleBehindParams,
  peopleBehindQuery,
  peopleReachedSchema,
  progressSchema,
  projectBody,
  projectSchema,
  projectsAnswer,
  reportSchema,
  reportTextAnswer,
  reportTextBody,
  reportTextsAnswer,
  settingsBody,
  settingsSchema,
  tableSchemaAnswer,
  yearQuery,
} from './observatory.schemas';
import { isoDate } from '../../platform/http/schemas';
import './observatory.messages';
import { loadObservatoryDemo } from './observatory.demo';

declare module '../../platform/module' {
  interface Services {
    observatory: ObservatoryService;
    /** the observatory's past years' figures (observatory.past.ts), read by the report's composer */
    observatoryPast: PastFigures;
  }
}

/** Open data is read by portals and other sites: GET from any origin, without credentials. */
const openToAll = (reply: FastifyReply) => reply.header('access-control-allow-origin', '*').header('cache-control', 'public, max-age=3600');

export const observatoryModule: RelaisModule = {
  name: 'observatory',
  demo: loadObservatoryDemo,
  async register(app, ctx) {
    const service = createObservatoryService(ctx);
    ctx.services.observatory = service;
    const past = createPastFigures(ctx, service);
    ctx.services.observatoryPast = past;
    const r = typed(app);
    const tags = ['observatory'];
    const yearOf = (q: { year?: number }) => q.year ?? service.currentYear();
    const baseUrl = (request: FastifyRequest) => (ctx.config.PUBLIC_URL ?? `${request.protocol}://${request.host}`).replace(/\/$/, '');

    r.get(
      '/api/observatory/people-reached',
      {
        config: { access: 'staff' },
        schema: { tags, summary: 'The people-reached table of a year (default: the current year) beside the year before.', querystring: yearQuery, response: { 200: peopleReachedSchema } },
      },
      async (request) => peopleReachedAnswer(service, yearOf(request.query), request.locale, request.user?.roles),
    );

    // The records behind a figure: the people a tracked line counts, for those who may read that line's module.
    r.get(
      '/api/observatory/people-reached/lines/:key/people',
      {
        config: { access: can.listPeople },
        schema: {
          tags,
          summary: 'The identified people a tracked line counts (audited); only for those who may read the module that owns the line.',
          params: peopleBehindParams,
          querystring: peopleBehindQuery,
          response: { 200: peopleBehindAnswer },
        },
      },
      async (request) => service.peopleBehind(request.actor, request.user!.roles, yearOf(request.query), request.params.key, request.query.limit, request.query.offset),
    );

    r.get(
      '/api/observatory/people-reached/export',
      {
        config: { access: 'staff' },
        schema: { tags, summary: 'The people-reached table of a year and the year before, as xlsx or csv.', querystring: exportQuery, response: { 200: download('xlsx', 'csv') } },
      },
      async (request, reply) => {
        const y = yearOf(request.query);
        const table = await peopleReachedAnswer(service, y, request.locale, request.user?.roles);
        return sendExport(reply, request.query.format, translate(request.locale, 'export.file_people_reached', { year: y }), [peopleReachedSheet(table, request.locale, String(y))] as never);
      },
    );

    r.get(
      '/api/observatory/report',
      {
        config: { access: 'staff' },
        schema: { tags, summary: 'The annual report of a year (default: the current year): sections, figures, charts, texts and the people reached.', querystring: yearQuery, response: { 200: reportSchema } },
      },
      async (request) => buildAnnualReport(ctx, yearOf(request.query), request.locale, request.user?.roles),
    );

    r.get(
      '/api/observatory/report/export',
      {
        config: { access: 'staff' },
        schema: {
          tags,
          summary: 'The annual report as xlsx (one sheet per section) or csv (one table with a section column).',
          querystring: exportQuery,
          response: { 200: download('xlsx', 'csv') },
        },
      },
      async (request, reply) => {
        const y = yearOf(request.query);
        const report = await buildAnnualReport(ctx, y, request.locale, request.user?.roles);
        const sheets = request.query.format === 'csv' ? [reportTable(report, request.locale)] : reportSheets(report, request.locale);
        return sendExport(reply, request.query.format, translate(request.locale, 'export.file_report', { year: y }), sheets);
      },
    );

    r.get(
      '/api/observatory/report/texts',
      {
        config: { access: 'staff' },
        schema: { tags, summary: "The report's texts of a year, each in French, Dutch and English (null where not written).", querystring: yearQuery, response: { 200: reportTextsAnswer } },
      },
      async (request) => {
        const y = yearOf(request.query);
        return { year: y, textSections: textSections(ctx), texts: await service.reportTexts(y) };
      },
    );
    r.put(
      '/api/observatory/report/texts/:section',
      {
        config: { access: can.edit },
        schema: {
          tags,
          summary: "Writes one language's version of a report text (the introduction, a section's comment, the perspectives); an empty text removes it.",
          // only the report's own parts: the keys the registered sections give, the introduction and the perspectives
          params: z.strictObject({ section: z.string().refine((s) => textSections(ctx).includes(s), 'error.report_section_unknown') }),
          body: reportTextBody,
          response: { 200: reportTextAnswer },
        },
      },
      async (request) => service.setReportText(request.actor, request.body.year, request.params.section, request.body.locale, request.body.body),
    );

    // The home dashboard: each role sees its own activities month by month; the director all, and the projects.
    r.get(
      '/api/observatory/dashboard',
      { config: { access: 'staff' }, schema: { tags, summary: "The user's activities month by month against last year, and the running projects.", response: { 200: dashboardSchema } } },
      async (request) => buildDashboard(ctx, request.user!, request.locale),
    );

    r.get(
      '/api/observatory/manual-figures',
      {
        config: { access: 'staff' },
        schema: { tags, summary: 'The figures entered by hand for a year (default: the current year).', querystring: yearQuery, response: { 200: manualFiguresAnswer } },
      },
      async (request) => ({ items: await service.listManualFigures(yearOf(request.query)) }),
    );
    r.put(
      '/api/observatory/manual-figures',
      {
        config: { access: can.edit },
        schema: { tags, summary: 'Enters (or corrects) the figure of an activity that is not tracked person by person, with its source.', body: manualFigureBody, response: { 200: manualFigureSchema } },
      },
      async (request) => service.setManualFigure(request.actor, request.body),
    );
    r.delete(
      '/api/observatory/manual-figures/:id',
      { config: { access: can.edit }, schema: { tags, summary: 'Deletes a hand-entered figure.', params: idParam, response: { 204: noContent } } },
      async (request, reply) => {
        await service.deleteManualFigure(request.actor, request.params.id);
        return reply.code(204).send();
      },
    );

    // Past years' figures: the lines of the table and the report's figures of a year before Relais, with their source.
    r.get(
      '/api/observatory/past-figures',
      {
        config: { access: 'staff' },
        schema: { tags, summary: "A past year's imported figures, each saying whether the records of that year replace it.", querystring: pastYearParam, response: { 200: pastFiguresAnswer } },
      },
      async (request) => past.list(request.query.year),
    );
    r.get(
      '/api/observatory/past-figures/keys',
      {
        config: { access: can.importPast },
        schema: { tags, summary: 'The keys figures can be imported for: the lines of the people-reached table, the figures and breakdown values of the report.', response: { 200: pastCatalogAnswer } },
      },
      async () => ({ items: (await past.catalog()).entries.map(({ key, kind, unit, labels, sectionTitles, chartTitles }) => ({ key, kind, unit, labels, sectionTitles, chartTitles })) }),
    );
    r.get(
      '/api/observatory/past-figures/template',
      {
        config: { access: can.importPast },
        schema: { tags, summary: "The file to fill in for a past year: every key with its label (and the year's imported values), xlsx or csv.", querystring: pastTemplateQuery, response: { 200: download('xlsx', 'csv') } },
      },
      async (request, reply) => {
        const sheet = await past.template(request.query.year, request.locale);
        return sendExport(reply, request.query.format, translate(request.locale, 'past.file_template', { year: request.query.year }), [sheet] as never);
      },
    );
    r.post(
      '/api/observatory/past-figures/import',
      {
        bodyLimit: 8 * 1024 * 1024,
        config: { access: can.importPast },
        schema: {
          tags,
          summary: "Imports a past year's figures from a file (xlsx or csv, base64): a Key and a Value column, an optional Label. All or nothing; the same file again changes nothing. With dryRun, checked the same way and answered what it would do; nothing written.",
          body: pastFiguresFileBody,
          response: { 200: pastImportAnswer },
        },
      },
      async (request) => past.importFile(request.actor, request.body),
    );
    r.put(
      '/api/observatory/past-figures',
      {
        config: { access: can.importPast },
        schema: { tags, summary: "Enters or corrects a past year's figures (key, value, optional label), with their source. All or nothing. With dryRun, checked the same way and answered what it would do; nothing written.", body: pastFiguresBody, response: { 200: pastImportAnswer } },
      },
      async (request) =>
        past.save(request.actor, { year: request.body.year, source: request.body.source, rows: request.body.items.map((input, i) => ({ input, row: i + 1 })), dryRun: request.body.dryRun }),
    );
    r.delete(
      '/api/observatory/past-figures/:year',
      { config: { access: can.importPast }, schema: { tags, summary: "Undoes a year's import: deletes every figure imported for it.", params: pastYearParam, response: { 200: pastDeleteAnswer } } },
      async (request) => past.deleteYear(request.actor, request.params.year),
    );

    r.get(
      '/api/observatory/settings',
      { config: { access: 'staff' }, schema: { tags, summary: 'The licence of the open data and the name of the publisher.', response: { 200: settingsSchema } } },
      async () => ({ ...(await service.settings()), licences: LICENCE_IDS.map((id) => ({ id, title: LICENCES[id].title, url: LICENCES[id].url })) }),
    );
    r.put(
      '/api/observatory/settings',
      { config: { access: can.configure }, schema: { tags, summary: 'Sets the licence of the open data and the name of the publisher.', body: settingsBody, response: { 200: settingsSchema } } },
      async (request) => ({ ...(await service.saveSettings(request.actor, request.body)), licences: LICENCE_IDS.map((id) => ({ id, title: LICENCES[id].title, url: LICENCES[id].url })) }),
    );

    // Open data: public, aggregates only, as portals expect it (csv + Table Schema, JSON, DCAT-AP).
    r.get(
      OPEN_DATA_PATHS.data,
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'The people reached per activity and year, suppressed where fewer than 5 people are behind a figure; one year, or every year (JSON or csv).',
          querystring: openDataQuery,
          response: { 200: { description: 'The rows, as JSON or as a csv described by the Table Schema.', content: { 'application/json': { schema: openDataSchema }, 'text/csv': { schema: z.string() } } } },
        },
      },
      async (request, reply) => {
        if (request.query.year !== undefined) service.assertReportableYear(request.query.year);
        const years = request.query.year !== undefined ? [request.query.year] : await service.openDataYears();
        const rows = await service.openData(years);
        openToAll(reply);
        if (request.query.format === 'csv') {
          const name = request.query.year !== undefined ? `relais-people-reached-${request.query.year}` : 'relais-people-reached';
          return reply
            .header('content-type', 'text/csv; charset=utf-8; header=present')
            .header('content-disposition', `attachment; filename="${name}.csv"`)
            .header('link', `<${baseUrl(request)}${OPEN_DATA_PATHS.schema}>; rel="describedby"; type="application/json"`)
            .send(await openDataCsv(rows));
        }
        const settings = await service.settings();
        const licence = LICENCES[settings.licence];
        return {
          title: { fr: translate('fr', 'open_data.title'), nl: translate('nl', 'open_data.title'), en: translate('en', 'open_data.title') },
          publisher: settings.publisher[request.locale],
          licence: { id: settings.licence, title: licence.title, url: licence.url },
          generatedAt: ctx.clock.now().toISOString(),
          years,
          threshold: OPEN_DATA_THRESHOLD,
          schema: `${baseUrl(request)}${OPEN_DATA_PATHS.schema}`,
          rows,
        };
      },
    );
    r.get(
      OPEN_DATA_PATHS.schema,
      { config: { access: 'public' }, schema: { tags, summary: 'The Frictionless Table Schema of the open-data csv.', response: { 200: tableSchemaAnswer } } },
      async (_request, reply) => {
        openToAll(reply);
        return tableSchema();
      },
    );
    r.get(
      OPEN_DATA_PATHS.dcat,
      { config: { access: 'public' }, schema: { tags, summary: 'The DCAT-AP description of the open data (JSON-LD): dataset, distributions, licence, publisher.', response: { 200: dcatAnswer } } },
      async (request, reply) => {
        const years = await service.openDataYears();
        openToAll(reply).type('application/ld+json; charset=utf-8');
        return dcat({ baseUrl: baseUrl(request), settings: await service.settings(), years, modified: ctx.clock.now().toISOString() });
      },
    );

    const ptags = ['projects'];
    r.get(
      '/api/projects',
      { config: { access: 'staff' }, schema: { tags: ptags, summary: 'Every project with its objectives.', response: { 200: projectsAnswer } } },
      async () => ({ items: await service.listProjects() }),
    );
    r.get(
      '/api/projects/:id',
      { config: { access: 'staff' }, schema: { tags: ptags, summary: 'One project with its objectives.', params: idParam, response: { 200: projectSchema } } },
      async (request) => service.getProject(request.params.id),
    );
    r.get(
      '/api/projects/:id/progress',
      {
        config: { access: 'staff' },
        schema: { tags: ptags, summary: "A project's objectives against what the records count, up to a date (default today).", params: idParam, querystring: z.strictObject({ at: isoDate.optional() }), response: { 200: progressSchema } },
      },
      async (request) => service.projectProgress(request.params.id, request.query.at),
    );
    r.post(
      '/api/projects',
      { config: { access: can.editProjects }, schema: { tags: ptags, summary: 'Creates a project with its objectives.', body: projectBody, response: { 201: projectSchema } } },
      async (request, reply) => reply.code(201).send(await service.saveProject(request.actor, request.body)),
    );
    r.put(
      '/api/projects/:id',
      { config: { access: can.editProjects }, schema: { tags: ptags, summary: 'Changes a project and replaces its objectives.', params: idParam, body: projectBody, response: { 200: projectSchema } } },
      async (request) => service.saveProject(request.actor, request.body, request.params.id),
    );
  },
};
