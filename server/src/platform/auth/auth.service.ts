import crypto from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { and, eq, gt, sql, asc } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/database';
import type { Clock } from '../clock';
import type { Actor, AuditService } from '../audit/audit.service';
import { AppError, conflict, invalidField, notFound } from '../http/errors';
import { loginAttempts, sessions, users } from './auth.table';
import { settings } from '../settings/settings.table';
import type { Role } from './roles';

export const MIN_PASSWORD_LENGTH = 10;
/** Failed logins allowed in the window, per account and per address, before refusing. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;
export const FAILURE_WINDOW_MINUTES = 15;

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

function checkPasswordStrength(password: string, field = 'password') {
  if (password.length < MIN_PASSWORD_LENGTH) throw invalidField(field, 'error.password_too_short', { min: MIN_PASSWORD_LENGTH });
}

export type AuthService = ReturnType<typeof createAuthService>;

export function createAuthService(deps: {
  db: Db;
  clock: Clock;
  audit: AuditService;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
}) {
  const { db, clock, audit } = deps;

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
      checkPasswordStrength(input.password);
      const passwordHash = await hashPassword(input.password);
      return db.transaction(async (tx) => {
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
      });
    },

    async login(input: { email: string; password: string }, meta: { ip: string; userAgent?: string }) {
      const email = input.email.trim().toLowerCase();
      const since = new Date(clock.now().getTime() - FAILURE_WINDOW_MINUTES * 60_000);
      const [{ byAccount, byIp }] = await db
        .select({
          byAccount: sql<number>`count(*) filter (where ${loginAttempts.email} = ${email})::int`,
          byIp: sql<number>`count(*) filter (where ${loginAttempts.ip} = ${meta.ip})::int`,
        })
        .from(loginAttempts)
        .where(and(eq(loginAttempts.success, false), gt(loginAttempts.at, since)));
      if (byAccount >= MAX_FAILURES_PER_ACCOUNT || byIp >= MAX_FAILURES_PER_IP) {
        throw new AppError(429, 'error.too_many_requests', { minutes: FAILURE_WINDOW_MINUTES }, [], {
          retryAfterSeconds: FAILURE_WINDOW_MINUTES * 60,
        });
      }
      const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${email}`);
      // Verify against a dummy hash when the account does not exist, so that timing tells nothing.
      const ok = user ? await verify(user.passwordHash, input.password) : (await verify(DUMMY_HASH, input.password), false);
      await db.insert(loginAttempts).values({ email, ip: meta.ip, success: ok && !!user?.active, at: clock.now() });
      if (!ok || !user) throw new AppError(401, 'error.login_failed');
      if (!user.active) throw new AppError(403, 'error.account_inactive');
      await db.update(users).set({ lastLoginAt: clock.now() }).where(eq(users.id, user.id));
      await audit.record({ userId: user.id, name: user.name, ip: meta.ip }, { action: 'auth.login', entityType: 'user', entityId: user.id });
      const session = await createSession(user.id, meta);
      return { ...session, user: toPublic(user) };
    },

    /** The user behind a session token, or null if the session is unknown, expired or idle too long. */
    async resolveSession(token: string): Promise<SessionUser | null> {
      const now = clock.now();
      const [row] = await db
        .select({ user: users, lastSeenAt: sessions.lastSeenAt, expiresAt: sessions.expiresAt })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(eq(sessions.tokenHash, sha256(token)));
      if (!row) return null;
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
      checkPasswordStrength(input.newPassword, 'newPassword');
      const passwordHash = await hashPassword(input.newPassword);
      await db.transaction(async (tx) => {
        await tx.update(users).set({ passwordHash, mustChangePassword: false, updatedAt: clock.now() }).where(eq(users.id, user.id));
        // Other sessions of this user end; the current one stays.
        await tx
          .delete(sessions)
          .where(and(eq(sessions.userId, user.id), keepToken ? sql`${sessions.tokenHash} <> ${sha256(keepToken)}` : undefined));
        await audit.record(actor, { action: 'user.password_change', entityType: 'user', entityId: user.id }, tx);
      });
    },

    async listUsers(): Promise<PublicUser[]> {
      return (await db.select().from(users).orderBy(asc(users.name))).map(toPublic);
    },

    async getUser(id: number): Promise<PublicUser> {
      const [u] = await db.select().from(users).where(eq(users.id, id));
      if (!u) throw notFound('what.user');
      return toPublic(u);
    },

    async createUser(actor: Actor, input: { email: string; name: string; roles: Role[]; password: string; locale?: 'fr' | 'nl' | 'en'; mustChangePassword?: boolean }) {
      checkPasswordStrength(input.password);
      const passwordHash = await hashPassword(input.password);
      return db.transaction(async (tx) => {
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
      });
    },

    async updateUser(actor: Actor, id: number, input: { email?: string; name?: string; roles?: Role[]; locale?: 'fr' | 'nl' | 'en'; active?: boolean }) {
      return db.transaction(async (tx) => {
        // Admin rows are locked first (in id order), then this user's: one order for every caller, no deadlock.
        const mayLoseAdmin = input.active === false || (input.roles !== undefined && !input.roles.includes('admin'));
        const otherAdmins = mayLoseAdmin ? await activeAdminCount(tx, id) : null;
        const [before] = await tx.select().from(users).where(eq(users.id, id)).for('update');
        if (!before) throw notFound('what.user');
        const losesAdmin = mayLoseAdmin && before.roles.includes('admin') && before.active;
        if (losesAdmin && otherAdmins === 0) throw conflict('error.last_admin');
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
      });
    },

    async resetPassword(actor: Actor, id: number, newPassword: string) {
      checkPasswordStrength(newPassword);
      const passwordHash = await hashPassword(newPassword);
      await db.transaction(async (tx) => {
        const [u] = await tx.update(users).set({ passwordHash, mustChangePassword: true, updatedAt: clock.now() }).where(eq(users.id, id)).returning({ id: users.id });
        if (!u) throw notFound('what.user');
        await tx.delete(sessions).where(eq(sessions.userId, id));
        await audit.record(actor, { action: 'user.password_reset', entityType: 'user', entityId: id }, tx);
      });
    },

    async setOwnLocale(userId: number, locale: 'fr' | 'nl' | 'en') {
      await db.update(users).set({ locale }).where(eq(users.id, userId));
    },
  };
  return service;
}

// argon2id hash of a random string, computed once; used to keep timing equal for unknown accounts.
const DUMMY_HASH = await hash(crypto.randomBytes(16).toString('hex'), { algorithm: 2 });
