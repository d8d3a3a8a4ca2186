import type { ReferenceCache } from './db/reference-cache';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config';
import type { Database, Db } from './db/database';
import type { Clock } from './clock';
import type { AuditService } from './audit/audit.service';
import type { AuthService } from './auth/auth.service';
import type { Mailer } from './mailer';
import type { ReachRegistry } from './reach';
import type { Registry } from './registries';
import type { OutboxService } from './outbox/outbox.service';
import type { JobRunner } from './jobs/jobs';
import type { InstitutionService } from './settings/institution';

/**
 * What each module publishes for the others (its service, its read-only statistics).
 * Modules add their entry by declaration merging: `declare module '../../platform/module' { interface Services { people: PeopleService } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Services {}

export interface ModuleContext {
  config: Config;
  database: Database;
  db: Db;
  clock: Clock;
  audit: AuditService;
  auth: AuthService;
  mailer: Mailer;
  /** Every outgoing message goes through it: e-mailed when a mail server is set, else listed for staff. */
  outbox: OutboxService;
  /** Background jobs on the app clock, run once across processes. */
  jobs: JobRunner;
  /** The institution running the installation (names, address, logo, certificate issuer): read it, never write its name in code. */
  institution: InstitutionService;
  services: Services;
  /** Reference lists kept in memory while unchanged (platform/db/reference-cache.ts). */
  referenceCache: ReferenceCache;
  /** What modules contribute to the report, dashboards, timeline, GDPR export and erasure (platform/registries.ts). */
  registry: Registry;
  /** Activities register what they count for the annual "people reached" table (the same as registry.reach). */
  reach: ReachRegistry;
  /** The application's logger, when a module's service logs (a module passes `{ ...ctx, log: app.log }`). */
  log?: { error: (o: object, m: string) => void };
}

export type App = FastifyInstance;
export type TypedApp = ReturnType<FastifyInstance['withTypeProvider']> & FastifyInstance;
export const typed = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();

/** A feature module: registers its own routes and publishes its service in ctx.services. */
export interface RelaisModule {
  name: string;
  register(app: FastifyInstance, ctx: ModuleContext): Promise<void>;
  /** Adds this module's part of the fictional demo data set (`npx relais demo`). */
  demo?(ctx: ModuleContext, demo: DemoContext): Promise<void>;
}

/** What the demo loader shares between modules: a seeded random source and what was created so far. */
export interface DemoContext {
  random: () => number;
  pick<T>(items: readonly T[]): T;
  actor: { userId: number; name: string };
  /** ids created by earlier modules, e.g. people, users by role, sites, organisations */
  ids: Record<string, number[]>;
  usersByRole: Record<string, number>;
  /** the demo's reference "today" */
  today: Date;
  /** the first day the demo fills: 1 January of the last full year (Brussels), so that that year and this one are whole */
  firstDay: string;
  /** every day from firstDay to the day before today, YYYY-MM-DD (Brussels) */
  days: string[];
  /** how busy a month (1-12) is, 1 for an ordinary month: quieter in July, August and at Christmas, busier in autumn */
  season(month: number): number;
  /** one line of progress on the console */
  progress(message: string): void;
}
