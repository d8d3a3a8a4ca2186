import crypto from 'node:crypto';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Tx } from '../db/database';
import type { Clock } from '../clock';
import { AppError } from './errors';
import { throttleAttempts } from './throttle.table';

const HOUR = 3_600_000;

export interface HourlyLimit {
  /** what is limited, e.g. `rooms.request` or `survey:12` (each scope counts apart) */
  scope: string;
  /** who: the client's address (kept only hashed, one hour) */
  address: string;
  /** how many the address may take in any hour */
  perHour: number;
}

/**
 * The one hourly limit per address of the public forms (room requests, event registrations, evaluation and survey
 * links): counts what the address took in the last hour, in the database (so it holds across processes), inside
 * the caller's transaction (rolled back with it: a refused form takes nothing). Over the limit: 429
 * `error.too_many_requests` with `Retry-After`, the seconds until the oldest counted attempt leaves the hour.
 */
export async function takeHourlySlot(tx: Tx, clock: Clock, limit: HourlyLimit): Promise<void> {
  const keyHash = crypto.createHash('sha256').update(`${limit.scope}:${limit.address}`).digest('hex');
  // One address at a time per scope: the count and the insert cannot interleave between processes.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${'throttle:' + keyHash}))`);
  const now = clock.now();
  const since = new Date(now.getTime() - HOUR);
  const [{ n, oldest }] = await tx
    .select({ n: sql<number>`count(*)::int`, oldest: sql<string | null>`min(${throttleAttempts.at})` })
    .from(throttleAttempts)
    .where(and(eq(throttleAttempts.scope, limit.scope), eq(throttleAttempts.keyHash, keyHash), gt(throttleAttempts.at, since)));
  if (n >= limit.perHour) {
    const retry = oldest ? Math.max(1, Math.ceil((new Date(oldest).getTime() + HOUR - now.getTime()) / 1000)) : 3600;
    throw new AppError(429, 'error.too_many_requests', { count: Math.ceil(retry / 60) }, [], { retryAfterSeconds: retry });
  }
  // Nothing is kept longer than the hour it counts.
  await tx.delete(throttleAttempts).where(lt(throttleAttempts.at, since));
  await tx.insert(throttleAttempts).values({ scope: limit.scope, keyHash, at: now });
}
