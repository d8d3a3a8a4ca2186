import { sql } from 'drizzle-orm';
import type { Db } from './database';

/**
 * Reference lists in memory: the sites, the visit reasons, the organisations, the staff accounts, the desks, the kinds
 * of help. Nearly every screen reads some of them (a visit names its site and its reason, an appointment its desk and
 * its staff member), and they change a few times a year; read from the database, they were a third of the statements
 * of the front desk's requests.
 *
 * A list stays in memory while its tables' counters (table_versions, moved by a trigger on every write, whoever
 * writes: another process, an import, hand-written SQL) stay where they were when it was read. The counters come
 * with the first statement of every logged-in request (the session's, `observe`), so a request sees every change
 * committed before it began, by any process. Elsewhere (a public page, a job, a command), counters older than
 * `maxAgeMs` are read again before a list is used: such a reader may see a list as it was up to that long ago.
 * A service wraps its writes to a list in `written`, so that what it answers next is already the new list.
 *
 * The lists it gives out are frozen: a caller that wants another order or more fields makes its own copy.
 */
/** One table's list, in memory while the table is unchanged (`ReferenceCache.list`). */
export interface ReferenceList<T> {
  /** The list: from memory while its table's counter stays, else read again. */
  read(): Promise<T>;
  /** Wraps a write to the table made by this process (its transaction): once it is done, the list is read again. */
  written<R>(write: Promise<R>): Promise<R>;
}

export class ReferenceCache {
  private readonly known = new Map<string, number>();
  private observedAt = Number.NEGATIVE_INFINITY;
  private refreshing: Promise<void> | null = null;
  private readonly entries = new Map<string, { version: number; value: Promise<unknown> }>();
  private readonly registered = new Set<string>();

  constructor(
    private readonly db: Db,
    private readonly maxAgeMs = 1_000,
  ) {}

  /** The SQL of the counters, for a statement that runs anyway (`name=version,…`). */
  static readonly versionsSql = sql<string | null>`(select string_agg(name || '=' || version, ',') from table_versions)`;

  /** Counters read by a statement (`name=version,…`, or null when no reference table was ever written). */
  observe(versions: string | null | undefined): void {
    this.observedAt = performance.now();
    if (!versions) return;
    for (const pair of versions.split(',')) {
      const i = pair.lastIndexOf('=');
      const name = pair.slice(0, i);
      const v = Number(pair.slice(i + 1));
      if (v > (this.known.get(name) ?? 0)) this.known.set(name, v);
    }
  }

  /** The tables kept in memory (a test checks that the database counts the writes to each). */
  tables(): string[] {
    return [...this.registered];
  }

  /** The list of `table`, made by `load` (which reads that table only). One list per table. */
  list<T>(table: string, load: () => Promise<T>): ReferenceList<T> {
    if (this.registered.has(table)) throw new Error(`reference list ${table} made twice`);
    this.registered.add(table);
    return {
      read: () => this.read(table, load),
      written: (write) =>
        write.finally(() => {
          this.entries.delete(table);
          this.observedAt = Number.NEGATIVE_INFINITY;
        }),
    };
  }

  private async read<T>(table: string, load: () => Promise<T>): Promise<T> {
    if (performance.now() - this.observedAt > this.maxAgeMs) await this.refresh();
    const now = this.known.get(table) ?? 0;
    const entry = this.entries.get(table);
    if (entry && entry.version >= now) return entry.value as Promise<T>;
    // The counter was read before the list: a change committed in between makes the list newer than its
    // counter says, never older (it is then read once more, at the next change of counter).
    const value = load().then(deepFreeze);
    const fresh = { version: now, value };
    this.entries.set(table, fresh);
    value.catch(() => {
      if (this.entries.get(table) === fresh) this.entries.delete(table);
    });
    return value;
  }

  private refresh(): Promise<void> {
    this.refreshing ??= this.db
      .execute(sql`select ${ReferenceCache.versionsSql} as versions`)
      .then((r) => this.observe(((r as unknown as { rows: { versions: string | null }[] }).rows[0] ?? { versions: null }).versions))
      .finally(() => (this.refreshing = null));
    return this.refreshing;
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
