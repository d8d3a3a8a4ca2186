import crypto from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { and, eq, sql, asc } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/database';
import { ReferenceCache } from '../db/reference-cache';
import type { Clock } from '../clock';
import type { Actor, AuditService } from '../audit/audit.service';
import { AppError, conflict, invalidField, notFound } from '../http/errors';
import { loginAttempts, sessions, users } from './auth.table';
import { settings } from '../settings/settings.table';
import type { Role } from './roles';
import { judgePassword, userInputsOf, MIN_PASSWORD_LENGTH } from './password-strength';

export { MIN_PASSWORD_LENGTH };

/**
 * Login throttling. Failures are counted per (account, address) pair, and more loosely per account and
 * per address; past the free tries each further try waits twice as long as the one before (1, 2, 4, 8,
 * then 15 minutes), so nobody is locked out for good. An address from which the account logged in
 * before is never refused the right password: a stranger's guesses cannot keep the owner out.
 * The count and the reservation of a try are one locked step, so a burst of concurrent tries is
 * evaluated no more than the limit allows.
 */
export const FAILURE_WINDOW_MINUTES = 15;
/** Failed tries on one account from one address before the slow-down starts. */
export const FREE_FAILURES_PER_PAIR = 5;
/** Failed tries on one account, from addresses it never logged in from, before those addresses slow down. */
export const FREE_FAILURES_PER_ACCOUNT = 20;
/** Failed tries from one address, on accounts it never logged into, before it slows down. */
export const FREE_FAILURES_PER_IP = 20;
/** How long a successful login makes its address "known" to the account. */
export const KNOWN_ADDRESS_DAYS = 180;
const FIRST_DELAY_MS = 60_000;
const MAX_DELAY_MS = FAILURE_WINDOW_MINUTES * 60_000;
/** One advisory lock key for the login throttle: the count and the reservation of a try happen under it. */
const LOGIN_LOCK_KEY = 7_246_002;

/** How long to wait after the last failure once `failures` tries failed with `free` allowed (0: no wait). */
function delayAfter(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - free));
}

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  roles: Role[];
  locale: 'fr' | 'nl' | 'en';
  mustChangePassword: boolean;
}

export type PublicUser = Omit<typeof users.$inferSelect, 'passwordHash'>;

const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');
const toPublic = ({ passwordHash: _, ...u }: typeof users.$inferSelect): PublicUser => u;

export const hashPassword = (password: string) => hash(password, { algorithm: 2 /* Argon2id */ });

/** Refuses a weak password (400 on `field`), saying why in the caller's language. */
async function checkPasswordStrength(password: string, account: { email?: string | null; name?: string | null }, field = 'password') {
  const verdict = await judgePassword(password, userInputsOf(account));
  if (verdict.ok) return;
  if (verdict.reason === 'error.password_too_short') throw invalidField(field, verdict.reason, verdict.params);
  throw invalidField(field, 'error.password_weak', { reason: verdict.reason, suggestion: verdict.suggestions[0] ?? 'error.password_weak_hint' });
}

/** The administrator and the social worker are never one account: the one who runs the installation cannot read confidential notes. */
function checkRoleCombination(roles: readonly Role[]) {
  if (roles.includes('admin') && roles.includes('social_worker')) throw invalidField('roles', 'error.admin_not_social_worker');
}

export type AuthService = ReturnType<typeof createAuthService>;

export function createAuthService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditService;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  referenceCache: ReferenceCache;
}) {
  const { db, clock, audit } = deps;
  /** Every account by name, in memory while none changes (platform/db/reference-cache.ts). */
  const accounts = deps.referenceCache.list('users', async () => (await db.select().from(users).orderBy(asc(users.name))).map(toPublic));
  /**
   * Every request's first statement: built once, and on PostgreSQL parsed and planned once per connection (a named
   * prepared statement). It brings the counters of the reference lists too (the request then sees every change to
   * them committed before it began, in any process: platform/db/reference-cache.ts).
   */
  const sessionByHash = db
    .select({ user: users, lastSeenAt: sessions.lastSeenAt, expiresAt: sessions.expiresAt, versions: ReferenceCache.versionsSql })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, sql.placeholder('hash')))
    .prepare('auth_session_by_hash');

  /**
   * Active admins other than `excludingId`, counted inside the caller's transaction. Their rows are
   * locked, so that two admins removing each other at the same time cannot leave none.
   */
  async function activeAdminCount(tx: DbOrTx, excludingId?: number) {
    const rows = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.active, true), sql`'admin' = any(${users.roles})`))
      .orderBy(asc(users.id))
      .for('update');
    return rows.filter((r) => r.id !== excludingId).length;
  }

  async function createSession(userId: number, meta: { ip?: string; userAgent?: string }) {
    const token = crypto.randomBytes(32).toString('base64url');
    const now = clock.now();
    const expiresAt = new Date(now.getTime() + deps.sessionMaxHours * 3600_000);
    await db.insert(sessions).values({
      tokenHash: sha256(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      ip: meta.ip ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    return { token, expiresAt };
  }

  /**
   * Counts the recent failures and, if this try may be evaluated, records it (as a failure until the
   * password is found right) in one step under a lock: concurrent tries see each other's reservations.
   * Throws 429 (with Retry-After) when the try must wait.
   */
  async function reserveAttempt(email: string, ip: string): Promise<number> {
    const now = clock.now();
    const since = new Date(now.getTime() - FAILURE_WINDOW_MINUTES * 60_000);
    const knownSince = new Date(now.getTime() - KNOWN_ADDRESS_DAYS * 86_400_000);
    return db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${LOGIN_LOCK_KEY})`);
      const [c] = await tx
        .select({
          known: sql<boolean>`exists (select 1 from ${loginAttempts} k where k.email = ${email} and k.ip = ${ip} and k.success and k.at > ${knownSince})`,
          pair: sql<number>`count(*) filter (where ${loginAttempts.email} = ${email} and ${loginAttempts.ip} = ${ip})::int`,
          pairLast: sql<string | null>`max(${loginAttempts.at}) filter (where ${loginAttempts.email} = ${email} and ${loginAttempts.ip} = ${ip})`,
          account: sql<number>`count(*) filter (where ${loginAttempts.email} = ${email})::int`,
          accountLast: sql<string | null>`max(${loginAttempts.at}) filter (where ${loginAttempts.email} = ${email})`,
          byIp: sql<number>`count(*) filter (where ${loginAttempts.ip} = ${ip})::int`,
          ipLast: sql<string | null>`max(${loginAttempts.at}) filter (where ${loginAttempts.ip} = ${ip})`,
        })
        .from(loginAttempts)
        .where(and(eq(loginAttempts.success, false), sql`${loginAttempts.at} > ${since}`, sql`(${loginAttempts.email} = ${email} or ${loginAttempts.ip} = ${ip})`));
      if (!c.known) {
        const wait = (failures: number, free: number, last: string | null) =>
          last ? Math.max(0, new Date(last).getTime() + delayAfter(failures, free) - now.getTime()) : 0;
        const waitMs = Math.max(
          wait(c.pair, FREE_FAILURES_PER_PAIR, c.pairLast),
          wait(c.account, FREE_FAILURES_PER_ACCOUNT, c.accountLast),
          wait(c.byIp, FREE_FAILURES_PER_IP, c.ipLast),
        );
        if (waitMs > 0) throw new AppError(429, 'error.too_many_requests', {}, [], { retryAfterSeconds: Math.ceil(waitMs / 1000) });
      }
      const [row] = await tx.insert(loginAttempts).values({ email, ip, success: false, at: now }).returning({ id: loginAttempts.id });
      return row.id;
    });
  }

  const service = {
    async userCount() {
      const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
      return n;
    },

    /** The one-time setup token, created the first time it is asked for while there is no user. */
    async setupToken(): Promise<string | null> {
      if ((await service.userCount()) > 0) return null;
      const fresh = crypto.randomBytes(12).toString('hex');
      await db.insert(settings).values({ key: 'setup_token', value: fresh }).onConflictDoNothing();
      const [row] = await db.select().from(settings).where(eq(settings.key, 'setup_token'));
      return row.value as string;
    },

    async setup(input: { token: string; email: string; name: string; password: string; locale?: 'fr' | 'nl' | 'en' }, ip?: string) {
      await checkPasswordStrength(input.password, input);
      const passwordHash = await hashPassword(input.password);
      return accounts.written(db.transaction(async (tx) => {
        // Serialise concurrent setups: the token row is locked while the first admin is created.
        const [row] = await tx.select().from(settings).where(eq(settings.key, 'setup_token')).for('update');
        const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(users);
        if (n > 0) throw conflict('error.setup_done');
        const given = Buffer.from(input.token);
        const expected = Buffer.from(String(row?.value ?? ''));
        if (!row || given.length !== expected.length || !crypto.timingSafeEqual(given, expected))
          throw new AppError(403, 'error.setup_token');
        const [user] = await tx
          .insert(users)
          .values({ email: input.email, name: input.name, roles: ['admin'], passwordHash, locale: input.locale ?? 'fr' })
          .returning();
        await tx.delete(settings).where(eq(settings.key, 'setup_token'));
        await audit.record({ userId: user.id, name: user.name, ip }, { action: 'user.setup', entityType: 'user', entityId: user.id }, tx);
        return toPublic(user);
      }));
    },

    async login(input: { email: string; password: string }, meta: { ip: string; userAgent?: string }) {
      const email = input.email.trim().toLowerCase();
      const attemptId = await reserveAttempt(email, meta.ip);
      const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${email}`);
      // Verify against a dummy hash when the account does not exist, so that timing tells nothing.
      const ok = user ? await verify(user.passwordHash, input.password) : (await verify(DUMMY_HASH, input.password), false);
      // A deactivated account answers exactly as a wrong password does: nobody learns that it exists.
      if (!ok || !user || !user.active) throw new AppError(401, 'error.login_failed');
      await db.update(loginAttempts).set({ success: true }).where(eq(loginAttempts.id, attemptId));
      await accounts.written(db.update(users).set({ lastLoginAt: clock.now() }).where(eq(users.id, user.id)));
      await audit.record({ userId: user.id, name: user.name, ip: meta.ip }, { action: 'auth.login', entityType: 'user', entityId: user.id });
      const session = await createSession(user.id, meta);
      return { ...session, user: toPublic(user) };
    },

    /** The user behind a session token, or null if the session is unknown, expired or idle too long. */
    async resolveSession(token: string): Promise<SessionUser | null> {
      const now = clock.now();
      const [row] = await sessionByHash.execute({ hash: sha256(token) });
      if (!row) return null;
      deps.referenceCache.observe(row.versions);
      const idleLimit = row.lastSeenAt.getTime() + deps.sessionIdleMinutes * 60_000;
      if (row.expiresAt <= now || idleLimit <= now.getTime() || !row.user.active) {
        await db.delete(sessions).where(eq(sessions.tokenHash, sha256(token)));
        return null;
      }
      // Write the "last seen" mark at most once a minute.
      if (now.getTime() - row.lastSeenAt.getTime() > 60_000)
        await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, sha256(token)));
      const u = row.user;
      return { id: u.id, email: u.email, name: u.name, roles: u.roles as Role[], locale: u.locale as SessionUser['locale'], mustChangePassword: u.mustChangePassword };
    },

    async logout(token: string) {
      await db.delete(sessions).where(eq(sessions.tokenHash, sha256(token)));
    },

    async changeOwnPassword(actor: Actor & { userId: number }, input: { currentPassword: string; newPassword: string }, keepToken?: string) {
      const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
      if (!user || !(await verify(user.passwordHash, input.currentPassword))) throw invalidField('currentPassword', 'error.password_wrong');
      await checkPasswordStrength(input.newPassword, user, 'newPassword');
      const passwordHash = await hashPassword(input.newPassword);
      await accounts.written(db.transaction(async (tx) => {
        await tx.update(users).set({ passwordHash, mustChangePassword: false, updatedAt: clock.now() }).where(eq(users.id, user.id));
        // Other sessions of this user end; the current one stays.
        await tx
          .delete(sessions)
          .where(and(eq(sessions.userId, user.id), keepToken ? sql`${sessions.tokenHash} <> ${sha256(keepToken)}` : undefined));
        await audit.record(actor, { action: 'user.password_change', entityType: 'user', entityId: user.id }, tx);
      }));
    },

    /** Every account, by name. */
    listUsers: (): Promise<readonly PublicUser[]> => accounts.read(),

    async getUser(id: number): Promise<PublicUser> {
      const [u] = await db.select().from(users).where(eq(users.id, id));
      if (!u) throw notFound('what.user');
      return toPublic(u);
    },

    async createUser(actor: Actor, input: { email: string; name: string; roles: Role[]; password: string; locale?: 'fr' | 'nl' | 'en'; mustChangePassword?: boolean }) {
      checkRoleCombination(input.roles);
      await checkPasswordStrength(input.password, input);
      const passwordHash = await hashPassword(input.password);
      return accounts.written(db.transaction(async (tx) => {
        const [exists] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${input.email.toLowerCase()}`);
        if (exists) throw conflict('error.email_taken');
        const [u] = await tx
          .insert(users)
          .values({
            email: input.email,
            name: input.name,
            roles: [...new Set(input.roles)],
            passwordHash,
            locale: input.locale ?? 'fr',
            mustChangePassword: input.mustChangePassword ?? false,
          })
          .returning();
        await audit.record(actor, { action: 'user.create', entityType: 'user', entityId: u.id, details: { email: u.email, roles: u.roles } }, tx);
        return toPublic(u);
      }));
    },

    async updateUser(actor: Actor, id: number, input: { email?: string; name?: string; roles?: Role[]; locale?: 'fr' | 'nl' | 'en'; active?: boolean }) {
      if (input.roles) checkRoleCombination(input.roles);
      return accounts.written(db.transaction(async (tx) => {
        // Admin rows are locked first (in id order), then this user's: one order for every caller, no deadlock.
        const mayLoseAdmin = input.active === false || (input.roles !== undefined && !input.roles.includes('admin'));
        const otherAdmins = mayLoseAdmin ? await activeAdminCount(tx, id) : null;
        const [before] = await tx.select().from(users).where(eq(users.id, id)).for('update');
        if (!before) throw notFound('what.user');
        const losesAdmin = mayLoseAdmin && before.roles.includes('admin') && before.active;
        if (losesAdmin && otherAdmins === 0) throw conflict('error.last_admin');
        // Nobody grants themselves a role: another administrator has to.
        if (input.roles && actor.userId === id && input.roles.some((r) => !before.roles.includes(r))) throw new AppError(403, 'error.own_roles');
        if (input.email && input.email.toLowerCase() !== before.email.toLowerCase()) {
          const [exists] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${input.email.toLowerCase()}`);
          if (exists) throw conflict('error.email_taken');
        }
        const [u] = await tx
          .update(users)
          .set({ ...input, roles: input.roles ? [...new Set(input.roles)] : undefined, updatedAt: clock.now() })
          .where(eq(users.id, id))
          .returning();
        if (input.active === false) await tx.delete(sessions).where(eq(sessions.userId, id));
        await audit.record(actor, { action: input.active === false ? 'user.deactivate' : 'user.update', entityType: 'user', entityId: id, details: { ...input } }, tx);
        return toPublic(u);
      }));
    },

    async resetPassword(actor: Actor, id: number, newPassword: string) {
      const [target] = await db.select().from(users).where(eq(users.id, id));
      if (!target) throw notFound('what.user');
      await checkPasswordStrength(newPassword, target);
      const passwordHash = await hashPassword(newPassword);
      await accounts.written(db.transaction(async (tx) => {
        // The holder must choose a new password at next login (the API refuses everything else until then),
        // and is told who reset it and when.
        const [u] = await tx
          .update(users)
          .set({ passwordHash, mustChangePassword: true, passwordResetAt: clock.now(), passwordResetBy: actor.name, updatedAt: clock.now() })
          .where(eq(users.id, id))
          .returning({ id: users.id });
        if (!u) throw notFound('what.user');
        await tx.delete(sessions).where(eq(sessions.userId, id));
        await audit.record(actor, { action: 'user.password_reset', entityType: 'user', entityId: id }, tx);
      }));
    },

    /** The last reset of this account's password by an administrator: who and when (null if never). */
    async passwordResetNotice(userId: number): Promise<{ by: string; at: Date } | null> {
      const [u] = await db.select({ at: users.passwordResetAt, by: users.passwordResetBy }).from(users).where(eq(users.id, userId));
      return u?.at && u.by ? { by: u.by, at: u.at } : null;
    },

    async setOwnLocale(userId: number, locale: 'fr' | 'nl' | 'en') {
      await accounts.written(db.update(users).set({ locale }).where(eq(users.id, userId)));
    },
  };
  return service;
}

// argon2id hash of a random string, computed once; used to keep timing equal for unknown accounts.
const DUMMY_HASH = await hash(crypto.randomBytes(16).toString('hex'), { algorithm: 2 });
