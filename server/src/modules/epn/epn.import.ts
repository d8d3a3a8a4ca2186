import type { ModuleContext } from '../../platform/module';
import type { HistoryImportAdapter } from '../../platform/imports';
import { historyTableWriter } from '../../platform/import-writer';
import { normCell, parseTime, brusselsCellInstant, cellsOf, historyDay } from '../../platform/import-cells';
import { translate } from '../../platform/i18n/messages';
import { ageBracketOf } from './epn.core';
import { epnHelpKinds, epnVisits, epnWorkstations, VISIT_GENDERS } from './epn.table';

/** An EPN visit as an import writes it: a finished visit (closed), at a PC or not, with its kinds of help. */
export interface ImportedEpnVisit {
  startedAt: Date;
  endedAt: Date;
  workstationId: number | null;
  helpKindIds: number[];
  notes: string | null;
  /** what the registry says of the person (sex, birth year, a short name), read when the visit is written */
  person?: { gender: (typeof VISIT_GENDERS)[number] | null; birthYear: number | null; label: string };
}
interface Lookups {
  help: Map<string, number>;
  workstations: Map<string, number>;
}

export const EPN_VISIT_FIELDS = ['date', 'start', 'end', 'workstation', 'help', 'notes'] as const;

/**
 * The EPN's import adapter (issue 16): visits of the public digital space from past years' sheets or another
 * tool, each with its source's id (a second import updates it), linked to the person the row names. A visit is
 * finished: its start (noon when the file gives no time) and its end (the start when none is given). Sex and age
 * bracket are the person's on the visit's year, as for a visit recorded at the desk. The kinds of help are codes
 * or labels (FR, NL, EN) of the configured list, several separated by commas.
 */
export function createEpnImport(ctx: ModuleContext): HistoryImportAdapter<ImportedEpnVisit, Lookups> {
  const writer = historyTableWriter<ImportedEpnVisit>({
    db: ctx.db,
    table: epnVisits,
    tableName: 'epn_visits',
    now: () => ctx.clock.now(),
    columns: (w) => {
      const p = w.value.person;
      return {
        status: 'closed',
        personId: w.personId,
        gender: p?.gender ?? null,
        ageBracket: ageBracketOf(p?.birthYear ? w.value.startedAt.getUTCFullYear() - p.birthYear : null),
        label: p?.label ?? null,
        workstationId: w.value.workstationId,
        startedAt: w.value.startedAt,
        endedAt: w.value.endedAt,
        notes: w.value.notes,
      };
    },
    links: { tableName: 'epn_visit_help', owner: 'visit_id', name: 'help', of: (w) => w.value.helpKindIds.map((id) => ({ help_kind_id: id })) },
  });
  return {
    kind: 'epn_visits',
    fields: EPN_VISIT_FIELDS,
    required: ['date'],
    headerNames: {
      date: ['date', 'jour', 'datum', 'date de visite', 'date du passage', 'bezoekdatum', 'visit date', 'day'],
      start: ['debut', 'heure', 'heure d arrivee', 'arrivee', 'heure de debut', 'begin', 'beginuur', 'aankomst', 'uur', 'start', 'start time', 'arrival', 'time'],
      end: ['fin', 'heure de fin', 'depart', 'heure de depart', 'einde', 'einduur', 'vertrek', 'end', 'end time', 'departure'],
      workstation: ['poste', 'pc', 'ordinateur', 'poste de travail', 'computer', 'werkpost', 'werkstation', 'workstation'],
      help: ['aide', 'aides', 'type d aide', 'aide apportee', 'accompagnement', 'hulp', 'soort hulp', 'begeleiding', 'help', 'help kind', 'support'],
      notes: ['remarque', 'remarques', 'commentaire', 'note', 'notes', 'opmerking', 'opmerkingen', 'comment'],
    },
    async lookups() {
      const help = new Map<string, number>();
      for (const k of await ctx.db.select().from(epnHelpKinds)) {
        if (!k.active) continue;
        const names = [k.label, ...(k.code ? [k.code, ...(['fr', 'nl', 'en'] as const).map((l) => translate(l, `epn.help.${k.code}`))] : [])];
        for (const n of names) help.set(normCell(n), k.id);
      }
      const workstations = new Map<string, number>();
      for (const w of await ctx.db.select().from(epnWorkstations)) workstations.set(normCell(w.name), w.id);
      return { help, workstations };
    },
    check(cells, l) {
      const errors: Record<string, string> = {};
      const get = cellsOf(cells);
      const day = historyDay(get('date'), errors);
      // A start in its own column, or the time part of the date cell; the end in its own column.
      const start = get('start') ? parseTime(get('start')) : parseTime(get('date'));
      if (get('start') && !start) errors.start = 'error.import.time_invalid';
      const end = get('end') ? parseTime(get('end')) : null;
      if (get('end') && !end) errors.end = 'error.import.time_invalid';
      else if (end && !start) errors.start = 'error.import.required';
      else if (end && start && end < start) errors.end = 'error.import.end_before_start';
      const workstationId = get('workstation') ? l.workstations.get(normCell(get('workstation'))) ?? null : null;
      if (get('workstation') && !workstationId) errors.workstation = 'error.import.workstation_unknown';
      const helpKindIds: number[] = [];
      for (const h of get('help').split(/[,;/|]+/).map((x) => x.trim()).filter(Boolean)) {
        const id = l.help.get(normCell(h));
        if (!id) errors.help = 'error.import.help_unknown';
        else if (!helpKindIds.includes(id)) helpKindIds.push(id);
      }
      const notes = get('notes');
      if (notes.length > 2000) errors.notes = 'error.import.too_long';
      let startedAt: Date | null = null;
      let endedAt: Date | null = null;
      if (day && !errors.start && !errors.end) {
        startedAt = brusselsCellInstant(day, start);
        endedAt = end ? brusselsCellInstant(day, end) : startedAt;
        if (!startedAt) errors.start = 'error.import.time_invalid';
        else if (!endedAt) errors.end = 'error.import.time_invalid';
      }
      if (Object.keys(errors).length) return { value: null, errors };
      return { value: { startedAt: startedAt!, endedAt: endedAt!, workstationId, helpKindIds: helpKindIds.sort((a, b) => a - b), notes: notes || null }, errors };
    },
    async verify(items) {
      // A visit is a past one: one that ends after now is refused.
      const now = ctx.clock.now().getTime();
      return items.map(({ value }) => (value.endedAt.getTime() > now ? { field: 'date', key: 'error.import.in_future' } : null));
    },
    existing: writer.existing,
    async write(tx, actor, items, onProgress) {
      const ids = [...new Set(items.map((w) => w.personId))];
      const who = new Map<number, NonNullable<ImportedEpnVisit['person']>>();
      for (let i = 0; i < ids.length; i += 5000)
        for (const p of await ctx.services.people.profiles(ids.slice(i, i + 5000), tx))
          who.set(p.id, {
            gender: (VISIT_GENDERS as readonly string[]).includes(p.gender) ? (p.gender as (typeof VISIT_GENDERS)[number]) : null,
            birthYear: p.birthYear,
            label: `${p.firstName} ${p.lastName.slice(0, 1)}.`.trim(),
          });
      const written = await writer.write(
        tx,
        actor,
        items.map((w) => ({ ...w, value: { ...w.value, person: who.get(w.personId) } })),
        onProgress,
      );
      const latest = new Map<number, Date>();
      for (const w of items) if ((latest.get(w.personId)?.getTime() ?? 0) < w.value.endedAt.getTime()) latest.set(w.personId, w.value.endedAt);
      await ctx.services.people.touchMany(latest, tx);
      await ctx.audit.record(actor, { action: 'epn.visit_import', entityType: 'epn_visit', details: { written: written.filter((w) => w.action !== 'unchanged').length } }, tx);
      return written;
    },
    undo: (tx, _actor, written) => writer.undo(tx, written),
  };
}
