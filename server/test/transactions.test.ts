/**
 * The shared transaction helper: a deadlock or a serialization failure is tried again, a few times;
 * what still fails is a clear 409, and the log line of a real defect holds no personal data.
 */
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from './test-app';
import { TRANSACTION_ATTEMPTS, TransientConflictError, type Database } from '../src/platform/db/database';
import { errorForLog, registerProblemHandlers } from '../src/platform/http/problem';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await database.rows(sql`create table tx_probe (id int primary key, n int not null)`);
  await database.rows(sql`insert into tx_probe values (1, 0), (2, 0)`);
});
afterAll(() => database?.close());

const deadlock = () => Object.assign(new Error('deadlock detected'), { code: '40P01', severity: 'ERROR' });

describe('transactions that meet a deadlock', () => {
  it('two writers locking the same rows in opposite orders both get through (the deadlock victim is tried again)', async () => {
    const writer = (first: number, second: number) =>
      database.db.transaction(async (tx) => {
        await tx.execute(sql`update tx_probe set n = n + 1 where id = ${first}`);
        await new Promise((r) => setTimeout(r, 50));
        await tx.execute(sql`update tx_probe set n = n + 1 where id = ${second}`);
      });
    const results = await Promise.allSettled([writer(1, 2), writer(2, 1), writer(1, 2), writer(2, 1)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    const rows = await database.rows<{ id: number; n: number }>(sql`select id, n from tx_probe order by id`);
    expect(rows).toEqual([
      { id: 1, n: 4 },
      { id: 2, n: 4 },
    ]);
  });

  it(`gives up after ${TRANSACTION_ATTEMPTS} tries, and a failure that is not transient is never tried again`, async () => {
    let tries = 0;
    await expect(
      database.db.transaction(async () => {
        tries++;
        throw deadlock();
      }),
    ).rejects.toBeInstanceOf(TransientConflictError);
    expect(tries).toBe(TRANSACTION_ATTEMPTS);
    tries = 0;
    await expect(
      database.db.transaction(async () => {
        tries++;
        throw Object.assign(new Error('unique'), { code: '23505', severity: 'ERROR' });
      }),
    ).rejects.toThrow('unique');
    expect(tries).toBe(1);
  });

  it('what still fails is answered 409 problem+json, in the caller\'s language', async () => {
    const app = Fastify();
    app.decorateRequest('locale', 'en');
    registerProblemHandlers(app);
    app.get('/busy', async () => {
      throw new TransientConflictError('40P01', { cause: deadlock() });
    });
    const res = await app.inject({ method: 'GET', url: '/busy' });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'error.concurrent_change', title: 'Someone else changed the same thing at the same moment. Try again.' });
    await app.close();
  });
});

describe('the log line of an unexpected error', () => {
  it('names the error and the query, never the values it was sent', async () => {
    let caught: unknown;
    try {
      await database.db.execute(sql`insert into tx_probe (id, n) values (${'Zéphyrine zephyrine@example.org'}, 1)`);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(Error);
    const logged = JSON.stringify(errorForLog(caught));
    expect(logged).toContain('insert into tx_probe');
    expect(logged).toContain('22P02');
    expect(logged).not.toMatch(/zephyrine|Zéphyrine/i);
  });
});
