import type { Tx } from './db/database';
import type { Actor } from './audit/audit.service';

/**
 * How a module lets the imports module bring its history in (issue 16): front-desk visits, social-desk
 * interviews... Each module owns its adapter (its table, its rules) and registers it in `ctx.registry`; the
 * imports module (registered after them) runs the common flow: upload, mapping, preview, fixes, dry run,
 * commit in one transaction, undo, and the bulk API. Every row names the person it belongs to by the
 * person's external id in the same source, or by NISS; a row whose person is not in the registry yet waits.
 */

/** The columns every history file may give besides the module's own: the row's id, its person's id or NISS. */
export const HISTORY_COMMON_FIELDS = ['externalId', 'personExternalId', 'personNiss'] as const;

/** What the adapter makes of one row's cells: its value as the module writes it, or per field a catalog key. */
export interface HistoryCheck<V> {
  value: V | null;
  errors: Record<string, string>;
}

/** What `verify` says of an item: refused (the key says why), written as `adjusted` (the key says how), or as it is (null). */
export type HistoryVerdict<V> = { field: string; key: string; adjusted?: V } | null;

export interface HistoryWrite<V> {
  op: 'create' | 'update';
  /** the record to update (same source and external id) */
  id?: number;
  source: string;
  externalId: string;
  /** the person the row names (0 for a kind whose records belong to nobody: `withoutPerson`) */
  personId: number;
  value: V;
}

/** What a write did, kept by the import so that it can be undone. */
export interface HistoryWritten {
  id: number;
  action: 'created' | 'updated' | 'unchanged';
  /** the record's columns before an update, to put back on undo */
  before?: Record<string, unknown>;
  /** a digest of the record as written: an undo is refused once it changed */
  fingerprint: string;
  /** what the write brought along and an undo removes with it (a follow-up opened at its given start), or the linked rows it replaced */
  also?: Record<string, unknown[]>;
}

export interface HistoryImportAdapter<V = unknown, L = unknown> {
  /** the kind of file, as the upload names it: 'frontdesk_visits' */
  kind: string;
  /** the module's own columns (HISTORY_COMMON_FIELDS come first, or only externalId when `withoutPerson`) */
  fields: readonly string[];
  /** the records belong to no person (room bookings): rows give no person's columns and never wait for one */
  withoutPerson?: boolean;
  /** columns a mapping must give */
  required: readonly string[];
  /** header names (FR, NL, EN; lower case, no accents, words separated by one space) that suggest each column */
  headerNames: Record<string, string[]>;
  /** what a check needs from the registry (sites, codes), loaded once per analysis */
  lookups(): Promise<L>;
  check(cells: Record<string, string>, lookups: L): HistoryCheck<V>;
  /**
   * Rules that need the database once the person is known (a follow-up start, an interview outside any
   * follow-up, an appointment overlapping another, a session's places): per item a refusal `{ field, key }`, a
   * row written otherwise than it says `{ field, key, adjusted }` (the key says how and why: a participation
   * beyond the places goes to the waiting list, as an enrolment does), or null. `updates` is the record the item
   * updates (same source and external id), null for a new one.
   */
  verify?(items: { personId: number; value: V; updates: number | null }[]): Promise<HistoryVerdict<V>[]>;
  /** the records that already carry these external ids of the source */
  existing(source: string, externalIds: string[]): Promise<Map<string, number>>;
  /** writes in the caller's transaction (in batches); `onProgress` after each batch */
  write(tx: Tx, actor: Actor, items: HistoryWrite<V>[], onProgress?: (done: number) => void): Promise<HistoryWritten[]>;
  /** undoes an import's writes, or says which record stops it (changed since) */
  undo(tx: Tx, actor: Actor, written: HistoryWritten[]): Promise<{ blockedBy: number | null }>;
}

export class ImportAdapters {
  private readonly adapters = new Map<string, HistoryImportAdapter>();
  add<V, L>(adapter: HistoryImportAdapter<V, L>) {
    if (this.adapters.has(adapter.kind)) throw new Error(`import adapter ${adapter.kind} registered twice`);
    this.adapters.set(adapter.kind, adapter as unknown as HistoryImportAdapter);
  }
  get(kind: string): HistoryImportAdapter | undefined {
    return this.adapters.get(kind);
  }
  all(): HistoryImportAdapter[] {
    return [...this.adapters.values()];
  }
}

/** Rows of a table as an array, whichever driver ran the query (PGlite or node-postgres). */
export const rowsOf = <T>(result: unknown): T[] => (result as { rows?: T[] }).rows ?? (result as T[]);
