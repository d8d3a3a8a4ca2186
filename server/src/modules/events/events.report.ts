import type { ModuleContext } from '../../platform/module';
import { translate } from '../../platform/i18n/messages';
import { figure } from '../../platform/stats';
import { EVENT_KINDS } from './events.table';
import type { EventsService } from './events.service';

/**
 * The events' section of the annual report: events held, registrations, attendance recorded by tickets, entries
 * counted at the door (a head count, labelled as such) and distinct identified people; participants by kind.
 */
export function registerEventsReport(ctx: ModuleContext, service: EventsService) {
  ctx.registry.reportSection({
    key: 'events',
    order: 60,
    async build({ year, locale, memo }) {
      const [cur, prev] = await Promise.all([
        memo.get(`events.year:${year}`, () => service.yearTotals(year)),
        memo.get(`events.year:${year - 1}`, () => service.yearTotals(year - 1)),
      ]);
      if (!cur.events && !prev.events) return null;
      const t = (key: string) => translate(locale, key);
      const byKind = (list: typeof cur.list, kind: string) => list.filter((e) => e.kind === kind).reduce((s, e) => s + e.checkIns + e.walkIns, 0);
      return {
        key: 'events',
        title: t('report.events'),
        figures: [
          { key: 'events', label: t('report.events_count'), ...figure(cur.events, prev.events) },
          { key: 'registrations', label: t('report.events_registrations'), ...figure(cur.registrations, prev.registrations) },
          { key: 'check_ins', label: t('report.events_checkins'), ...figure(cur.checkIns, prev.checkIns) },
          { key: 'walk_ins', label: t('report.events_walkins'), ...figure(cur.walkIns, prev.walkIns) },
          { key: 'distinct_people', label: t('report.events_distinct'), ...figure(cur.distinctPeople, prev.distinctPeople) },
        ],
        charts: [
          {
            key: 'events_by_kind',
            title: t('report.events_by_kind'),
            kind: 'bar',
            data: EVENT_KINDS.filter((k) => byKind(cur.list, k) || byKind(prev.list, k)).map((k) => ({
              key: k,
              label: t(`events.kind.${k}`),
              value: byKind(cur.list, k),
              previous: byKind(prev.list, k),
            })),
          },
        ],
      };
    },
  });
}
