import { createHash } from 'node:crypto';
import { and, desc, eq, getTableColumns } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import type { Actor } from '../../platform/audit/audit.service';
import { AppError, conflict, notFound } from '../../platform/http/errors';
import type { ImportCandidate, ImportWrite, ImportWritten, ImportedPerson } from '../people/people.import';
import { PROFESSIONAL_STATUSES, STUDY_LEVELS } from '../people/people.service';
import { matchKeys, nameWords } from '../people/people.matching';
import { type IMPORT_KINDS, importBatches, importMappings, type RowDecision } from './imports.table';
import { PERSON_FIELDS, checkRow, headerSignature, suggestMapping, type PersonField } from './imports.fields';
import { readSheet } from './imports.read';
import { dropRows, loadRows, loadWritten, saveRows, saveWritten } from './imports.rows';
import { analyseHistory, checkHistoryMapping, historyFields, historyPlan, historyWrites, suggestHistoryMapping, writeHistory, type HistoryRow } from './imports.history';
import type { HistoryImportAdapter, HistoryWritten } from '../../platform/imports';

export type RowStatus = 'new' | 'update' | 'duplicate' | 'error' | 'skipped' | 'waiting';
export type DuplicateReason = 'same_niss' | 'same_birth_date_and_name' | 'same_external_id';

export interface AnalysedRow {
  index: number;
  cells: Partial<Record<PersonField, string>>;
  errors: Partial<Record<PersonField, string>>;
  /** per field, how a row is written otherwise than it says (a participation beyond the places: waiting list) */
  notes: Record<string, string>;
  status: RowStatus;
  /** the person of the registry (or the earlier row of the file) this row may be */
  duplicateOf: { personId: number | null; row: number | null; name: string; birthDate: string | null; reason: DuplicateReason } | null;
  /** the record this row updates (same source and external id) */
  updates: number | null;
  decision: RowDecision | null;
  fixed: PersonField[];
  person: ImportedPerson | null;
  externalId: string | null;
  /** a row of history: what the adapter made of it */
  history?: HistoryRow;
}

export interface Counts {
  rows: number;
  new: number;
  update: number;
  duplicate: number;
  error: number;
  /** rows of history whose person is not in the registry yet */
  waiting: number;
  /** what a commit would do now */
  willCreate: number;
  willUpdate: number;
  willRefuse: number;
  willSkip: number;
  /** rows written otherwise than they say, each with its note (a participation beyond the places: waiting list) */
  noted: number;
  /** once committed: what was written */
  created?: number;
  updated?: number;
}

type Batch = typeof importBatches.$inferSelect;
type Progress = { phase: 'checking' | 'writing' | 'done'; done: number; total: number };

/** A name's words and sound pairs, computed only when another record shares the birth date (they cost). */
type NameKeys = () => { words: string; pairs: string[] };
const nameKeys = (first: string, last: string): NameKeys => {
  let memo: { words: string; pairs: string[] } | undefined;
  return () => (memo ??= { words: [...nameWords(first), ...nameWords(last)].sort().join(' '), pairs: matchKeys(first, last).filter((k) => k.startsWith('p:')) });
};
/** Same birth date and a name close in spelling and sound, accents and order ignored. */
const closeNames = (x: NameKeys, y: NameKeys) => {
  const a = x();
  const b = y();
  return a.words === b.words || a.pairs.some((k) => b.pairs.includes(k));
};

export function createImportsService(ctx: ModuleContext) {
  const { db, clock, audit } = ctx;
  const people = () => ctx.services.peopleImport;
  /** The adapter of a kind of history, or a clear refusal. */
  const adapterOf = (kind: string): HistoryImportAdapter => {
    const a = ctx.registry.imports.get(kind);
    if (!a) throw new AppError(400, 'error.import.kind_unknown', { kind });
    return a;
  };
  const progressOf = new Map<number, Progress>();
  /** The last analyses (a file of 50,000 rows takes seconds): pages of the same state reuse them for a few seconds. */
  const recent = new Map<string, { at: number; result: Awaited<ReturnType<typeof analyse>> }>();
  const stateKey = (b: Batch) => `${b.id}:${createHash('sha1').update(JSON.stringify([b.mapping, b.fixes, b.decisions, b.status])).digest('hex')}`;
  async function analyseRecent(b: Batch) {
    const key = stateKey(b);
    const hit = recent.get(key);
    if (hit && Date.now() - hit.at < 15_000) return hit.result;
    const result = await analyse(b);
    recent.clear();
    recent.set(key, { at: Date.now(), result });
    return result;
  }

  /** Every column but the file's rows: an update answers these and keeps the rows it already holds (a file of 50,000 rows is read once). */
  const { rows: _rows, ...withoutRows } = getTableColumns(importBatches);

  /** A batch with its rows (a draft's, read by chunks). */
  async function load(id: number): Promise<Batch> {
    const [b] = await db.select().from(importBatches).where(eq(importBatches.id, id));
    if (!b) throw notFound('what.import');
    return b.status === 'draft' ? { ...b, rows: await loadRows(db, id, b.rows) } : b;
  }
  const mustBeDraft = (b: Batch) => {
    if (b.status !== 'draft') throw conflict('error.import.not_draft', { status: b.status });
  };

  /** Every row with its cells after the mapping and the fixes, its errors, and what a commit would do with it. */
  async function analyse(b: Batch): Promise<{ rows: AnalysedRow[]; counts: Counts }> {
    if (b.kind !== 'people') return analyseHistoryBatch(b);
    const lists = { statuses: PROFESSIONAL_STATUSES, studyLevels: STUDY_LEVELS };
    const rows: AnalysedRow[] = b.rows.map((raw, index) => {
      const cells: Partial<Record<PersonField, string>> = {};
      b.mapping.forEach((f, col) => {
        if (f) cells[f as PersonField] = raw[col] ?? '';
      });
      const fix = b.fixes[String(index)] ?? {};
      for (const [f, v] of Object.entries(fix)) cells[f as PersonField] = v;
      const check = checkRow(cells, lists);
      return {
        index,
        cells,
        errors: check.errors,
        notes: {},
        status: Object.keys(check.errors).length ? 'error' : 'new',
        duplicateOf: null,
        updates: null,
        decision: b.decisions[String(index)] ?? null,
        fixed: Object.keys(fix) as PersonField[],
        person: check.person,
        externalId: check.externalId,
      };
    });
    const valid = rows.filter((r) => r.person);
    // A second import of the same source and ids updates.
    const known = await people().byExternalIds(
      b.source,
      valid.map((r) => r.externalId).filter((x): x is string => !!x),
    );
    // Within the file: an external id seen twice, a NISS seen twice, or the same birth date and a close name.
    const seenId = new Map<string, AnalysedRow>();
    const seenNiss = new Map<string, AnalysedRow>();
    const seenBirth = new Map<string, { row: AnalysedRow; keys: NameKeys }[]>();
    const candidates = await people().candidates(
      [...new Set(valid.map((r) => r.person!.niss).filter((x): x is string => !!x))],
      [...new Set(valid.map((r) => r.person!.birthDate).filter((x): x is string => !!x))],
    );
    const byNiss = new Map<string, ImportCandidate>();
    const byBirth = new Map<string, { c: ImportCandidate; keys: NameKeys }[]>();
    for (const c of candidates) {
      if (c.niss) byNiss.set(c.niss, c);
      if (c.birthDate) {
        const list = byBirth.get(c.birthDate) ?? [];
        list.push({ c, keys: nameKeys(c.firstName, c.lastName) });
        byBirth.set(c.birthDate, list);
      }
    }
    for (const r of valid) {
      const p = r.person!;
      const keys = nameKeys(p.firstName, p.lastName);
      const mark = (d: AnalysedRow['duplicateOf']) => {
        r.status = 'duplicate';
        r.duplicateOf = d;
      };
      const knownRecord = r.externalId ? known.get(r.externalId) : undefined;
      if (r.externalId && seenId.has(r.externalId)) {
        const other = seenId.get(r.externalId)!;
        mark({ personId: null, row: other.index, name: `${other.person!.firstName} ${other.person!.lastName}`, birthDate: other.person!.birthDate ?? null, reason: 'same_external_id' });
      } else if (knownRecord) {
        r.status = 'update';
        r.updates = knownRecord.id;
      } else if (p.niss && seenNiss.has(p.niss)) {
        const other = seenNiss.get(p.niss)!;
        mark({ personId: null, row: other.index, name: `${other.person!.firstName} ${other.person!.lastName}`, birthDate: other.person!.birthDate ?? null, reason: 'same_niss' });
      } else if (p.niss && byNiss.has(p.niss)) {
        const c = byNiss.get(p.niss)!;
        mark({ personId: c.id, row: null, name: `${c.firstName} ${c.lastName}`, birthDate: c.birthDate, reason: 'same_niss' });
      } else {
        const inFile = p.birthDate ? seenBirth.get(p.birthDate)?.find((x) => closeNames(x.keys, keys)) : undefined;
        const inRegistry = p.birthDate ? byBirth.get(p.birthDate)?.find((x) => closeNames(x.keys, keys)) : undefined;
        if (inFile)
          mark({ personId: null, row: inFile.row.index, name: `${inFile.row.person!.firstName} ${inFile.row.person!.lastName}`, birthDate: p.birthDate ?? null, reason: 'same_birth_date_and_name' });
        else if (inRegistry) mark({ personId: inRegistry.c.id, row: null, name: `${inRegistry.c.firstName} ${inRegistry.c.lastName}`, birthDate: inRegistry.c.birthDate, reason: 'same_birth_date_and_name' });
      }
      if (r.externalId && !seenId.has(r.externalId)) seenId.set(r.externalId, r);
      if (r.status === 'duplicate' && r.duplicateOf?.row !== null) {
        // A row that repeats an earlier one of the file is not itself a reference for later rows.
      } else {
        if (p.niss && !seenNiss.has(p.niss)) seenNiss.set(p.niss, r);
        if (p.birthDate) {
          const list = seenBirth.get(p.birthDate) ?? [];
          list.push({ row: r, keys });
          seenBirth.set(p.birthDate, list);
        }
      }
      if (r.decision?.action === 'skip') r.status = r.status === 'duplicate' ? 'duplicate' : 'skipped';
    }
    return { rows, counts: countsOf(rows) };
  }

  function countsOf(rows: AnalysedRow[]): Counts {
    const counts: Counts = { rows: rows.length, new: 0, update: 0, duplicate: 0, error: 0, waiting: 0, willCreate: 0, willUpdate: 0, willRefuse: 0, willSkip: 0, noted: 0 };
    for (const r of rows) {
      if (r.status !== 'skipped') counts[r.status]++;
      const w = planOf(r);
      if ((w === 'create' || w === 'update') && Object.keys(r.notes).length) counts.noted++;
      if (w === 'create') counts.willCreate++;
      else if (w === 'update') counts.willUpdate++;
      else if (w === 'refuse') counts.willRefuse++;
      else counts.willSkip++;
    }
    return counts;
  }

  /** Rows of history: the mapping and fixes applied, then the kind's adapter and the person each row names. */
  async function analyseHistoryBatch(b: Batch): Promise<{ rows: AnalysedRow[]; counts: Counts }> {
    const a = adapterOf(b.kind);
    const input = b.rows.map((raw, index) => {
      const cells: Record<string, string> = {};
      b.mapping.forEach((f, col) => {
        if (f) cells[f] = raw[col] ?? '';
      });
      Object.assign(cells, b.fixes[String(index)] ?? {});
      return { index, cells };
    });
    const checked = await analyseHistory(ctx, a, b.source, input);
    const rows: AnalysedRow[] = checked.map((h) => ({
      index: h.index,
      cells: h.cells as AnalysedRow['cells'],
      errors: h.errors as AnalysedRow['errors'],
      notes: h.notes,
      status: h.status,
      duplicateOf: h.duplicateOf,
      updates: h.updates,
      decision: null,
      fixed: Object.keys(b.fixes[String(h.index)] ?? {}) as PersonField[],
      person: null,
      externalId: h.externalId,
      history: h,
    }));
    return { rows, counts: countsOf(rows) };
  }

  /** What a commit does with a row: an error is refused, a duplicate nobody decided on is skipped. */
  function planOf(r: AnalysedRow): 'create' | 'update' | 'refuse' | 'skip' {
    if (r.history) return historyPlan(r.history);
    if (r.status === 'error') return 'refuse';
    if (r.decision?.action === 'skip' || r.status === 'skipped') return 'skip';
    if (r.status === 'update') return 'update';
    if (r.status === 'duplicate') {
      if (!r.decision) return 'skip';
      if (r.decision.action === 'new') return 'create';
      return r.duplicateOf?.personId || r.decision.action === 'link' || r.decision.action === 'merge' ? 'update' : 'skip';
    }
    return 'create';
  }

  function writeOf(b: Batch, r: AnalysedRow): ImportWrite | null {
    const plan = planOf(r);
    if (plan === 'create') return { op: 'create', source: b.source, externalId: r.externalId, fields: r.person! };
    if (plan !== 'update') return null;
    if (r.status === 'update') return { op: 'update', id: r.updates!, source: b.source, externalId: r.externalId, fields: r.person!, onlyEmpty: false };
    const d = r.decision!;
    const id = d.action === 'link' || d.action === 'merge' ? d.personId : r.duplicateOf!.personId!;
    // Link: the record keeps its fields and takes the external id; merge: empty fields are filled from the row.
    return { op: 'update', id, source: b.source, externalId: r.externalId, fields: d.action === 'merge' ? r.person! : ({} as ImportedPerson), onlyEmpty: true };
  }

  function present(b: Batch, counts: Counts | null) {
    return {
      id: b.id,
      kind: b.kind,
      source: b.source,
      fileName: b.fileName,
      status: b.status,
      headers: b.headers,
      mapping: b.mapping as (PersonField | null)[],
      counts: counts ?? (b.counts as Counts | null),
      createdAt: b.createdAt.toISOString(),
      committedAt: b.committedAt?.toISOString() ?? null,
      undoneAt: b.undoneAt?.toISOString() ?? null,
    };
  }

  const service = {
    fields: PERSON_FIELDS,

    async upload(actor: Actor, input: { kind: (typeof IMPORT_KINDS)[number]; source: string; fileName: string; content: string }) {
      const adapter = input.kind === 'people' ? null : adapterOf(input.kind);
      const file = Buffer.from(input.content, 'base64');
      const sheet = await readSheet(file);
      const signature = headerSignature(sheet.headers);
      const [remembered] = await db
        .select()
        .from(importMappings)
        .where(and(eq(importMappings.kind, input.kind), eq(importMappings.signature, signature)));
      const mapping = remembered?.mapping ?? (adapter ? suggestHistoryMapping(adapter, sheet.headers) : suggestMapping(sheet.headers));
      // The rows go by chunks (one value of a 50,000-row file would hold its size many times over in the embedded database).
      const b = await db.transaction(async (tx) => {
        const [meta] = await tx
          .insert(importBatches)
          .values({ kind: input.kind, source: input.source, fileName: input.fileName, headers: sheet.headers, rows: [], mapping, createdBy: actor.userId, createdAt: clock.now() })
          .returning(withoutRows);
        await saveRows(tx, meta.id, sheet.rows);
        return { ...meta, rows: sheet.rows };
      });
      await audit.record(actor, { action: 'import.upload', entityType: 'import', entityId: b.id, details: { fileName: input.fileName, rows: sheet.rows.length } });
      return { ...present(b, (await analyseRecent(b)).counts), mappingRemembered: !!remembered };
    },

    async list() {
      const rows = await db.select().from(importBatches).orderBy(desc(importBatches.createdAt), desc(importBatches.id)).limit(100);
      return rows.map((b) => present(b, null));
    },

    async get(id: number, page: { filter: 'all' | 'errors' | 'duplicates'; offset: number; limit: number }) {
      const b = await load(id);
      if (b.status !== 'draft') return { ...present(b, null), rows: [], total: 0 };
      const { rows, counts } = await analyseRecent(b);
      const filtered = rows.filter((r) => page.filter === 'all' || (page.filter === 'errors' ? r.status === 'error' || r.status === 'waiting' : r.status === 'duplicate'));
      return {
        ...present(b, counts),
        total: filtered.length,
        rows: filtered.slice(page.offset, page.offset + page.limit).map(({ person: _p, externalId: _e, history: _h, ...r }) => ({ ...r, plan: planOf({ ...r, person: _p, externalId: _e, history: _h }) })),
      };
    },

    async setMapping(actor: Actor, id: number, mapping: (string | null)[]) {
      const b = await load(id);
      mustBeDraft(b);
      if (mapping.length !== b.headers.length) throw new AppError(400, 'error.import.mapping_length', { columns: b.headers.length });
      const twice = mapping.find((f, i) => f && mapping.indexOf(f) !== i);
      if (twice) throw new AppError(400, 'error.import.column_mapped_twice', { field: `import.field.${twice}` });
      if (b.kind !== 'people') checkHistoryMapping(adapterOf(b.kind), mapping);
      else {
        const unknown = mapping.find((f) => f && !(PERSON_FIELDS as readonly string[]).includes(f));
        if (unknown) throw new AppError(400, 'error.import.field_unknown', { field: unknown });
        for (const required of ['lastName', 'firstName'] as const) if (!mapping.includes(required)) throw new AppError(400, 'error.import.field_unmapped', { field: `import.field.${required}` });
      }
      const row = { ...(await db.update(importBatches).set({ mapping }).where(eq(importBatches.id, id)).returning(withoutRows))[0], rows: b.rows };
      const signature = headerSignature(b.headers);
      await db
        .insert(importMappings)
        .values({ kind: b.kind, signature, mapping, updatedAt: clock.now() })
        .onConflictDoUpdate({ target: [importMappings.kind, importMappings.signature], set: { mapping, updatedAt: clock.now() } });
      await audit.record(actor, { action: 'import.mapping', entityType: 'import', entityId: id });
      return present(row, (await analyseRecent(row)).counts);
    },

    async fixRow(actor: Actor, id: number, index: number, values: Record<string, string>) {
      const b = await load(id);
      mustBeDraft(b);
      if (index >= b.rows.length) throw notFound('what.import_row');
      const allowed: readonly string[] = b.kind === 'people' ? PERSON_FIELDS : historyFields(adapterOf(b.kind));
      const unknown = Object.keys(values).find((f) => !allowed.includes(f));
      if (unknown) throw new AppError(400, 'error.import.field_unknown', { field: unknown });
      const fixes = { ...b.fixes, [String(index)]: { ...(b.fixes[String(index)] ?? {}), ...values } };
      const row = { ...(await db.update(importBatches).set({ fixes }).where(eq(importBatches.id, id)).returning(withoutRows))[0], rows: b.rows };
      const { rows, counts } = await analyseRecent(row);
      const r = rows[index];
      const { person, externalId, history, ...shown } = r;
      return { row: { ...shown, plan: planOf({ ...shown, person, externalId, history }) }, counts };
    },

    async decide(actor: Actor, id: number, index: number, decision: RowDecision | null) {
      const b = await load(id);
      mustBeDraft(b);
      if (index >= b.rows.length) throw notFound('what.import_row');
      if (b.kind !== 'people') throw new AppError(400, 'error.import.decision_people_only');
      const decisions = { ...b.decisions };
      if (decision) decisions[String(index)] = decision;
      else delete decisions[String(index)];
      const row = { ...(await db.update(importBatches).set({ decisions }).where(eq(importBatches.id, id)).returning(withoutRows))[0], rows: b.rows };
      return present(row, (await analyseRecent(row)).counts);
    },

    /** What a commit would create, update, refuse and skip, without writing anything. */
    async dryRun(id: number) {
      const b = await load(id);
      mustBeDraft(b);
      // The state the preview has just shown is analysed once: not twice at once.
      return (await analyseRecent(b)).counts;
    },

    progress(id: number): Progress | null {
      return progressOf.get(id) ?? null;
    },

    /** All or nothing: one transaction writes every row, with the import's record; a crash leaves nothing. */
    async commit(actor: Actor, id: number, observe?: (p: Progress) => void) {
      const progress = observe ? { set: (k: number, p: Progress) => (progressOf.set(k, p), observe(p)), delete: (k: number) => progressOf.delete(k) } : progressOf;
      // The previews' analysis goes: the commit makes its own, and two of a large file would be kept at once.
      recent.clear();
      const b0 = await load(id);
      mustBeDraft(b0);
      progress.set(id, { phase: 'checking', done: 0, total: b0.rows.length });
      try {
        const adapter = b0.kind === 'people' ? null : adapterOf(b0.kind);
        // Only what is written is kept from here on: the file's cells and the analysis of every row go.
        const { counts, historyItems, writes } = await (async () => {
          const { rows, counts } = await analyse(b0);
          return {
            counts,
            historyItems: adapter ? historyWrites(b0.source, rows.map((r) => r.history!)).map((x) => x.write) : [],
            writes: adapter ? [] : rows.map((r) => writeOf(b0, r)).filter((w): w is ImportWrite => !!w),
          };
        })();
        b0.rows = [];
        const total = adapter ? historyItems.length : writes.length;
        progress.set(id, { phase: 'writing', done: 0, total });
        const done = await db.transaction(async (tx) => {
          // Two commits of one file at once: the second finds it committed.
          const [locked] = await tx.select({ status: importBatches.status }).from(importBatches).where(eq(importBatches.id, id)).for('update');
          if (locked.status !== 'draft') throw conflict('error.import.not_draft', { status: locked.status });
          const onProgress = (n: number) => progress.set(id, { phase: 'writing', done: n, total });
          const written: (ImportWritten | HistoryWritten)[] = adapter ? await writeHistory(tx, actor, adapter, historyItems, onProgress) : await people().write(tx, actor, writes, onProgress);
          const final = { ...counts, created: written.filter((w) => w.action === 'created').length, updated: written.filter((w) => w.action === 'updated').length };
          const [row] = await tx
            .update(importBatches)
            .set({ status: 'committed', counts: final, written: [], rows: [], fixes: {}, committedAt: clock.now(), committedBy: actor.userId })
            .where(eq(importBatches.id, id))
            .returning();
          await dropRows(tx, id);
          await saveWritten(tx, id, written);
          await tx
            .insert(importMappings)
            .values({ kind: b0.kind, signature: headerSignature(b0.headers), mapping: b0.mapping, updatedAt: clock.now() })
            .onConflictDoUpdate({ target: [importMappings.kind, importMappings.signature], set: { mapping: b0.mapping, updatedAt: clock.now() } });
          await audit.record(actor, { action: 'import.commit', entityType: 'import', entityId: id, details: { created: final.created, updated: final.updated } }, tx);
          return row;
        });
        progress.set(id, { phase: 'done', done: total, total });
        return present(done, null);
      } finally {
        setTimeout(() => progress.delete(id), 60_000).unref();
      }
    },

    /** Undoes a whole import, unless something recorded since depends on it (then says which record). */
    async undo(actor: Actor, id: number) {
      return db.transaction(async (tx) => {
        const [b] = await tx.select().from(importBatches).where(eq(importBatches.id, id)).for('update');
        if (!b) throw notFound('what.import');
        if (b.status !== 'committed') throw conflict('error.import.not_committed');
        let blockedBy: number | null;
        try {
          ({ blockedBy } =
            b.kind === 'people'
              ? await people().undo(tx, actor, await loadWritten<ImportWritten>(tx, id, b.written))
              : await adapterOf(b.kind).undo(tx, actor, await loadWritten<HistoryWritten>(tx, id, b.written)));
        } catch (err) {
          if ((err as { code?: string; cause?: { code?: string } }).code === '23503' || (err as { cause?: { code?: string } }).cause?.code === '23503')
            throw conflict('error.import.undo_used');
          throw err;
        }
        if (blockedBy !== null) throw conflict('error.import.undo_changed', { id: blockedBy });
        const [row] = await tx.update(importBatches).set({ status: 'undone', undoneAt: clock.now(), undoneBy: actor.userId }).where(eq(importBatches.id, id)).returning();
        await audit.record(actor, { action: 'import.undo', entityType: 'import', entityId: id }, tx);
        return present(row, null);
      });
    },

    /**
     * The bulk API: up to some thousands of people with their source's ids. Same source and id: updated (or
     * unchanged); a new id with a NISS the registry holds: that record takes the id (empty fields filled);
     * otherwise created. One transaction, one result per item, in order; an id given twice refuses its second item only.
     */
    async bulkPeople(actor: Actor, source: string, all: (ImportedPerson & { externalId: string })[]) {
      // An id given again in the batch: that item alone is refused (the first one with it goes through).
      const first = new Map<string, number>();
      all.forEach((item, i) => first.has(item.externalId) || first.set(item.externalId, i));
      const items = all.filter((item, i) => first.get(item.externalId) === i);
      const ids = items.map((i) => i.externalId);
      const known = await people().byExternalIds(source, ids);
      const nisses = items.filter((i) => !known.has(i.externalId) && i.niss).map((i) => i.niss!);
      const byNiss = new Map((await people().candidates(nisses, [])).map((c) => [c.niss!, c]));
      const writes: ImportWrite[] = items.map(({ externalId, ...fields }) => {
        const k = known.get(externalId);
        if (k) return { op: 'update', id: k.id, source, externalId, fields, onlyEmpty: false };
        const same = fields.niss ? byNiss.get(fields.niss) : undefined;
        if (same) return { op: 'update', id: same.id, source, externalId, fields, onlyEmpty: true };
        return { op: 'create', source, externalId, fields };
      });
      const written = items.length ? await db.transaction((tx) => people().write(tx, actor, writes)) : [];
      const results = new Map(
        items.map((item, i) => [item.externalId, { id: written[i].id as number | null, result: writes[i].op === 'update' && !known.has(item.externalId) ? ('linked' as const) : written[i].action, errors: {} as Record<string, string> }]),
      );
      return all.map((item, i) =>
        first.get(item.externalId) === i
          ? { externalId: item.externalId, ...results.get(item.externalId)! }
          : { externalId: item.externalId, id: null, result: 'refused' as const, errors: { externalId: 'error.import.external_id_repeated' } },
      );
    },

    /**
     * The bulk API for a kind of history: items with the same columns as a file, checked by the same rules.
     * Written in one transaction: the items that pass are created or updated (by source and external id:
     * the same batch again changes nothing); the others are answered refused or waiting (their person is not
     * in the registry yet), with the reason per field. One result per item, in order.
     */
    async bulkHistory(actor: Actor, kind: string, source: string, items: Record<string, string | undefined>[]) {
      const a = adapterOf(kind);
      const rows = await analyseHistory(ctx, a, source, items.map((cells, index) => ({ index, cells: Object.fromEntries(Object.entries(cells).filter((e): e is [string, string] => e[1] !== undefined)) })));
      const planned = historyWrites(source, rows);
      const written = await db.transaction((tx) => writeHistory(tx, actor, a, planned.map((p) => p.write)));
      const byRow = new Map(planned.map((p, i) => [p.row.index, written[i]]));
      return rows.map((r) => {
        const w = byRow.get(r.index);
        // An id given again in the batch: that item alone is refused, saying so (the first one with it goes through).
        if (r.status === 'duplicate') return { externalId: r.externalId ?? '', id: null, result: 'refused' as const, errors: { ...r.errors, externalId: 'error.import.external_id_repeated' }, notes: {} };
        return {
          externalId: r.externalId ?? '',
          id: w?.id ?? null,
          result: w ? w.action : r.status === 'waiting' ? ('waiting' as const) : ('refused' as const),
          errors: r.errors,
          notes: w ? r.notes : {},
        };
      });
    },
  };
  return service;
}
export type ImportsService = ReturnType<typeof createImportsService>;
