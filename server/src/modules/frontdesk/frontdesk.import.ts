import type { ModuleContext } from '../../platform/module';
import type { HistoryImportAdapter } from '../../platform/imports';
import { historyTableWriter } from '../../platform/import-writer';
import { normCell, parseTime, brusselsCellInstant, cellsOf, historyDay } from '../../platform/import-cells';
import { outsideOpeningHours } from './frontdesk.service';
import { frontdeskReasons, frontdeskVisits, INTERNAL_SERVICES } from './frontdesk.table';
import type { OpeningPeriod } from '../sites/sites.service';

/** A front-desk visit as an import writes it. */
export interface ImportedVisit {
  at: Date;
  siteId: number;
  reasonId: number;
  orientationService: (typeof INTERNAL_SERVICES)[number] | null;
  outOfHours: boolean;
  note: string | null;
}
interface Lookups {
  reasons: Map<string, number>;
  sites: Map<string, { id: number; openingHours: OpeningPeriod[] }>;
  main: { id: number; openingHours: OpeningPeriod[] } | null;
}

export const VISIT_FIELDS = ['date', 'time', 'site', 'reason', 'orientation', 'note'] as const;

/**
 * The front desk's import adapter (issue 16): visits of past years from a file or another tool, each with its
 * source's id (a second import updates it), linked to the person the row names. The reason is a code or a label
 * of the configured list (FR, NL or EN); the site its name (the main site when the file has no column).
 */
export function createFrontdeskImport(ctx: ModuleContext): HistoryImportAdapter<ImportedVisit, Lookups> {
  const writer = historyTableWriter<ImportedVisit>({
    db: ctx.db,
    table: frontdeskVisits,
    tableName: 'frontdesk_visits',
    now: () => ctx.clock.now(),
    columns: (w) => ({ ...w.value, personId: w.personId }),
  });
  return {
    kind: 'frontdesk_visits',
    fields: VISIT_FIELDS,
    required: ['date', 'reason'],
    headerNames: {
      date: ['date', 'jour', 'datum', 'date de visite', 'date du passage', 'bezoekdatum', 'visit date', 'day'],
      time: ['heure', 'uur', 'tijd', 'time', 'hour'],
      site: ['site', 'lieu', 'antenne', 'locatie', 'vestiging', 'place'],
      reason: ['motif', 'raison', 'objet', 'reden', 'motief', 'reason', 'purpose'],
      orientation: ['orientation', 'oriente vers', 'doorverwijzing', 'doorverwezen naar', 'referred to'],
      note: ['remarque', 'remarques', 'commentaire', 'note', 'notes', 'opmerking', 'opmerkingen', 'comment'],
    },
    async lookups() {
      const reasons = new Map<string, number>();
      for (const r of await ctx.db.select().from(frontdeskReasons)) {
        if (!r.active) continue;
        for (const k of [r.code, r.labelFr, r.labelNl, r.labelEn]) reasons.set(normCell(k), r.id);
      }
      const list = await ctx.services.sites.list();
      const sites = new Map(list.flatMap((s) => [[normCell(s.name), s] as const, [String(s.id), s] as const]));
      return { reasons, sites, main: list.find((s) => s.kind === 'main') ?? list[0] ?? null };
    },
    check(cells, l) {
      const errors: Record<string, string> = {};
      const get = cellsOf(cells);
      const day = historyDay(get('date'), errors);
      // A time in its own column, or the time part of the date cell.
      const time = get('time') ? parseTime(get('time')) : parseTime(get('date'));
      if (get('time') && !time) errors.time = 'error.import.time_invalid';
      const site = get('site') ? l.sites.get(normCell(get('site'))) : l.main;
      if (!site) errors.site = 'error.import.site_unknown';
      const reasonId = get('reason') ? l.reasons.get(normCell(get('reason'))) : undefined;
      if (!get('reason')) errors.reason = 'error.import.required';
      else if (!reasonId) errors.reason = 'error.import.reason_unknown';
      const o = get('orientation') ? normCell(get('orientation')).replace(/ /g, '_') : '';
      if (o && !(INTERNAL_SERVICES as readonly string[]).includes(o)) errors.orientation = 'error.import.orientation_unknown';
      const note = get('note');
      if (note.length > 1000) errors.note = 'error.import.too_long';
      let at: Date | null = null;
      if (day && !errors.time) {
        at = brusselsCellInstant(day, time);
        if (!at) errors.time = 'error.import.time_invalid';
      }
      if (Object.keys(errors).length) return { value: null, errors };
      return {
        value: {
          at: at!,
          siteId: site!.id,
          reasonId: reasonId!,
          orientationService: (o || null) as ImportedVisit['orientationService'],
          outOfHours: time ? outsideOpeningHours(site!.openingHours, at!) : false,
          note: note || null,
        },
        errors,
      };
    },
    existing: writer.existing,
    async write(tx, actor, items, onProgress) {
      const written = await writer.write(tx, actor, items, onProgress);
      const latest = new Map<number, Date>();
      for (const w of items) if ((latest.get(w.personId)?.getTime() ?? 0) < w.value.at.getTime()) latest.set(w.personId, w.value.at);
      await ctx.services.people.touchMany(latest, tx);
      await ctx.audit.record(actor, { action: 'frontdesk.visit_import', entityType: 'frontdesk_visit', details: { written: written.filter((w) => w.action !== 'unchanged').length } }, tx);
      return written;
    },
    undo: (tx, _actor, written) => writer.undo(tx, written),
  };
}
