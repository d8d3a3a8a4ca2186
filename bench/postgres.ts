// What several benchmarks ask of a PostgreSQL server before using it.
import pg from 'pg';

/** Whether a PostgreSQL server answers at this URL (3 s to connect); a bench then skips that engine, saying so. */
export async function postgresReachable(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  c.on('error', () => undefined);
  try {
    await c.connect();
    await c.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}
