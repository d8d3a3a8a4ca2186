import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database';
import type { ModuleContext } from '../../platform/module';
import type { Actor } from '../../platform/audit/audit.service';
import { brusselsDay } from '../../platform/brussels-time';
import { people } from './people.table';
import { matchKeys } from './people.matching';
import { communeOfPostalCode } from './communes';
import { type GENDERS, type PROFESSIONAL_STATUSES, type STUDY_LEVELS } from './people.table';

/** The fields of a person that an import or another tool may write. */
export interface ImportedPerson {
  firstName: string;
  lastName: string;
  birthDate?: string | null;
  gender?: (typeof GENDERS)[number];
  studyLevel?: (typeof STUDY_LEVELS)[number];
  professionalStatus?: (typeof PROFESSIONAL_STATUSES)[number];
  postalCode?: string | null;
  commune?: string | null;
  phone?: string | null;
  email?: string | null;
  languages?: string[];
  niss?: string | null;
  firstContactDate?: string | null;
  notes?: string | null;
}
export const IMPORTABLE_PERSON_FIELDS = [
  'firstName',
  'lastName',
  'birthDate',
  'gender',
  'studyLevel',
  'professionalStatus',
  'postalCode',
  'commune',
  'phone',
  'email',
  'languages',
  'niss',
  'firstContactDate',
  'notes',
] as const satisfies readonly (keyof ImportedPerson)[];

/** A registry record an imported row may be the same person as. */
export interface ImportCandidate {
  id: number;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  niss: string | null;
  matchKeys: string[];
}

/** What to do with one row: create, update the record holding its external id, or fill/link an existing record. */
export type ImportWrite =
  | { op: 'create'; source: string; externalId: string | null; fields: ImportedPerson }
  | { op: 'update'; id: number; source: string; externalId: string | null; fields: ImportedPerson; onlyEmpty: boolean };

/** What a write did, kept by the import so that it can be undone. */
export interface ImportWritten {
  id: number;
  action: 'created' | 'updated' | 'unchanged';
  /** the record's fields before an update, to put back on undo */
  before?: Record<string, unknown>;
  /** the record as written (a digest of the row): an undo is refused once it changed */
  fingerprint: string;
}

const STORED: Record<string, string> = {};
for (const f of IMPORTABLE_PERSON_FIELDS) STORED[f] = f;

/**
 * The people module's side of imports and bulk integration: the registry's candidates for duplicates, the records
 * that already carry an external id, and writes and undos inside the caller's transaction.
 */
export function createPeopleImport(ctx: ModuleContext) {
  const { db, clock, audit } = ctx;
  const live = and(isNull(people.mergedIntoId), isNull(people.erasedAt));

  function derived(fields: ImportedPerson) {
    const out: Partial<typeof people.$inferInsert> = {};
    if (fields.birthDate !== undefined) out.birthYear = fields.birthDate ? Number(fields.birthDate.slice(0, 4)) : null;
    if (fields.postalCode && !fields.commune) out.commune = communeOfPostalCode(fields.postalCode)?.fr ?? null;
    out.matchKeys = matchKeys(fields.firstName, fields.lastName);
    return out;
  }

  /** A digest of each record's row as it is now. */
  async function fingerprints(tx: Tx, ids: number[]): Promise<Map<number, string>> {
    const out = new Map<number, string>();
    for (let i = 0; i < ids.length; i += 5000) {
      const rows = await tx.execute(sql`select id, md5(people::text) as f from people where id = any(${`{${ids.slice(i, i + 5000).join(',')}}`}::int[])`);
      for (const r of (rows as unknown as { rows?: { id: number; f: string }[] }).rows ?? (rows as unknown as { id: number; f: string }[])) out.set(Number(r.id), r.f);
    }
    return out;
  }

  return {
    /** Live records with one of these NISS or birth dates (the duplicate rules need nothing else). */
    async candidates(nisses: string[], birthDates: string[]): Promise<ImportCandidate[]> {
      if (!nisses.length && !birthDates.length) return [];
      const out: ImportCandidate[] = [];
      const chunk = 5000;
      const lists: [string[], 'niss' | 'birth'][] = [
        [nisses, 'niss'],
        [birthDates, 'birth'],
      ];
      const seen = new Set<number>();
      for (const [values, kind] of lists)
        for (let i = 0; i < values.length; i += chunk) {
          const part = values.slice(i, i + chunk);
          const rows = await db
            .select({ id: people.id, firstName: people.firstName, lastName: people.lastName, birthDate: people.birthDate, niss: people.niss, matchKeys: people.matchKeys })
            .from(people)
            .where(and(live, kind === 'niss' ? inArray(people.niss, part) : inArray(people.birthDate, part)));
          for (const r of rows)
            if (!seen.has(r.id)) {
              seen.add(r.id);
              out.push({ ...r, matchKeys: r.matchKeys ?? matchKeys(r.firstName, r.lastName) });
            }
        }
      return out;
    },

    /** The records that already hold these external ids of a source. */
    async byExternalIds(source: string, ids: string[]): Promise<Map<string, { id: number; firstName: string; lastName: string }>> {
      const out = new Map<string, { id: number; firstName: string; lastName: string }>();
      for (let i = 0; i < ids.length; i += 5000) {
        const rows = await db
          .select({ id: people.id, externalId: people.externalId, firstName: people.firstName, lastName: people.lastName })
          .from(people)
          .where(and(eq(people.source, source), inArray(people.externalId, ids.slice(i, i + 5000))));
        for (const r of rows) out.set(r.externalId!, { id: r.id, firstName: r.firstName, lastName: r.lastName });
      }
      return out;
    },

    /** Writes the rows in the caller's transaction, in batches; `onProgress` after each batch. */
    async write(tx: Tx, actor: Actor, items: ImportWrite[], onProgress?: (done: number) => void): Promise<ImportWritten[]> {
      const now = clock.now();
      const today = brusselsDay(now);
      const result: ImportWritten[] = new Array(items.length);
      const creates = items.map((w, i) => ({ w, i })).filter((x) => x.w.op === 'create');
      const batch = 100;
      let done = 0;
      for (let k = 0; k < creates.length; k += batch) {
        const part = creates.slice(k, k + batch);
        const rows = await tx
          .insert(people)
          .values(
            part.map(({ w }) => {
              const f = w.fields;
              return {
                ...f,
                ...derived(f),
                languages: f.languages ?? [],
                firstContactDate: f.firstContactDate ?? today,
                source: w.source,
                externalId: w.externalId,
                createdBy: actor.userId,
                lastActivityAt: now,
                createdAt: now,
                updatedAt: now,
              } as typeof people.$inferInsert;
            }),
          )
          .returning({ id: people.id, updatedAt: people.updatedAt });
        rows.forEach((r, j) => (result[part[j].i] = { id: r.id, action: 'created', fingerprint: '' }));
        done += part.length;
        onProgress?.(done);
      }
      for (let i = 0; i < items.length; i++) {
        const w = items[i];
        if (w.op !== 'update') continue;
        const [before] = await tx.select().from(people).where(eq(people.id, w.id)).for('update');
        const patch: Record<string, unknown> = {};
        const previous: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(w.fields)) {
          if (v === undefined || !(k in STORED)) continue;
          const old = (before as Record<string, unknown>)[k];
          const empty = old === null || old === '' || (Array.isArray(old) && !old.length) || (k === 'gender' && old === 'unspecified') || (k === 'studyLevel' && old === 'unknown');
          if (w.onlyEmpty && !empty) continue;
          if (JSON.stringify(old) === JSON.stringify(v)) continue;
          patch[k] = v;
          previous[k] = old;
        }
        const linkChanges = before.externalId !== w.externalId && w.externalId !== null;
        if (linkChanges) {
          previous.source = before.source;
          previous.externalId = before.externalId;
        }
        if (!Object.keys(patch).length && !linkChanges) {
          result[i] = { id: w.id, action: 'unchanged', fingerprint: '' };
        } else {
          const merged = { ...before, ...patch } as ImportedPerson;
          const [row] = await tx
            .update(people)
            .set({
              ...patch,
              ...(patch.firstName !== undefined || patch.lastName !== undefined ? { matchKeys: matchKeys(merged.firstName, merged.lastName) } : {}),
              ...(patch.birthDate !== undefined ? { birthYear: merged.birthDate ? Number(merged.birthDate.slice(0, 4)) : null } : {}),
              ...(linkChanges ? { source: w.source, externalId: w.externalId } : {}),
              updatedAt: now,
            })
            .where(eq(people.id, w.id))
            .returning({ updatedAt: people.updatedAt });
          result[i] = { id: w.id, action: 'updated', before: previous, fingerprint: '' };
          void row;
        }
        done++;
        if (done % batch === 0) onProgress?.(done);
      }
      const prints = await fingerprints(tx, result.map((r) => r.id));
      for (const r of result) r.fingerprint = prints.get(r.id) ?? '';
      onProgress?.(items.length);
      const created = result.filter((r) => r.action === 'created').length;
      const updated = result.filter((r) => r.action === 'updated').length;
      await audit.record(actor, { action: 'person.import', entityType: 'person', details: { created, updated } }, tx);
      return result;
    },

    /**
     * Undoes an import's writes, or says which record stops it: a created record that something now refers to
     * (the database's foreign keys), or a record changed after the import.
     */
    async undo(tx: Tx, actor: Actor, written: ImportWritten[]): Promise<{ blockedBy: number | null }> {
      const ids = written.map((w) => w.id);
      for (let i = 0; i < ids.length; i += 5000) {
        const at = await fingerprints(tx, ids.slice(i, i + 5000));
        for (const w of written.slice(i, i + 5000)) {
          if (w.action === 'unchanged') continue;
          if (at.get(w.id) !== w.fingerprint) return { blockedBy: w.id };
        }
      }
      for (const w of written) {
        if (w.action !== 'updated' || !w.before) continue;
        await tx
          .update(people)
          .set({ ...(w.before as Partial<typeof people.$inferInsert>), updatedAt: clock.now() })
          .where(eq(people.id, w.id));
      }
      const created = written.filter((w) => w.action === 'created').map((w) => w.id);
      for (let i = 0; i < created.length; i += 5000) {
        const part = created.slice(i, i + 5000);
        // Consents and audit entries given with the import go with it; anything else referring to a record stops the undo (foreign keys).
        await tx.execute(sql`delete from person_consents where person_id = any(${`{${part.join(',')}}`}::int[])`);
        await tx.delete(people).where(inArray(people.id, part));
      }
      await audit.record(actor, { action: 'person.import_undo', entityType: 'person', details: { deleted: created.length } }, tx);
      return { blockedBy: null };
    },

  };
}
export type PeopleImport = ReturnType<typeof createPeopleImport>;
