import { and, asc, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import type { ModuleContext } from '../../platform/module';
import type { Actor } from '../../platform/audit/audit.service';
import type { TimelineEntry } from '../../platform/registries';
import type { SessionUser } from '../../platform/auth/auth.service';
import { auditLog } from '../../platform/audit/audit.table';
import { settings } from '../../platform/settings/settings.table';
import { AppError, conflict, notFound } from '../../platform/http/errors';
import { dbError, registeredConstraintMessage } from '../../platform/db/constraints';
import './people.messages';
import { people, personConsents } from './people.table';
import { communeOfPostalCode } from './communes';
import type { PersonInput, PersonPatch } from './people.schemas';

/** The registry's fixed lists, for the modules that count by them (from the service: never the table). */
export { GENDERS, PROFESSIONAL_STATUSES, STUDY_LEVELS } from './people.table';

export type PersonRow = typeof people.$inferSelect;
export type Person = Omit<PersonRow, 'searchText'> & { age: number | null };
/** The part of a person other modules' statistics and lists may read (see `profiles`). */
export type PersonProfile = Pick<PersonRow, 'id' | 'firstName' | 'lastName' | 'gender' | 'birthYear' | 'studyLevel' | 'professionalStatus'> & { erased: boolean };

/** How to reach a person (see `contactOf`). */
export interface PersonContact {
  id: number;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  languages: string[];
  /** contact consents in force, e.g. ['data_processing', 'contact_by_email'] */
  consents: string[];
  erased: boolean;
  mergedIntoId: number | null;
}

export type { TimelineEntry, TimelineSource, ErasureHook, MergeHook } from '../../platform/registries';

export interface DuplicateCandidate {
  id: number;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  postalCode: string | null;
  score: number;
  reason: 'same_name_and_birth_date' | 'similar_name';
}

export const DEFAULT_RETENTION_YEARS = 5;
const RETENTION_KEY = 'people.retention_years';

/** Age in whole years on a given day (YYYY-MM-DD). */
export function ageOn(birthDate: string | null, today: string): number | null {
  if (!birthDate) return null;
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** Today's date in Brussels, YYYY-MM-DD. */
export function brusselsDate(d: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

function tokens(q: string): string[] {
  return q
    .split(/[\s,;]+/)
    .map((t) => t.trim())
    .filter((t) => t.length >= 2)
    .slice(0, 6);
}

export type PeopleService = ReturnType<typeof createPeopleService>;

export function createPeopleService(ctx: ModuleContext) {
  const { db, clock, audit, registry } = ctx;

  const present = (row: PersonRow): Person => {
    const { searchText: _, ...rest } = row;
    return { ...rest, age: ageOn(row.birthDate, brusselsDate(clock.now())) };
  };

  async function load(id: number, tx: Db | Tx = db, lock = false): Promise<PersonRow> {
    const q = tx.select().from(people).where(eq(people.id, id));
    const [row] = lock ? await q.for('update') : await q;
    if (!row) throw notFound('what.person');
    return row;
  }

  function derived(input: Partial<PersonInput>) {
    const out: Partial<typeof people.$inferInsert> = {};
    if (input.birthDate !== undefined) out.birthYear = input.birthDate ? Number(input.birthDate.slice(0, 4)) : null;
    // A postal code given without a commune sets the commune: the Brussels one, or none outside the
    // Region (never the commune of the previous postal code).
    if (input.postalCode && !input.commune) out.commune = communeOfPostalCode(input.postalCode)?.fr ?? input.commune ?? null;
    return out;
  }

  /** Merges in one transaction; see `merge`. */
  function mergeInTransaction(actor: Actor, keepId: number, removeId: number) {
    return db.transaction(async (tx) => {
      // Lock in id order so that two opposite merges cannot deadlock.
      const [a, b] = keepId < removeId ? [keepId, removeId] : [removeId, keepId];
      const first = await load(a, tx, true);
      const second = await load(b, tx, true);
      const keep = first.id === keepId ? first : second;
      const remove = first.id === keepId ? second : first;
      for (const p of [keep, remove]) {
        if (p.mergedIntoId) throw new AppError(409, 'error.person_merged', {}, [], { mergedIntoId: p.mergedIntoId });
        if (p.erasedAt) throw conflict('error.person_erased');
      }
      const fill = <K extends keyof PersonRow>(k: K) => (keep[k] ?? remove[k]) as PersonRow[K];
      const [merged] = await tx
        .update(people)
        .set({
          birthDate: fill('birthDate'),
          birthYear: fill('birthYear'),
          postalCode: fill('postalCode'),
          commune: fill('commune'),
          neighbourhood: fill('neighbourhood'),
          phone: fill('phone'),
          email: fill('email'),
          niss: fill('niss'),
          gender: keep.gender === 'unspecified' ? remove.gender : keep.gender,
          studyLevel: keep.studyLevel === 'unknown' ? remove.studyLevel : keep.studyLevel,
          languages: [...new Set([...keep.languages, ...remove.languages])],
          notes: [keep.notes, remove.notes].filter(Boolean).join('\n\n') || null,
          firstContactDate: keep.firstContactDate < remove.firstContactDate ? keep.firstContactDate : remove.firstContactDate,
          lastActivityAt: keep.lastActivityAt > remove.lastActivityAt ? keep.lastActivityAt : remove.lastActivityAt,
          updatedAt: clock.now(),
        })
        .where(eq(people.id, keep.id))
        .returning();
      const joined: Record<string, unknown> = {};
      for (const hook of registry.mergeHooks()) Object.assign(joined, (await hook(tx, { keepId: keep.id, removeId: remove.id, actor })) ?? {});
      // Schema and table names apart (not regclass::text, which quotes and qualifies at will);
      // other sessions' temporary tables cannot be written to and are left out.
      const refs = (await tx.execute(sql`
        select n.nspname as schema_name, cl.relname as table_name, a.attname as column_name
        from pg_constraint c
        join pg_class cl on cl.oid = c.conrelid
        join pg_namespace n on n.oid = cl.relnamespace
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
        where c.contype = 'f' and c.confrelid = 'people'::regclass
          and (cl.relpersistence <> 't' or n.oid = pg_my_temp_schema())
        order by 1, 2, 3`)) as unknown as { rows: { schema_name: string; table_name: string; column_name: string }[] };
      const moved: Record<string, number> = {};
      for (const { schema_name, table_name, column_name } of refs.rows) {
        if (table_name === 'people' && column_name === 'merged_into_id') continue;
        const res = (await tx.execute(
          sql`update ${sql.identifier(schema_name)}.${sql.identifier(table_name)} set ${sql.identifier(column_name)} = ${keep.id} where ${sql.identifier(column_name)} = ${remove.id}`,
        )) as unknown as { rowCount?: number; affectedRows?: number };
        const n = res.rowCount ?? res.affectedRows ?? 0;
        if (n) moved[`${table_name}.${column_name}`] = n;
      }
      await tx.update(people).set({ mergedIntoId: keep.id }).where(eq(people.mergedIntoId, remove.id));
      await tx.update(people).set({ mergedIntoId: keep.id, updatedAt: clock.now() }).where(eq(people.id, remove.id));
      await audit.record(actor, { action: 'person.merge', entityType: 'person', entityId: keep.id, details: { mergedId: remove.id, moved, ...(Object.keys(joined).length ? { joined } : {}) } }, tx);
      await audit.record(actor, { action: 'person.merged_into', entityType: 'person', entityId: remove.id, details: { keptId: keep.id } }, tx);
      return present(merged);
    });
  }

  const service = {
    /** Marks that something happened with this person (for the retention review). */
    async touch(personId: number, at: Date = clock.now(), tx: Db | Tx = db) {
      await tx.update(people).set({ lastActivityAt: sql`greatest(${people.lastActivityAt}, ${at.toISOString()}::timestamptz)` }).where(eq(people.id, personId));
    },

    /** Whether a person exists and may be linked to (not merged away, not erased). */
    async assertLinkable(personId: number, tx: Db | Tx = db): Promise<void> {
      const row = await load(personId, tx);
      if (row.mergedIntoId) throw new AppError(409, 'error.person_merged', {}, [], { mergedIntoId: row.mergedIntoId });
    },

    /**
     * Read-only: how to reach a person (appointment reminders, call lists), with the contact
     * consents currently given (purposes `contact_by_email`, `contact_by_sms`).
     */
    async contactOf(personId: number): Promise<PersonContact> {
      const row = await load(personId);
      const consents = await db
        .select({ purpose: personConsents.purpose })
        .from(personConsents)
        .where(and(eq(personConsents.personId, personId), isNull(personConsents.withdrawnAt)));
      return {
        id: row.id,
        firstName: row.firstName,
        lastName: row.lastName,
        email: row.email,
        phone: row.phone,
        languages: row.languages,
        consents: [...new Set(consents.map((c) => c.purpose))],
        erased: row.erasedAt !== null,
        mergedIntoId: row.mergedIntoId,
      };
    },

    /**
     * Read-only: what statistics and lists need about some people (name for display, and the
     * anonymous profile kept after erasure). The ids go as one array parameter: thousands of them stay one
     * parameter to send and to plan.
     */
    async profiles(ids: readonly number[]): Promise<PersonProfile[]> {
      if (ids.length === 0) return [];
      const cond = sql`${people.id} = any(${`{${ids.map((id) => Math.trunc(id)).join(',')}}`}::int[])`;
      const rows = await db
        .select({
          id: people.id,
          firstName: people.firstName,
          lastName: people.lastName,
          gender: people.gender,
          birthYear: people.birthYear,
          studyLevel: people.studyLevel,
          professionalStatus: people.professionalStatus,
          erasedAt: people.erasedAt,
        })
        .from(people)
        .where(cond);
      return rows.map(({ erasedAt, ...r }) => ({ ...r, erased: erasedAt !== null }));
    },

    async search(opts: { q?: string; limit: number; offset: number }) {
      const words = tokens(opts.q ?? '');
      const live = and(isNull(people.mergedIntoId), isNull(people.erasedAt));
      let cond: SQL | undefined = live;
      // A bare `0` in ORDER BY would mean "column 0" (an error): without words there is no rank.
      let rank: SQL = sql`0::real`;
      if (words.length) {
        cond = and(live, ...words.map((w) => sql`${people.searchText} %> relais_normalise(${w})`));
        rank = sql.join(
          words.map((w) => sql`word_similarity(relais_normalise(${w}), ${people.searchText})`),
          sql` + `,
        );
      }
      const [items, [{ total }]] = await Promise.all([
        db
          .select()
          .from(people)
          .where(cond)
          .orderBy(desc(rank), asc(people.lastName), asc(people.firstName), asc(people.id))
          .limit(opts.limit)
          .offset(opts.offset),
        db.select({ total: sql<number>`count(*)::int` }).from(people).where(cond),
      ]);
      return { items: items.map(present), total };
    },

    /** Records that probably describe the same person: same name and birth date, or very close names. */
    async findDuplicates(input: { firstName: string; lastName: string; birthDate?: string | null; excludeId?: number }): Promise<DuplicateCandidate[]> {
      const name = `${input.firstName} ${input.lastName}`;
      if (name.trim().length < 3) return [];
      const score = sql<number>`similarity(${people.searchText}, relais_normalise(${name}))`;
      const sameBirth = input.birthDate ? sql`${people.birthDate} = ${input.birthDate}` : sql`false`;
      const rows = await db
        .select({
          id: people.id,
          firstName: people.firstName,
          lastName: people.lastName,
          birthDate: people.birthDate,
          postalCode: people.postalCode,
          score,
          sameBirth: sql<boolean>`${sameBirth}`,
        })
        .from(people)
        .where(
          and(
            isNull(people.mergedIntoId),
            isNull(people.erasedAt),
            input.excludeId ? sql`${people.id} <> ${input.excludeId}` : undefined,
            sql`${people.searchText} % relais_normalise(${name})`,
            // Very close names whatever the birth date; close names with the same birth date.
            sql`(${score} >= 0.7 or (${sameBirth} and ${score} >= 0.4))`,
            // A known, different birth date on both sides means two people.
            input.birthDate ? sql`(${people.birthDate} is null or ${people.birthDate} = ${input.birthDate} or ${score} >= 0.95)` : undefined,
          ),
        )
        .orderBy(desc(score))
        .limit(10);
      return rows.map((r) => ({
        id: r.id,
        firstName: r.firstName,
        lastName: r.lastName,
        birthDate: r.birthDate,
        postalCode: r.postalCode,
        score: Math.round(Number(r.score) * 100) / 100,
        reason: r.sameBirth ? 'same_name_and_birth_date' : 'similar_name',
      }));
    },

    async create(actor: Actor, input: PersonInput) {
      if (!input.confirmNotDuplicate) {
        const duplicates = await service.findDuplicates(input);
        if (duplicates.length) throw conflict('error.possible_duplicate', {}, { duplicates });
      }
      const { confirmNotDuplicate: _, consents, ...fields } = input;
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(people)
          .values({ ...fields, ...derived(fields), createdBy: actor.userId, lastActivityAt: clock.now(), firstContactDate: fields.firstContactDate ?? brusselsDate(clock.now()) })
          .returning();
        if (consents?.length)
          await tx.insert(personConsents).values(consents.map((purpose) => ({ personId: row.id, purpose, recordedBy: actor.userId, givenAt: clock.now() })));
        await audit.record(actor, { action: 'person.create', entityType: 'person', entityId: row.id }, tx);
        return present(row);
      });
    },

    /** Reads a person's record; every read is written to the audit log. */
    async get(actor: Actor, id: number): Promise<Person & { consents: (typeof personConsents.$inferSelect)[] }> {
      const row = await load(id);
      await audit.record(actor, { action: 'person.read', entityType: 'person', entityId: id });
      const consents = await db.select().from(personConsents).where(eq(personConsents.personId, id)).orderBy(asc(personConsents.givenAt));
      return { ...present(row), consents };
    },

    async update(actor: Actor, id: number, patch: PersonPatch) {
      return db.transaction(async (tx) => {
        const before = await load(id, tx, true);
        if (before.erasedAt) throw conflict('error.person_erased');
        if (before.mergedIntoId) throw new AppError(409, 'error.person_merged', {}, [], { mergedIntoId: before.mergedIntoId });
        const [row] = await tx
          .update(people)
          .set({ ...patch, ...derived(patch), updatedAt: clock.now() })
          .where(eq(people.id, id))
          .returning();
        const changed = Object.keys(patch).filter((k) => JSON.stringify((before as Record<string, unknown>)[k]) !== JSON.stringify((patch as Record<string, unknown>)[k]));
        await audit.record(actor, { action: 'person.update', entityType: 'person', entityId: id, details: { fields: changed } }, tx);
        return present(row);
      });
    },

    async addConsent(actor: Actor, personId: number, purpose: string) {
      return db.transaction(async (tx) => {
        await load(personId, tx);
        const [c] = await tx.insert(personConsents).values({ personId, purpose, recordedBy: actor.userId, givenAt: clock.now() }).returning();
        await audit.record(actor, { action: 'person.consent_add', entityType: 'person', entityId: personId, details: { purpose } }, tx);
        return c;
      });
    },

    async withdrawConsent(actor: Actor, personId: number, consentId: number) {
      return db.transaction(async (tx) => {
        const [c] = await tx
          .update(personConsents)
          .set({ withdrawnAt: clock.now() })
          .where(and(eq(personConsents.id, consentId), eq(personConsents.personId, personId), isNull(personConsents.withdrawnAt)))
          .returning();
        if (!c) throw notFound('what.consent');
        await audit.record(actor, { action: 'person.consent_withdraw', entityType: 'person', entityId: personId, details: { purpose: c.purpose } }, tx);
        return c;
      });
    },

    async timeline(viewer: SessionUser, personId: number): Promise<TimelineEntry[]> {
      const row = await load(personId);
      const own: TimelineEntry[] = [{ at: row.firstContactDate, module: 'people', kind: 'timeline.first_contact' }];
      const contributed = await Promise.all(registry.timelineSources().map((s) => s(personId, viewer)));
      return [...own, ...contributed.flat()].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    },

    /**
     * Merges `removeId` into `keepId`: empty fields of the kept record are filled from the other,
     * every row of any module that points at the removed record is moved to the kept one (the
     * database's foreign keys say which), and the removed record stays as a pointer to the kept one.
     */
    async merge(actor: Actor, keepId: number, removeId: number) {
      if (keepId === removeId) throw new AppError(400, 'error.merge_same');
      try {
        return await mergeInTransaction(actor, keepId, removeId);
      } catch (err) {
        // A rule that no module's merge hook resolves (e.g. both records booked at the same hour): the merge is
        // refused, saying which rule, and nothing changes.
        const { code } = dbError(err);
        if (code === '23505' || code === '23P01') throw conflict('error.person_merge_conflict', { reason: registeredConstraintMessage(err)?.code ?? 'error.already_exists' });
        throw err;
      }
    },

    /**
     * GDPR erasure: the identity goes (names, birth day, contact, NISS, notes, consents); what
     * statistics need stays anonymous (gender, birth year, study level, status, commune), and every
     * module removes identifying content it holds through its erasure hook.
     */
    async erase(actor: Actor, id: number) {
      return db.transaction(async (tx) => {
        const row = await load(id, tx, true);
        if (row.erasedAt) return present(row);
        for (const hook of registry.erasureHooks()) await hook(tx, id);
        await tx.delete(personConsents).where(eq(personConsents.personId, id));
        const [erased] = await tx
          .update(people)
          .set({
            firstName: '',
            lastName: '',
            birthYear: row.birthYear ?? (row.birthDate ? Number(row.birthDate.slice(0, 4)) : null),
            birthDate: null,
            phone: null,
            email: null,
            niss: null,
            notes: null,
            neighbourhood: null,
            languages: [],
            erasedAt: clock.now(),
            updatedAt: clock.now(),
          })
          .where(eq(people.id, id))
          .returning();
        // Records merged into this one still hold the person's identity as it was typed then: they go too.
        const mergedAway = await tx
          .update(people)
          .set({
            firstName: '',
            lastName: '',
            birthYear: sql`coalesce(${people.birthYear}, extract(year from ${people.birthDate})::int)`,
            birthDate: null,
            phone: null,
            email: null,
            niss: null,
            notes: null,
            neighbourhood: null,
            languages: [],
            erasedAt: clock.now(),
            updatedAt: clock.now(),
          })
          .where(and(eq(people.mergedIntoId, id), isNull(people.erasedAt)))
          .returning({ id: people.id });
        await tx.delete(personConsents).where(sql`${personConsents.personId} in (select ${people.id} from ${people} where ${people.mergedIntoId} = ${id})`);
        await audit.record(actor, { action: 'person.erase', entityType: 'person', entityId: id, details: mergedAway.length ? { mergedRecords: mergedAway.map((r) => r.id) } : undefined }, tx);
        return present(erased);
      });
    },

    /** Everything held on a person, for a GDPR access request. */
    async exportAll(actor: Actor & { userId: number }, viewer: SessionUser, id: number) {
      const row = await load(id);
      const [consents, timeline, trail] = await Promise.all([
        db.select().from(personConsents).where(eq(personConsents.personId, id)),
        service.timeline(viewer, id),
        db
          .select({ at: auditLog.at, action: auditLog.action, actorName: auditLog.actorName })
          .from(auditLog)
          .where(and(eq(auditLog.entityType, 'person'), eq(auditLog.entityId, String(id))))
          .orderBy(asc(auditLog.id)),
      ]);
      await audit.record(actor, { action: 'person.export', entityType: 'person', entityId: id });
      return { exportedAt: clock.now().toISOString(), person: present(row), consents, timeline, accessLog: trail };
    },

    async retentionYears(): Promise<number> {
      const [row] = await db.select().from(settings).where(eq(settings.key, RETENTION_KEY));
      return row ? Number(row.value) : DEFAULT_RETENTION_YEARS;
    },

    async setRetentionYears(actor: Actor, years: number) {
      await db.transaction(async (tx) => {
        await tx
          .insert(settings)
          .values({ key: RETENTION_KEY, value: years })
          .onConflictDoUpdate({ target: settings.key, set: { value: years, updatedAt: clock.now() } });
        await audit.record(actor, { action: 'settings.retention', entityType: 'settings', entityId: RETENTION_KEY, details: { years } }, tx);
      });
    },

    /** People with no recorded activity for N years, oldest first: to review for erasure. */
    async retentionReview(years: number, limit: number, offset: number) {
      const cutoff = new Date(clock.now());
      cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
      const cond = and(isNull(people.erasedAt), isNull(people.mergedIntoId), sql`${people.lastActivityAt} < ${cutoff.toISOString()}`);
      const [items, [{ total }]] = await Promise.all([
        db.select().from(people).where(cond).orderBy(asc(people.lastActivityAt)).limit(limit).offset(offset),
        db.select({ total: sql<number>`count(*)::int` }).from(people).where(cond),
      ]);
      return { years, cutoff: cutoff.toISOString(), items: items.map(present), total };
    },
  };
  return service;
}
