import { and, eq, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import type { Clock } from '../clock';
import { brusselsDay, brusselsInstant, nextDay } from '../brussels-time';
import { jobRuns } from './jobs.table';

/**
 * One job runner for the whole app, on the app clock. A job says when it runs (every N minutes, or once a day
 * at a Brussels hour); the runner claims due jobs in the database, so that with several app processes each
 * run happens once. Tests call `runDue()` with a fixed clock instead of waiting.
 */
export interface Job {
  name: string;
  schedule: { everyMinutes: number } | { dailyAtHour: number };
  run(now: Date): Promise<void>;
}

export interface JobRunner {
  register(job: Job): void;
  /** Runs every job that is due now (claimed in the database); resolves when they are done. */
  runDue(): Promise<string[]>;
  /** Polls for due jobs every `pollSeconds` (real time) until stopped. */
  start(pollSeconds?: number): void;
  stop(): Promise<void>;
}

/** The next run of a schedule after an instant. */
export function nextRunAfter(schedule: Job['schedule'], after: Date): Date {
  if ('everyMinutes' in schedule) return new Date(after.getTime() + schedule.everyMinutes * 60_000);
  const hour = `${String(schedule.dailyAtHour).padStart(2, '0')}:00`;
  const today = brusselsDay(after);
  const todayRun = brusselsInstant(today, hour);
  return todayRun > after ? todayRun : brusselsInstant(nextDay(today), hour);
}

const LEASE_MS = 10 * 60_000;

export function createJobRunner(deps: { db: Db; clock: Clock; log?: { error(obj: unknown, msg: string): void } }): JobRunner {
  const { db, clock } = deps;
  const jobs = new Map<string, Job>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;

  async function ensureScheduled(job: Job, now: Date) {
    // A new job's first run: now for periodic jobs, the next hour for daily ones.
    const first = 'everyMinutes' in job.schedule ? now : nextRunAfter(job.schedule, now);
    await db.insert(jobRuns).values({ name: job.name, nextRunAt: first }).onConflictDoNothing();
  }

  async function claim(job: Job, now: Date): Promise<boolean> {
    const claimed = await db
      .update(jobRuns)
      .set({ lockedUntil: new Date(now.getTime() + LEASE_MS), nextRunAt: nextRunAfter(job.schedule, now) })
      .where(and(eq(jobRuns.name, job.name), lte(jobRuns.nextRunAt, now), or(isNull(jobRuns.lockedUntil), lt(jobRuns.lockedUntil, now))))
      .returning({ name: jobRuns.name });
    return claimed.length > 0;
  }

  async function runDue(): Promise<string[]> {
    const now = clock.now();
    const ran: string[] = [];
    for (const job of jobs.values()) {
      await ensureScheduled(job, now);
      if (!(await claim(job, now))) continue;
      let error: string | null = null;
      try {
        await job.run(now);
      } catch (err) {
        error = err instanceof Error ? err.message : String(err);
        deps.log?.error({ err, job: job.name }, 'background job failed');
      }
      await db
        .update(jobRuns)
        .set({ lockedUntil: null, lastRunAt: now, lastError: error, runs: sql`${jobRuns.runs} + 1` })
        .where(eq(jobRuns.name, job.name));
      ran.push(job.name);
    }
    return ran;
  }

  return {
    register(job) {
      if (jobs.has(job.name)) throw new Error(`job ${job.name} registered twice`);
      jobs.set(job.name, job);
    },
    runDue,
    start(pollSeconds = 30) {
      stopped = false;
      const tick = () => {
        running = runDue()
          .catch((err) => deps.log?.error({ err }, 'job runner tick failed'))
          .finally(() => {
            if (!stopped) {
              timer = setTimeout(tick, pollSeconds * 1000);
              timer.unref();
            }
          });
      };
      timer = setTimeout(tick, 1000);
      timer.unref();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
