import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Database } from './database';
import { migrate, schemaVersion } from './migrate';
import { writePrivateFile } from './file-modes';
import { BackupPassphraseError, decryptBackup, encryptBackup, isEncryptedBackup } from './backup-crypto';

export { BackupPassphraseError, isEncryptedBackup };

/**
 * A logical, consistent dump of every table of the public schema, as JSON rows (gzip).
 * The same file restores into an empty PGlite directory or an empty PostgreSQL database,
 * either way round. It is read in one REPEATABLE READ transaction, so it is a snapshot.
 */
export interface DumpFile {
  format: 'relais-dump';
  version: 1;
  createdAt: string;
  schema: { applied: number; latest: string };
  tables: { name: string; columns: string[]; rows: unknown[] }[];
}

interface TableInfo {
  name: string;
  columns: string[];
}

async function listTables(database: Database): Promise<TableInfo[]> {
  const rows = await database.rows<{ table_name: string; columns: string[] }>(sql`
    select c.table_name, array_agg(c.column_name::text order by c.ordinal_position) as columns
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.is_generated = 'NEVER'
    group by c.table_name order by c.table_name`);
  // Parents before children, so that foreign keys hold while restoring.
  const deps = await database.rows<{ child: string; parent: string }>(sql`
    select cl.relname as child, pcl.relname as parent
    from pg_constraint c join pg_class cl on cl.oid = c.conrelid join pg_class pcl on pcl.oid = c.confrelid
    join pg_namespace n on n.oid = cl.relnamespace
    where c.contype = 'f' and n.nspname = 'public' and cl.relname <> pcl.relname`);
  const byName = new Map(rows.map((r) => [r.table_name, { name: r.table_name, columns: r.columns }]));
  const ordered: TableInfo[] = [];
  const seen = new Set<string>();
  const visit = (name: string, stack: Set<string>) => {
    if (seen.has(name) || stack.has(name)) return;
    stack.add(name);
    for (const d of deps) if (d.child === name) visit(d.parent, stack);
    seen.add(name);
    const t = byName.get(name);
    if (t) ordered.push(t);
  };
  for (const name of byName.keys()) visit(name, new Set());
  return ordered;
}

export async function dumpDatabase(database: Database): Promise<DumpFile> {
  const tables = await listTables(database);
  const version = await schemaVersion(database);
  return database.db.transaction(
    async (tx) => {
      const out: DumpFile['tables'] = [];
      for (const t of tables) {
        const cols = sql.join(t.columns.map((c) => sql.identifier(c)), sql`, `);
        const res = (await tx.execute(
          sql`select coalesce(json_agg(json_build_array(${cols})), '[]'::json) as rows from (select ${cols} from ${sql.identifier(t.name)} order by 1) s`,
        )) as unknown as { rows: { rows: unknown[] | string }[] };
        const raw = res.rows[0].rows;
        out.push({ name: t.name, columns: t.columns, rows: typeof raw === 'string' ? JSON.parse(raw) : raw });
      }
      return { format: 'relais-dump', version: 1, createdAt: new Date().toISOString(), schema: { applied: version.applied, latest: version.latest }, tables: out } as DumpFile;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/**
 * Writes the dump to `file`, readable by its owner only (0600), encrypted when a passphrase is given
 * (see backup-crypto.ts).
 */
export async function writeDump(
  database: Database,
  file: string,
  opts: { passphrase?: string } = {},
): Promise<{ file: string; tables: number; rows: number; bytes: number; encrypted: boolean }> {
  const dump = await dumpDatabase(database);
  const gz = zlib.gzipSync(JSON.stringify(dump));
  writePrivateFile(file, opts.passphrase ? encryptBackup(gz, opts.passphrase) : gz);
  return { file, tables: dump.tables.length, rows: dump.tables.reduce((n, t) => n + t.rows.length, 0), bytes: fs.statSync(file).size, encrypted: !!opts.passphrase };
}

/** Reads a backup; an encrypted one needs its passphrase (BackupPassphraseError without it, or with a wrong one). */
export function readDump(file: string, passphrase?: string): DumpFile {
  let data: Buffer = fs.readFileSync(file);
  if (isEncryptedBackup(data)) {
    if (!passphrase) throw new BackupPassphraseError('This backup is encrypted: give its passphrase (BACKUP_PASSPHRASE).');
    data = decryptBackup(data, passphrase);
  }
  let dump: DumpFile;
  try {
    dump = JSON.parse(zlib.gunzipSync(data).toString('utf8')) as DumpFile;
  } catch {
    throw new Error(`${file} is not a Relais backup`);
  }
  if (dump.format !== 'relais-dump') throw new Error(`${file} is not a Relais backup`);
  return dump;
}

/** Restores a dump into an empty database: migrates it, then loads every table in one transaction. */
export async function restoreDatabase(database: Database, dump: DumpFile): Promise<{ rows: number }> {
  await migrate(database);
  const version = await schemaVersion(database);
  if (dump.schema.applied > version.applied)
    throw new Error(`This backup comes from a newer Relais (schema ${dump.schema.latest}); upgrade Relais before restoring it.`);
  const [{ n }] = await database.rows<{ n: number }>(sql`select count(*)::int as n from users`);
  if (n > 0) throw new Error('The target database is not empty (it has users). Restore into an empty data directory or database.');
  let total = 0;
  // Read before the transaction: PGlite has one connection, and a query outside the open
  // transaction would wait for it forever (the process then ends with exit code 13, nothing restored).
  const tables = await listTables(database);
  await database.db.transaction(async (tx) => {
    const present = new Set(tables.map((t) => t.name));
    // Rows in dependency order; constraint triggers off for self-references, as pg_restore does.
    await tx.execute(sql`set local session_replication_role = replica`);
    for (const t of dump.tables) {
      if (!present.has(t.name)) throw new Error(`Table ${t.name} of the backup does not exist in this version.`);
      // Settings written by migrations or at start (e.g. a setup token) give way to the backup's.
      await tx.execute(sql`delete from ${sql.identifier(t.name)}`);
      if (!t.rows.length) continue;
      const cols = sql.join(t.columns.map((c) => sql.identifier(c)), sql`, `);
      // Cast each JSON value to its column's type through a typed record.
      for (let i = 0; i < t.rows.length; i += 2000) {
        const chunk = JSON.stringify(t.rows.slice(i, i + 2000).map((r) => Object.fromEntries(t.columns.map((c, j) => [c, (r as unknown[])[j]]))));
        await tx.execute(sql`insert into ${sql.identifier(t.name)} (${cols}) overriding system value
          select ${cols} from json_populate_recordset(null::${sql.identifier(t.name)}, ${chunk}::json)`);
      }
      total += t.rows.length;
    }
    // Identity sequences continue after the restored ids.
    const seqs = (await tx.execute(sql`
      select table_name, column_name from information_schema.columns
      where table_schema = 'public' and is_identity = 'YES'`)) as unknown as { rows: { table_name: string; column_name: string }[] };
    for (const s of seqs.rows) {
      await tx.execute(
        sql`select setval(pg_get_serial_sequence(${`"${s.table_name}"`}, ${s.column_name}), coalesce((select max(${sql.identifier(s.column_name)}) from ${sql.identifier(s.table_name)}), 0) + 1, false)`,
      );
    }
  });
  return { rows: total };
}

/** Keeps the newest `keep` automatic backups in `dir`, removes the others. */
export function pruneBackups(dir: string, keep: number): string[] {
  if (!fs.existsSync(dir)) return [];
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^relais-\d{8}-\d{6}\.json\.gz(\.enc)?$/.test(f))
    .sort()
    .reverse();
  const removed = files.slice(keep);
  for (const f of removed) fs.rmSync(path.join(dir, f));
  return removed;
}

export function backupFileName(d: Date, encrypted = false): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `relais-${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}-${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}.json.gz${encrypted ? '.enc' : ''}`;
}
