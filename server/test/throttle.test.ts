import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from './test-app';
import type { Database } from '../src/platform/db/database';
import { fixedClock } from '../src/platform/clock';
import { AppError } from '../src/platform/http/errors';
import { takeHourlySlot, type HourlyLimit } from '../src/platform/http/throttle';

let database: Database;
const clock = fixedClock('2026-03-03T09:00:00Z');
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

/** Takes a slot in its own transaction; answers the HTTP status it would give (201 taken, 429 refused). */
async function take(limit: HourlyLimit): Promise<{ status: number; retryAfter?: number }> {
  try {
    await database.db.transaction((tx) => takeHourlySlot(tx, clock, limit));
    return { status: 201 };
  } catch (e) {
    if (e instanceof AppError) return { status: e.status, retryAfter: e.extra.retryAfterSeconds as number };
    throw e;
  }
}

describe('the hourly limit per address of the public forms', () => {
  it('lets an address take perHour in an hour, then refuses with the seconds until the first leaves the hour', async () => {
    const limit = { scope: 'test.form', address: '203.0.113.7', perHour: 3 };
    clock.set('2026-03-03T09:00:00Z');
    expect((await take(limit)).status).toBe(201);
    clock.set('2026-03-03T09:20:00Z');
    expect((await take(limit)).status).toBe(201);
    expect((await take(limit)).status).toBe(201);
    clock.set('2026-03-03T09:45:00Z');
    // The first was taken at 9:00: free again at 10:00, 15 minutes from now.
    expect(await take(limit)).toEqual({ status: 429, retryAfter: 15 * 60 });
    // Another address, and the same address on another form, are counted apart.
    expect((await take({ ...limit, address: '203.0.113.8' })).status).toBe(201);
    expect((await take({ ...limit, scope: 'test.other' })).status).toBe(201);
    clock.set('2026-03-03T10:00:01Z');
    expect((await take(limit)).status).toBe(201);
    expect((await take(limit)).status).toBe(429);
  });

  it('refuses the one over the limit when an address sends many at once', async () => {
    clock.set('2026-03-04T09:00:00Z');
    const limit = { scope: 'test.burst', address: '198.51.100.1', perHour: 5 };
    const answers = await Promise.all(Array.from({ length: 8 }, () => take(limit)));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(5);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(3);
  });

  it('keeps no address in clear, and nothing older than the hour it counts', async () => {
    clock.set('2026-03-05T12:00:00Z');
    await take({ scope: 'test.kept', address: '192.0.2.44', perHour: 5 });
    const rows = await database.rows<{ scope: string; key_hash: string; at: Date | string }>(sql`select scope, key_hash, at from throttle_attempts`);
    expect(rows.some((r) => r.key_hash.includes('192.0.2.44'))).toBe(false);
    expect(rows.every((r) => new Date(r.at).getTime() > new Date('2026-03-05T11:00:00Z').getTime())).toBe(true);
  });
});
