import { inArray, sql } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import type { Db, Tx } from '../../platform/db/database';
import type { HistoryImportAdapter } from '../../platform/imports';
import { historyTableWriter } from '../../platform/import-writer';
import { brusselsInstant } from '../../platform/brussels-time';
import { normCell, parseDay, cellsOf, historyDay } from '../../platform/import-cells';
import { type INTERVIEW_KINDS, socialdeskCategories, socialdeskFollowups, socialdeskInterviews } from './socialdesk.table';

/** A social-desk interview as an import writes it. */
export interface ImportedInterview {
  date: string;
  siteId: number;
  kind: (typeof INTERVIEW_KINDS)[number];
  actions: string | null;
  categories: number[];
  /** the start of the person's follow-up, when the file gives it: opened there if the person has none covering the date */
  followupStart: string | null;
}
interface Lookups {
  categories: Map<string, number>;
  sites: Map<string, number>;
  main: number | null;
}

export const INTERVIEW_FIELDS = ['date', 'site', 'kind', 'categories', 'actions', 'followupStart'] as const;

const KIND_WORDS: Record<string, ImportedInterview['kind']> = {
  appointment: 'appointment', 'rendez vous': 'appointment', rdv: 'appointment', afspraak: 'appointment',
  drop_in: 'drop_in', 'drop in': 'drop_in', 'sans rendez vous': 'drop_in', permanence: 'drop_in', 'zonder afspraak': 'drop_in', spontaan: 'drop_in',
  phone: 'phone', telephone: 'phone', telefoon: 'phone', telefonisch: 'phone', tel: 'phone',
};

/**
 * The social desk's import adapter (issue 16). The dependency rule is explicit: an interview belongs to a
 * follow-up of its person. When the person has none covering the interview's day, the row must give the
 * follow-up's start (column followupStart, on or before the interview): the import opens the follow-up there.
 * A start is never guessed from the first interview (that made 150 new arrivals into 214); a row without one
 * is refused, and says why.
 */
export function createSocialdeskImport(ctx: ModuleContext): HistoryImportAdapter<ImportedInterview, Lookups> {
  const { db } = ctx;
  const writer = historyTableWriter<ImportedInterview>({
    db,
    table: socialdeskInterviews,
    tableName: 'socialdesk_interviews',
    now: () => ctx.clock.now(),
    columns: (w) => ({ personId: w.personId, date: w.value.date, siteId: w.value.siteId, kind: w.value.kind, actions: w.value.actions }),
    // Categories: those of the row (replacing an updated interview's); the undo puts back those it had.
    links: { tableName: 'socialdesk_interview_categories', owner: 'interview_id', name: 'categories', of: (w) => w.value.categories.map((id) => ({ category_id: id })) },
  });

  /** Each person's follow-ups. */
  async function followupsOf(personIds: number[], q: Db | Tx = db) {
    const out = new Map<number, { start: string; end: string | null }[]>();
    for (let i = 0; i < personIds.length; i += 5000) {
      const rows = await q
        .select({ personId: socialdeskFollowups.personId, start: socialdeskFollowups.startDate, end: socialdeskFollowups.endDate })
        .from(socialdeskFollowups)
        .where(inArray(socialdeskFollowups.personId, personIds.slice(i, i + 5000)));
      for (const r of rows) out.set(r.personId, [...(out.get(r.personId) ?? []), { start: r.start, end: r.end }]);
    }
    return out;
  }
  const covers = (list: { start: string; end: string | null }[] | undefined, day: string) => !!list?.some((f) => f.start <= day && (f.end === null || day <= f.end));

  return {
    kind: 'socialdesk_interviews',
    fields: INTERVIEW_FIELDS,
    required: ['date'],
    headerNames: {
      date: ['date', 'jour', 'datum', 'date de l entretien', 'date entretien', 'gespreksdatum', 'interview date'],
      site: ['site', 'lieu', 'antenne', 'locatie', 'vestiging', 'place'],
      kind: ['type', 'type d entretien', 'mode', 'soort', 'soort gesprek', 'kind'],
      categories: ['categories', 'categorie', 'problematique', 'problematiques', 'thema', 'themas', 'categorieen', 'problem'],
      actions: ['actions', 'action', 'actie', 'acties', 'suivi donne', 'resume', 'samenvatting'],
      followupStart: ['debut du suivi', 'debut suivi', 'date debut suivi', 'start begeleiding', 'begin begeleiding', 'follow up start'],
    },
    async lookups() {
      const categories = new Map<string, number>();
      for (const c of await db.select().from(socialdeskCategories)) {
        if (!c.active) continue;
        for (const k of [c.code, c.labelFr, c.labelNl, c.labelEn]) categories.set(normCell(k), c.id);
      }
      const list = await ctx.services.sites.list();
      const sites = new Map(list.flatMap((s) => [[normCell(s.name), s.id] as const, [String(s.id), s.id] as const]));
      return { categories, sites, main: (list.find((s) => s.kind === 'main') ?? list[0])?.id ?? null };
    },
    check(cells, l) {
      const errors: Record<string, string> = {};
      const get = cellsOf(cells);
      const date = historyDay(get('date'), errors);
      const siteId = get('site') ? l.sites.get(normCell(get('site'))) : l.main;
      if (!siteId) errors.site = 'error.import.site_unknown';
      const kind = get('kind') ? KIND_WORDS[normCell(get('kind'))] ?? KIND_WORDS[get('kind')] : 'appointment';
      if (!kind) errors.kind = 'error.import.interview_kind_unknown';
      const categories: number[] = [];
      for (const c of get('categories').split(/[,;/|]+/).map((x) => x.trim()).filter(Boolean)) {
        const id = l.categories.get(normCell(c));
        if (!id) errors.categories = 'error.import.category_unknown';
        else if (!categories.includes(id)) categories.push(id);
      }
      const actions = get('actions');
      if (actions.length > 5000) errors.actions = 'error.import.too_long';
      const followupStart = get('followupStart') ? parseDay(get('followupStart')) : null;
      if (get('followupStart') && !followupStart) errors.followupStart = 'error.import.date_invalid';
      else if (followupStart && date && followupStart > date) errors.followupStart = 'error.import.followup_after_interview';
      if (Object.keys(errors).length) return { value: null, errors };
      return { value: { date: date!, siteId: siteId!, kind: kind!, actions: actions || null, categories, followupStart }, errors };
    },
    async verify(items) {
      const followups = await followupsOf([...new Set(items.map((i) => i.personId))]);
      // The earliest start given for each person, in this file or batch.
      const given = new Map<number, string>();
      for (const { personId, value } of items) if (value.followupStart && (!given.has(personId) || value.followupStart < given.get(personId)!)) given.set(personId, value.followupStart);
      return items.map(({ personId, value }) => {
        const list = followups.get(personId);
        if (covers(list, value.date)) return null;
        const start = given.get(personId);
        const open = list?.some((f) => f.end === null);
        if (start && start <= value.date && !open) return null;
        return { field: 'followupStart', key: open ? 'error.import.followup_open_later' : 'error.import.followup_start_needed' };
      });
    },
    existing: writer.existing,
    async write(tx, actor, items, onProgress) {
      const written = await writer.write(tx, actor, items, onProgress);
      // Follow-ups opened at the start the rows give, for people with none covering their interviews.
      const starts = new Map<number, { start: string; first: number }>();
      items.forEach((w, i) => {
        const s = w.value.followupStart;
        if (s && (!starts.has(w.personId) || s < starts.get(w.personId)!.start)) starts.set(w.personId, { start: s, first: starts.get(w.personId)?.first ?? i });
      });
      const have = await followupsOf([...starts.keys()], tx);
      const open = [...starts.entries()].filter(([personId, { start }]) => !have.get(personId)?.some((f) => f.end === null || (f.start <= start && start <= f.end)));
      for (let i = 0; i < open.length; i += 2000) {
        const part = open.slice(i, i + 2000);
        const rows = await tx
          .insert(socialdeskFollowups)
          .values(part.map(([personId, { start }]) => ({ personId, startDate: start, createdBy: actor.userId })))
          .onConflictDoNothing({ target: socialdeskFollowups.personId, where: sql`end_date is null` })
          .returning({ id: socialdeskFollowups.id, personId: socialdeskFollowups.personId });
        for (const r of rows) {
          const w = written[starts.get(r.personId)!.first];
          w.also = { ...w.also, followups: [...((w.also?.followups as number[] | undefined) ?? []), r.id] };
        }
      }
      const latest = new Map<number, Date>();
      for (const w of items) {
        const at = brusselsInstant(w.value.date, '12:00');
        if ((latest.get(w.personId)?.getTime() ?? 0) < at.getTime()) latest.set(w.personId, at);
      }
      await ctx.services.people.touchMany(latest, tx);
      await ctx.audit.record(actor, { action: 'socialdesk.interview_import', entityType: 'socialdesk_interview', details: { written: written.filter((w) => w.action !== 'unchanged').length, followupsOpened: open.length } }, tx);
      return written;
    },
    async undo(tx, _actor, written) {
      const r = await writer.undo(tx, written);
      if (r.blockedBy !== null) return r;
      const followups = written.flatMap((w) => (w.also?.followups as number[] | undefined) ?? []);
      for (let i = 0; i < followups.length; i += 5000) await tx.delete(socialdeskFollowups).where(inArray(socialdeskFollowups.id, followups.slice(i, i + 5000)));
      return r;
    },
  };
}
