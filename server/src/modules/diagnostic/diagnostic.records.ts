import { and, asc, desc, eq, gte, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/audit.service';
import type { SessionUser } from '../../platform/auth/auth.service';
import type { Tx } from '../../platform/db/database';
import { brusselsInstant, nextDay } from '../../platform/brussels-time';
import { AppError, invalidField, notFound } from '../../platform/http/errors';
import { translate, type Locale } from '../../platform/i18n/messages';
import { resolvePeriod } from '../../platform/stats';
import { users } from '../../platform/auth/auth.table';
import { diagnosticPartnerAccounts, diagnosticSessions } from './diagnostic.table';
import { isPartner, levelsOf, visibleTo, type AreaLevels, type DiagnosticDeps, type SessionRow } from './diagnostic.core';
import type { DiagnosticBank } from './diagnostic.bank';
import type { DiagnosticTaking } from './diagnostic.taking';
import type { DiagnosticOrientation } from './diagnostic.orientation';
import type { PartnerAccountCreateInput } from './diagnostic.schemas';

const PAGE = 50;

/** What staff read: lists, one diagnostic with its answers, a person's progress; partner accounts. */
export function createDiagnosticRecords(deps: DiagnosticDeps & { bank: DiagnosticBank; taking: DiagnosticTaking; orientation: DiagnosticOrientation }) {
  const { db, clock, audit, bank, taking, orientation } = deps;

  async function present(rows: SessionRow[], viewer: SessionUser) {
    // A partner account never sees the Centrale's registry (its own diagnostics have no person anyway).
    const personIds = isPartner(viewer) ? [] : [...new Set(rows.map((r) => r.personId).filter((x): x is number => x !== null))];
    const helperIds = [...new Set(rows.map((r) => r.helperId).filter((x): x is number => x !== null))];
    const [profiles, orgs, helpers, counts] = await Promise.all([
      deps.services.people.profiles(personIds),
      rows.some((r) => r.organisationId) ? deps.services.organisations.list({ includeInactive: true }) : Promise.resolve([]),
      helperIds.length ? db.select({ id: users.id, name: users.name }).from(users).where(sql`${users.id} in ${helperIds}`) : Promise.resolve([]),
      taking.answerCounts(rows.map((r) => r.id)),
    ]);
    const person = new Map(profiles.map((p) => [p.id, p]));
    const org = new Map(orgs.map((o) => [o.id, o]));
    const helper = new Map(helpers.map((h) => [h.id, h.name]));
    return rows.map((s) => {
      const p = s.personId ? person.get(s.personId) : undefined;
      const o = s.organisationId ? org.get(s.organisationId) : undefined;
      return {
        id: s.id,
        mode: s.mode,
        personId: isPartner(viewer) ? null : s.personId,
        person: p ? { id: p.id, firstName: p.firstName, lastName: p.lastName, commune: null } : null,
        reference: s.reference,
        organisation: o ? { id: o.id, name: o.name } : null,
        helper: s.helperId ? (helper.get(s.helperId) ?? null) : null,
        locale: s.locale,
        commune: s.commune,
        startedAt: s.startedAt.toISOString(),
        finishedAt: s.finishedAt?.toISOString() ?? null,
        answered: counts.get(s.id) ?? 0,
        levels: levelsOf(s),
        overallLevel: s.overallLevel,
      };
    });
  }

  async function visible(viewer: SessionUser, id: number): Promise<SessionRow> {
    const [s] = await db.select().from(diagnosticSessions).where(and(eq(diagnosticSessions.id, id), visibleTo(viewer)));
    if (!s) throw notFound('what.diagnostic');
    return s;
  }

  async function partnerUser(userId: number) {
    const [u] = await db.select().from(users).where(eq(users.id, userId));
    if (!u) throw notFound('what.user');
    if (!u.roles.includes('partner')) throw invalidField('params.userId', 'error.diagnostic.not_partner');
    return u;
  }
  async function knownOrganisation(organisationId: number) {
    try {
      await deps.services.organisations.get(organisationId);
    } catch (e) {
      if (e instanceof AppError && e.status === 404) throw invalidField('body.organisationId', 'error.unknown_organisation');
      throw e;
    }
  }

  const part = {
    async list(viewer: SessionUser, q: { year?: number; from?: string; to?: string; personId?: number; status: 'finished' | 'open' | 'all'; page: number }) {
      const period = q.year || q.from || q.to ? resolvePeriod(q, clock) : null;
      const where = and(
        visibleTo(viewer),
        period ? gte(diagnosticSessions.startedAt, brusselsInstant(period.from)) : undefined,
        period ? lt(diagnosticSessions.startedAt, brusselsInstant(nextDay(period.to))) : undefined,
        q.personId ? eq(diagnosticSessions.personId, q.personId) : undefined,
        q.status === 'finished' ? isNotNull(diagnosticSessions.finishedAt) : q.status === 'open' ? isNull(diagnosticSessions.finishedAt) : undefined,
      );
      const [rows, [{ total }]] = await Promise.all([
        db.select().from(diagnosticSessions).where(where).orderBy(desc(diagnosticSessions.startedAt), desc(diagnosticSessions.id)).limit(PAGE).offset((q.page - 1) * PAGE),
        db.select({ total: sql<number>`count(*)::int` }).from(diagnosticSessions).where(where),
      ]);
      return { items: await present(rows, viewer), total, page: q.page, pageSize: PAGE };
    },

    async get(viewer: SessionUser, actor: Actor, id: number) {
      const s = await visible(viewer, id);
      const answers = await taking.answersOf(s.id);
      const items = await bank.itemsByCode(answers.map((a) => a.itemCode));
      if (s.personId) await audit.record(actor, { action: 'diagnostic.read', entityType: 'diagnostic', entityId: s.id, details: { personId: s.personId } });
      return {
        ...(await present([s], viewer))[0],
        answers: answers.map((a) => {
          const i = items.get(a.itemCode)!;
          return { position: a.position, itemCode: a.itemCode, area: i.area, level: i.level, prompt: i.content.prompt, response: a.response, correct: a.correct, at: a.at.toISOString() };
        }),
        orientation: s.finishedAt ? await orientation.of(s) : null,
      };
    },

    /** A person's diagnostics, the first beside the latest (the mentee's progress). */
    async progress(viewer: SessionUser, personId: number) {
      const rows = await db
        .select()
        .from(diagnosticSessions)
        .where(and(eq(diagnosticSessions.personId, personId), isNotNull(diagnosticSessions.finishedAt), visibleTo(viewer)))
        .orderBy(asc(diagnosticSessions.finishedAt), asc(diagnosticSessions.id));
      const first = rows[0];
      const latest = rows.length > 1 ? rows[rows.length - 1] : undefined;
      return {
        personId,
        diagnostics: await present(rows, viewer),
        first: first ? levelsOf(first) : null,
        latest: latest ? levelsOf(latest) : null,
        change: first && latest ? latest.overallLevel! - first.overallLevel! : null,
      };
    },

    /** The first and the latest finished diagnostic of some people (for the mentoring module). */
    async firstAndLatest(personIds: number[]) {
      if (!personIds.length) return new Map<number, { first: { finishedAt: string; overallLevel: number; levels: AreaLevels }; latest: { finishedAt: string; overallLevel: number; levels: AreaLevels } | null }>();
      const rows = await db
        .select()
        .from(diagnosticSessions)
        .where(and(sql`${diagnosticSessions.personId} in ${personIds}`, isNotNull(diagnosticSessions.finishedAt)))
        .orderBy(asc(diagnosticSessions.finishedAt), asc(diagnosticSessions.id));
      const out = new Map<number, { first: { finishedAt: string; overallLevel: number; levels: AreaLevels }; latest: { finishedAt: string; overallLevel: number; levels: AreaLevels } | null }>();
      const view = (s: SessionRow) => ({ finishedAt: s.finishedAt!.toISOString(), overallLevel: s.overallLevel!, levels: levelsOf(s)! });
      for (const s of rows) {
        const cur = out.get(s.personId!);
        if (!cur) out.set(s.personId!, { first: view(s), latest: null });
        else cur.latest = view(s);
      }
      return out;
    },

    // ---------- partner accounts ----------
    async partnerAccounts() {
      const rows = await db
        .select({ userId: users.id, name: users.name, email: users.email, active: users.active, organisationId: diagnosticPartnerAccounts.organisationId })
        .from(users)
        .leftJoin(diagnosticPartnerAccounts, eq(diagnosticPartnerAccounts.userId, users.id))
        .where(sql`'partner' = any(${users.roles})`)
        .orderBy(asc(users.name));
      const orgs = new Map((await deps.services.organisations.list({ includeInactive: true })).map((o) => [o.id, o.name]));
      return { items: rows.map((r) => ({ ...r, organisationName: r.organisationId ? (orgs.get(r.organisationId) ?? null) : null })) };
    },

    async setPartnerAccount(actor: Actor, userId: number, organisationId: number) {
      await partnerUser(userId);
      await knownOrganisation(organisationId);
      await db.transaction(async (tx) => {
        await tx.insert(diagnosticPartnerAccounts).values({ userId, organisationId }).onConflictDoUpdate({ target: diagnosticPartnerAccounts.userId, set: { organisationId } });
        await audit.record(actor, { action: 'diagnostic.partner_account', entityType: 'user', entityId: userId, details: { organisationId } }, tx);
      });
      return part.partnerAccounts();
    },

    /** An administrator opens an account for a partner service's worker, tied to its organisation from the start. */
    async createPartnerAccount(actor: Actor, input: PartnerAccountCreateInput) {
      await knownOrganisation(input.organisationId);
      // The platform makes the account (password rules, e-mail taken: 409); the worker changes the password at first login.
      const user = await deps.auth.createUser(actor, { name: input.name, email: input.email, roles: ['partner'], password: input.password, locale: input.locale, mustChangePassword: true });
      await part.setPartnerAccount(actor, user.id, input.organisationId);
      const accounts = await part.partnerAccounts();
      return accounts.items.find((a) => a.userId === user.id)!;
    },

    /** Moves a partner account to another organisation and/or disables it (its sessions end at once) or enables it again. */
    async updatePartnerAccount(actor: Actor, userId: number, input: { organisationId?: number; active?: boolean }) {
      await partnerUser(userId);
      if (input.organisationId !== undefined) await knownOrganisation(input.organisationId);
      if (input.organisationId !== undefined) await part.setPartnerAccount(actor, userId, input.organisationId);
      if (input.active !== undefined) await deps.auth.updateUser(actor, userId, { active: input.active });
      const accounts = await part.partnerAccounts();
      return accounts.items.find((a) => a.userId === userId)!;
    },

    // ---------- timeline, erasure, GDPR ----------
    async timeline(personId: number, locale: Locale) {
      const rows = await db.select().from(diagnosticSessions).where(and(eq(diagnosticSessions.personId, personId), isNotNull(diagnosticSessions.finishedAt)));
      return rows.map((s) => ({
        at: s.finishedAt!.toISOString(),
        module: 'diagnostic',
        kind: 'timeline.diagnostic',
        summary: `${translate(locale, 'diagnostic.export.overall')}: ${translate(locale, `diagnostic.level.${s.overallLevel}`)}`,
        link: `/diagnostic/sessions/${s.id}`,
        data: { diagnosticId: s.id, overallLevel: s.overallLevel },
      }));
    },

    /** GDPR erasure: the free reference and the commune may identify the person; the levels stay for the figures. */
    async erase(tx: Tx, personId: number) {
      await tx.update(diagnosticSessions).set({ reference: null, commune: null }).where(eq(diagnosticSessions.personId, personId));
    },
  };
  return part;
}
export type DiagnosticRecords = ReturnType<typeof createDiagnosticRecords>;
