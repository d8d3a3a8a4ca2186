import { periodFileLabel, periodLabel, periodQuery, previousPeriod, resolvePeriod } from '../../platform/stats';
import { typed, type RelaisModule } from '../../platform/module';
import { download, noContent } from '../../platform/http/contract';
import { socialdeskPermissions as can } from './socialdesk.permissions';
import { idParam } from '../../platform/http/schemas';
import { sendExport, type ExportColumn, type ExportSheet } from '../../platform/http/export';
import { addMessages, translate, type Locale } from '../../platform/i18n/messages';
import { createSocialdeskService, type SocialdeskService } from './socialdesk.service';
import {
  drillAnswer,
  followupSchema,
  followupsAnswer,
  interviewSchema,
  interviewsAnswer,
  noteSchema,
  notesAnswer,
  statsAnswer,
  drillQuery,
  followupOpenBody,
  followupPatch,
  interviewBody,
  interviewPatch,
  interviewsQuery,
  noteBody,
  statsExportQuery,
} from './socialdesk.schemas';
import { socialdeskMessages } from './socialdesk.messages';
import { loadSocialdeskDemo } from './socialdesk.demo';
import { registerSocialdeskReport } from './socialdesk.report';
import { registerSocialdeskGdpr } from './socialdesk.gdpr';
import { createSocialdeskImport } from './socialdesk.import';

declare module '../../platform/module' {
  interface Services {
    socialdesk: SocialdeskService;
  }
}

addMessages(socialdeskMessages);


export const socialdeskModule: RelaisModule = {
  name: 'socialdesk',
  demo: loadSocialdeskDemo,
  async register(app, ctx) {
    const service = createSocialdeskService(ctx);
    ctx.services.socialdesk = service;
    registerSocialdeskReport(ctx, service);
    ctx.registry.timelineSource((personId, viewer) => service.timeline(personId, viewer));
    ctx.registry.erasureHook((tx, personId) => service.erase(tx, personId));
    ctx.registry.mergeHook((tx, merge) => service.mergePeople(tx, merge));
    registerSocialdeskGdpr(ctx, can.read.roles);
    ctx.registry.imports.add(createSocialdeskImport(ctx));
    ctx.reach.register({ key: 'social_desk', labelKey: 'reach.social_desk', unit: 'distinct_people', peopleAccess: can.stats, lines: (year, memo) => service.reachLines(year, memo) });

    const r = typed(app);
    const tags = ['socialdesk'];

    // Configurable problem categories (platform/lists)
    service.categoryList.routes(app, {
      path: '/api/socialdesk/categories',
      tags,
      read: can.read,
      configure: can.configure,
      schema: { id: 'SocialdeskCategory', description: 'A problem category of the configurable list.' },
      summaries: {
        list: 'Lists the problem categories (active ones, or all with all=true).',
        create: 'Adds a problem category.',
        update: 'Renames, reorders or deactivates a problem category.',
      },
    });

    // Interviews
    r.get(
      '/api/socialdesk/interviews',
      { config: { access: can.read }, schema: { tags, summary: 'Lists interviews, latest first, by person, site, category or period (never the confidential notes).', querystring: interviewsQuery, response: { 200: interviewsAnswer } } },
      async (request) => service.listInterviews(request.actor, request.query),
    );
    r.post(
      '/api/socialdesk/interviews',
      { config: { access: can.write }, schema: { tags, summary: "Records an interview (the person's first one opens their follow-up).", body: interviewBody, response: { 201: interviewSchema } } },
      async (request, reply) => reply.code(201).send(await service.createInterview(request.actor, request.body)),
    );
    r.get(
      '/api/socialdesk/interviews/:id',
      { config: { access: can.read }, schema: { tags, summary: 'One interview, without its confidential notes (reading it is audited).', params: idParam, response: { 200: interviewSchema } } },
      async (request) => service.getInterview(request.actor, request.params.id),
    );
    r.patch(
      '/api/socialdesk/interviews/:id',
      { config: { access: can.write }, schema: { tags, summary: 'Corrects an interview.', params: idParam, body: interviewPatch, response: { 200: interviewSchema } } },
      async (request) => service.updateInterview(request.actor, request.params.id, request.body),
    );
    r.delete(
      '/api/socialdesk/interviews/:id',
      { config: { access: can.write }, schema: { tags, summary: 'Deletes an interview recorded by mistake.', params: idParam, response: { 204: noContent } } },
      async (request, reply) => {
        await service.deleteInterview(request.actor, request.params.id);
        return reply.code(204).send();
      },
    );

    // Confidential notes: the social worker only
    r.get(
      '/api/socialdesk/interviews/:id/notes',
      { config: { access: can.notes }, schema: { tags, summary: "An interview's confidential notes (the social worker only; reading them is audited).", params: idParam, response: { 200: notesAnswer } } },
      async (request) => ({ items: await service.notes(request.actor, request.params.id) }),
    );
    r.post(
      '/api/socialdesk/interviews/:id/notes',
      { config: { access: can.notes }, schema: { tags, summary: 'Adds a confidential note to an interview.', params: idParam, body: noteBody, response: { 201: noteSchema } } },
      async (request, reply) => reply.code(201).send(await service.addNote(request.actor, request.params.id, request.body.body)),
    );
    r.patch(
      '/api/socialdesk/notes/:id',
      { config: { access: can.notes }, schema: { tags, summary: 'Rewrites a confidential note.', params: idParam, body: noteBody, response: { 200: noteSchema } } },
      async (request) => service.updateNote(request.actor, request.params.id, request.body.body),
    );

    // Follow-ups
    r.get(
      '/api/socialdesk/people/:id/followups',
      { config: { access: can.read }, schema: { tags, summary: "A person's follow-ups: whether one is open, and since when.", params: idParam, response: { 200: followupsAnswer } } },
      async (request) => service.followups(request.actor, request.params.id),
    );
    r.post(
      '/api/socialdesk/people/:id/followups',
      { config: { access: can.write }, schema: { tags, summary: 'Opens a follow-up of a person (one open at a time).', params: idParam, body: followupOpenBody, response: { 201: followupSchema } } },
      async (request, reply) => reply.code(201).send(await service.openFollowup(request.actor, request.params.id, request.body.startDate)),
    );
    r.patch(
      '/api/socialdesk/followups/:id',
      { config: { access: can.write }, schema: { tags, summary: 'Closes, reopens or corrects a follow-up.', params: idParam, body: followupPatch, response: { 200: followupSchema } } },
      async (request) => service.updateFollowup(request.actor, request.params.id, request.body),
    );

    // Statistics
    r.get(
      '/api/socialdesk/stats',
      { config: { access: can.stats }, schema: { tags, summary: "A year's (the current year unless asked) or a period's figures of the social desk beside the same period a year before.", querystring: periodQuery, response: { 200: statsAnswer } } },
      async (request) => service.stats(resolvePeriod(request.query, ctx.clock)),
    );
    r.get(
      '/api/socialdesk/stats/drill',
      { config: { access: can.stats }, schema: { tags, summary: 'The people or the interviews behind one figure (reading names is audited).', querystring: drillQuery, response: { 200: drillAnswer } } },
      async (request) => service.drill(request.actor, resolvePeriod(request.query, ctx.clock), request.query.key),
    );
    r.get(
      '/api/socialdesk/stats/export',
      {
        config: { access: can.stats },
        schema: { tags, summary: "The period's figures, or the records behind one figure (key=...), as xlsx or csv.", querystring: statsExportQuery, response: { 200: download('xlsx', 'csv') } },
      },
      async (request, reply) => {
      const { key, format } = request.query;
      const period = resolvePeriod(request.query, ctx.clock);
      const [year, previousYear] = [periodLabel(period), periodLabel(previousPeriod(period))];
      const L = request.locale;
      const t = (k: string) => translate(L, k);
      const categories = await service.categories(true);
      const names = {
        sites: new Map((await ctx.services.sites.list(true)).map((s) => [s.id, s.name])),
        categories: new Map(categories.map((c) => [c.code, L === 'nl' ? c.labelNl : L === 'en' ? c.labelEn : c.labelFr])),
      };
      if (key) {
        const d = await service.drill(request.actor, period, key);
        const sheet: ExportSheet<never> =
          d.kind === 'people'
            ? ({
                name: service.figureLabel(key, L, names),
                columns: [
                  { header: t('socialdesk.export.person_id'), value: (p) => p.personId, format: '0' },
                  { header: t('socialdesk.export.last_name'), value: (p) => p.lastName, width: 24 },
                  { header: t('socialdesk.export.first_name'), value: (p) => p.firstName, width: 20 },
                  { header: t('socialdesk.export.gender'), value: (p) => (p.gender ? t(`socialdesk.gender.${p.gender}`) : '') },
                  { header: t('socialdesk.export.birth_year'), value: (p) => p.birthYear, format: '0' },
                  { header: t('socialdesk.export.age_class'), value: (p) => t(`socialdesk.age.${p.ageClass}`) },
                  { header: t('socialdesk.export.study_level'), value: (p) => (p.studyLevel ? t(`socialdesk.study_level.${p.studyLevel}`) : ''), width: 28 },
                  { header: t('socialdesk.export.status'), value: (p) => (p.professionalStatus ? t(`socialdesk.status.${p.professionalStatus}`) : ''), width: 28 },
                  { header: t('socialdesk.export.followup_start'), value: (p) => p.followupStart, kind: 'date' },
                  { header: t('socialdesk.export.interviews'), value: (p) => p.interviews, format: '0' },
                ] satisfies ExportColumn<(typeof d.people)[number]>[],
                rows: d.people,
              } as never)
            : ({
                name: service.figureLabel(key, L, names),
                columns: [
                  { header: t('socialdesk.export.date'), value: (i) => i.date, kind: 'date' },
                  { header: t('socialdesk.export.person_id'), value: (i) => i.personId, format: '0' },
                  { header: t('socialdesk.export.last_name'), value: (i) => i.person?.lastName ?? '', width: 24 },
                  { header: t('socialdesk.export.first_name'), value: (i) => i.person?.firstName ?? '', width: 20 },
                  { header: t('socialdesk.export.site'), value: (i) => i.siteName ?? '', width: 28 },
                  { header: t('socialdesk.export.kind'), value: (i) => t(`socialdesk.kind.${i.kind}`) },
                  { header: t('socialdesk.export.categories'), value: (i) => i.categories.map((c) => names.categories.get(c.code)).join(', '), width: 40 },
                  { header: t('socialdesk.export.referrals'), value: (i) => i.referrals.map((x) => x.name).join(', '), width: 30 },
                ] satisfies ExportColumn<(typeof d.interviews)[number]>[],
                rows: d.interviews,
              } as never);
        return sendExport(reply, format, translate(L, 'socialdesk.export.file_drill', { year: periodFileLabel(period), key: key.replace(/[^a-z0-9_.-]/gi, '_') }), [sheet]);
      }
      const s = await service.stats(period);
      // Counts in count columns; a rate (a fraction) in its own percent columns.
      // The change is a fraction (platform/stats.ts), in a percent column.
      type Row = { section: string; label: string; key: string; value?: number | null; previous?: number | null; change?: number | null; rate?: number | null; previousRate?: number | null };
      const row = (section: string, f: { key: string; value: number; previous: number; change: number | null }): Row => ({
        section: t(`socialdesk.section.${section}`),
        label: service.figureLabel(f.key, L, names),
        key: f.key,
        value: f.value,
        previous: f.previous,
        change: f.change,
      });
      const rows: Row[] = [
        row('new_arrivals', s.newArrivals.total),
        ...s.newArrivals.byAgeClass.map((f) => row('new_arrivals_age', f)),
        ...s.newArrivals.byGender.map((f) => row('new_arrivals_gender', f)),
        ...s.newArrivals.byStudyLevel.map((f) => row('new_arrivals_study_level', f)),
        ...s.newArrivals.byProfessionalStatus.map((f) => row('new_arrivals_status', f)),
        row('people_seen', s.peopleSeen.total),
        ...s.peopleSeen.bySite.map((f) => row('people_seen_site', f)),
        row('interviews', s.interviews.total),
        ...s.interviews.bySite.map((f) => row('interviews_site', f)),
        ...s.interviews.byKind.map((f) => row('interviews_kind', f)),
        ...s.categories.map((c) => row('categories', c.interviews)),
        ...s.categories.map((c) => row('categories_people', c.people)),
      ];
      if (s.noShows) {
        const { noShows, noShowRate } = s.noShows;
        rows.push(
          { section: t('socialdesk.section.appointments'), label: t('socialdesk.figure.no_shows'), key: 'no_shows', value: noShows.value, previous: noShows.previous, change: noShows.change },
          { section: t('socialdesk.section.appointments'), label: t('socialdesk.figure.no_show_rate'), key: 'no_show_rate', rate: noShowRate.value, previousRate: noShowRate.previous, change: noShowRate.change },
        );
      }
      const columns: ExportColumn<Row>[] = [
        { header: t('socialdesk.export.section'), value: (x) => x.section, width: 34 },
        { header: t('socialdesk.export.figure'), value: (x) => x.label, width: 36 },
        { header: year, value: (x) => x.value, kind: 'count' },
        { header: previousYear, value: (x) => x.previous, kind: 'count' },
        { header: t('socialdesk.export.change'), value: (x) => x.change, kind: 'percent' },
        { header: t('socialdesk.export.key'), value: (x) => x.key, kind: 'text', width: 30 },
        { header: translate(L, 'socialdesk.export.rate', { year }), value: (x) => x.rate, kind: 'percent' },
        { header: translate(L, 'socialdesk.export.rate', { year: previousYear }), value: (x) => x.previousRate, kind: 'percent' },
      ];
      return sendExport(reply, format, translate(L, 'socialdesk.export.file', { year: periodFileLabel(period) }), [{ name: `${t('socialdesk.export.sheet')} ${year}`, columns, rows }] as never);
      },
    );
  },
};

export type { Locale };
