import type { ModuleContext } from '../../platform/module';
import type { Actor } from '../../platform/audit/audit.service';
import type { Tx } from '../../platform/db/database';
import { AppError } from '../../platform/http/errors';
import { HISTORY_COMMON_FIELDS, type HistoryImportAdapter, type HistoryWrite, type HistoryWritten } from '../../platform/imports';
import { normCell } from '../../platform/import-cells';
import { isValidNiss, normaliseNiss } from '../people/niss';

/** Header names of the columns every history file may give. */
const COMMON_HEADERS: Record<(typeof HISTORY_COMMON_FIELDS)[number], string[]> = {
  externalId: ['id', 'identifiant', 'reference', 'ref', 'external id', 'id externe', 'numero', 'nummer', 'code'],
  personExternalId: ['id personne', 'reference personne', 'personne', 'dossier', 'numero de dossier', 'dossiernummer', 'persoon', 'persoon id', 'person id', 'person'],
  personNiss: ['niss', 'nrn', 'registre national', 'numero national', 'rijksregisternummer', 'rijksregister', 'insz', 'national number'],
};

export const historyFields = (a: HistoryImportAdapter): string[] => (a.withoutPerson ? ['externalId', ...a.fields] : [...HISTORY_COMMON_FIELDS, ...a.fields]);

export function suggestHistoryMapping(a: HistoryImportAdapter, headers: string[]): (string | null)[] {
  const names: Record<string, string[]> = { ...COMMON_HEADERS, ...a.headerNames };
  const fields = historyFields(a);
  const used = new Set<string>();
  return headers.map((h) => {
    const n = normCell(h);
    const f = fields.find((x) => !used.has(x) && (names[x] ?? []).includes(n));
    if (f) used.add(f);
    return f ?? null;
  });
}

export function checkHistoryMapping(a: HistoryImportAdapter, mapping: (string | null)[]) {
  const fields = historyFields(a);
  const unknown = mapping.find((f) => f && !fields.includes(f));
  if (unknown) throw new AppError(400, 'error.import.field_unknown', { field: unknown });
  for (const required of ['externalId', ...a.required]) if (!mapping.includes(required)) throw new AppError(400, 'error.import.field_unmapped', { field: `import.field.${required}` });
  if (!a.withoutPerson && !mapping.includes('personExternalId') && !mapping.includes('personNiss')) throw new AppError(400, 'error.import.field_unmapped', { field: 'import.field.personExternalId' });
}

export type HistoryStatus = 'new' | 'update' | 'duplicate' | 'error' | 'waiting';
export interface HistoryRow {
  index: number;
  cells: Record<string, string>;
  errors: Record<string, string>;
  /** per field, how the row is written otherwise than it says (a participation beyond the places: waiting list) */
  notes: Record<string, string>;
  status: HistoryStatus;
  duplicateOf: { personId: null; row: number; name: string; birthDate: null; reason: 'same_external_id' } | null;
  updates: number | null;
  externalId: string | null;
  personId: number | null;
  value: unknown;
}

/**
 * Checks rows of history (from a file or the bulk API): the adapter's own checks, then the person each row
 * names (by external id in the same source, or NISS: a person not in the registry yet makes the row wait),
 * an external id seen twice, the records that already carry it (will update), and the adapter's rules that
 * need the database (a follow-up start).
 */
export async function analyseHistory(ctx: ModuleContext, a: HistoryImportAdapter, source: string, input: { index: number; cells: Record<string, string> }[]): Promise<HistoryRow[]> {
  const lookups = await a.lookups();
  const rows: HistoryRow[] = input.map(({ index, cells }) => {
    const check = a.check(cells, lookups);
    const errors = { ...check.errors };
    const externalId = (cells.externalId ?? '').trim() || null;
    if (!externalId) errors.externalId = 'error.import.required';
    else if (externalId.length > 100) errors.externalId = 'error.import.too_long';
    const pid = (cells.personExternalId ?? '').trim();
    const pn = (cells.personNiss ?? '').trim();
    if (!a.withoutPerson && !pid && !pn) errors.personExternalId = 'error.import.person_required';
    if (!a.withoutPerson && pn && !isValidNiss(normaliseNiss(pn))) errors.personNiss = 'error.niss_invalid';
    return { index, cells, errors, notes: {}, status: Object.keys(errors).length ? 'error' : 'new', duplicateOf: null, updates: null, externalId, personId: null, value: check.value };
  });
  const valid = rows.filter((r) => r.status !== 'error');
  const byExternal = await ctx.services.peopleImport.byExternalIds(source, [...new Set(valid.map((r) => (r.cells.personExternalId ?? '').trim()).filter(Boolean))]);
  const nisses = [...new Set(valid.map((r) => normaliseNiss((r.cells.personNiss ?? '').trim())).filter(Boolean))];
  const byNiss = new Map((await ctx.services.peopleImport.candidates(nisses, [])).map((c) => [c.niss!, c.id]));
  const known = await a.existing(source, valid.map((r) => r.externalId!));
  const seen = new Map<string, HistoryRow>();
  for (const r of valid) {
    const pid = (r.cells.personExternalId ?? '').trim();
    const pn = normaliseNiss((r.cells.personNiss ?? '').trim());
    r.personId = a.withoutPerson ? 0 : ((pid ? byExternal.get(pid)?.id : undefined) ?? (pn ? byNiss.get(pn) : undefined) ?? null);
    const earlier = seen.get(r.externalId!);
    if (earlier) {
      r.status = 'duplicate';
      r.duplicateOf = { personId: null, row: earlier.index, name: r.externalId!, birthDate: null, reason: 'same_external_id' };
      continue;
    }
    seen.set(r.externalId!, r);
    if (r.personId === null) {
      r.status = 'waiting';
      r.errors[pid ? 'personExternalId' : 'personNiss'] = 'error.import.person_waiting';
      continue;
    }
    const id = known.get(r.externalId!);
    if (id) {
      r.status = 'update';
      r.updates = id;
    }
  }
  const ready = rows.filter((r) => r.status === 'new' || r.status === 'update');
  if (a.verify && ready.length) {
    const refusals = await a.verify(ready.map((r) => ({ personId: r.personId!, value: r.value, updates: r.updates })));
    ready.forEach((r, i) => {
      const x = refusals[i];
      if (!x) return;
      if (x.adjusted !== undefined) {
        r.value = x.adjusted;
        r.notes[x.field] = x.key;
        return;
      }
      r.status = 'error';
      r.errors[x.field] = x.key;
    });
  }
  return rows;
}

export const historyPlan = (r: Pick<HistoryRow, 'status'>): 'create' | 'update' | 'refuse' | 'skip' =>
  r.status === 'new' ? 'create' : r.status === 'update' ? 'update' : r.status === 'duplicate' ? 'skip' : 'refuse';

export function historyWrites(source: string, rows: HistoryRow[]): { row: HistoryRow; write: HistoryWrite<unknown> }[] {
  return rows
    .filter((r) => historyPlan(r) === 'create' || historyPlan(r) === 'update')
    .map((row) => ({ row, write: { op: row.status === 'update' ? 'update' : 'create', id: row.updates ?? undefined, source, externalId: row.externalId!, personId: row.personId!, value: row.value } }));
}

export async function writeHistory(tx: Tx, actor: Actor, a: HistoryImportAdapter, writes: HistoryWrite<unknown>[], onProgress?: (n: number) => void): Promise<HistoryWritten[]> {
  return writes.length ? a.write(tx, actor, writes, onProgress) : [];
}
