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
 * A service that writes a list calls `changed` once it is written, so that what it answers next is already the new list.
 *
 * The lists it gives out are frozen: a caller that wants another order or more fields makes its own copy.
 */
export class ReferenceCache {
  private readonly known = new Map<string, number>();
  private observedAt = Number.NEGATIVE_INFINITY;
  private refreshing: Promise<void> | null = null;
  private readonly entries = new Map<string, { tables: readonly string[]; versions: number[]; value: Promise<unknown> }>();

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

  /** The tables of every list read so far (a test checks that the database counts each). */
  tables(): string[] {
    return [...this.read_];
  }
  private readonly read_ = new Set<string>();

  /** This process wrote to these tables: what it reads next of them is read again. */
  changed(...tables: string[]): void {
    for (const [key, e] of this.entries) if (e.tables.some((t) => tables.includes(t))) this.entries.delete(key);
    this.observedAt = Number.NEGATIVE_INFINITY;
  }

  /** The list `key`, made by `load` from `tables`: from memory while those tables are unchanged. */
  async read<T>(key: string, tables: readonly string[], load: () => Promise<T>): Promise<T> {
    for (const t of tables) this.read_.add(t);
    if (performance.now() - this.observedAt > this.maxAgeMs) await this.refresh();
    const now = tables.map((t) => this.known.get(t) ?? 0);
    const entry = this.entries.get(key);
    if (entry && entry.versions.every((v, i) => v >= now[i])) return entry.value as Promise<T>;
    // The counters were read before the list: a change committed in between makes the list newer than its
    // counters say, never older (it is then read once more, at the next change of counter).
    const value = load().then(deepFreeze);
    const fresh = { tables, versions: now, value };
    this.entries.set(key, fresh);
    value.catch(() => {
      if (this.entries.get(key) === fresh) this.entries.delete(key);
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
