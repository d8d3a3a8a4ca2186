import { pgTable, text, timestamp, integer } from 'drizzle-orm/pg-core';

/**
 * The background jobs' schedule, shared by every app process: a job runs in the process that claims it
 * (one UPDATE ... WHERE next_run_at <= now AND the lease is free), so several processes on one
 * PostgreSQL never run the same job twice at once.
 */
export const jobRuns = pgTable('job_runs', {
  name: text('name').primaryKey(),
  nextRunAt: timestamp('next_run_at', { withTimezone: true }).notNull(),
  /** set while a process runs the job; a crashed process's lease expires */
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  lastRunAt: timestamp('last_run_at', { withTimezone: true }),
  lastError: text('last_error'),
  runs: integer('runs').notNull().default(0),
});
