import { and, asc, desc, eq, gte, inArray, lt, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import { systemActor, type Actor, type AuditService } from '../../platform/audit/audit.service';
import { settings } from '../../platform/settings/settings.table';
import { conflict, invalidField, notFound } from '../../platform/http/errors';
import { brusselsDay, brusselsInstant, brusselsYearRange, isoWeekday, monthName, nextDay } from '../../platform/brussels-time';
import { translate, type Locale } from '../../platform/i18n/messages';
import type { ReachLine } from '../../platform/reach';
import type { ExportTable } from '../../platform/tabular-export';
import type { PeopleService, TimelineEntry } from '../people/people.service';
import { AGE_BRACKETS, epnHelpKinds, epnVisitHelp, epnVisits, epnWorkstations, VISIT_GENDERS } from './epn.table';
import type { CheckInInput, CheckOutInput, OpeningPeriod, PastVisitInput, VisitPatch } from './epn.schemas';

export type Workstation = typeof epnWorkstations.$inferSelect;
export type HelpKind = typeof epnHelpKinds.$inferSelect;
type VisitRow = typeof epnVisits.$inferSelect;
export type Visit = VisitRow & { helpKindIds: number[] };
export type AgeBracket = (typeof AGE_BRACKETS)[number];

/** The space is open five afternoons a week (Monday to Friday, 13:30-16:30, Brussels time). */
export const DEFAULT_EPN_HOURS: OpeningPeriod[] = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: '13:30', to: '16:30' }));
const HOURS_KEY = 'epn.opening_hours';
export const COACHING_CODE = 'individual_coaching';

/** The report's age brackets, from an age in whole years. */
export function ageBracketOf(age: number | null): AgeBracket | null {
  if (age === null || age < 0) return null;
  if (age < 20) return 'under_20';
  if (age < 30) return '20_30';
  if (age < 40) return '30_40';
  if (age < 50) return '40_50';
  if (age < 60) return '50_60';
  return '60_plus';
}

/** The driver error behind a Drizzle error (code and constraint name of a PostgreSQL error). */
export function pgError(err: unknown): { code?: string; constraint?: string } {
  const e = err as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
  return typeof e?.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) ? e : (e?.cause ?? {});
}

/** When visits of a Brussels day are closed: the end of the day's last opening period, or midnight on a closed day. */
export function closingInstant(day: string, hours: OpeningPeriod[]): Date {
  const periods = hours.filter((p) => p.weekday === isoWeekday(day));
  if (!periods.length) return brusselsInstant(nextDay(day));
  const last = periods.map((p) => p.to).sort().at(-1)!;
  return brusselsInstant(day, last);
}

export type EpnService = ReturnType<typeof createEpnService>;

export function createEpnService({ db, clock, audit, people }: { db: Db; clock: Clock; audit: AuditService; people: PeopleService }) {
  async function helpOf(visitIds: number[], tx: DbOrTx = db): Promise<Map<number, number[]>> {
    const map = new Map<number, number[]>();
    if (!visitIds.length) return map;
    const rows = await tx.select().from(epnVisitHelp).where(inArray(epnVisitHelp.visitId, visitIds)).orderBy(asc(epnVisitHelp.helpKindId));
    for (const r of rows) map.set(r.visitId, [...(map.get(r.visitId) ?? []), r.helpKindId]);
    return map;
  }

  async function withHelp(rows: VisitRow[], tx: DbOrTx = db): Promise<Visit[]> {
    const help = await helpOf(
      rows.map((r) => r.id),
      tx,
    );
    return rows.map((r) => ({ ...r, helpKindIds: help.get(r.id) ?? [] }));
  }

  async function loadVisit(id: number, tx: DbOrTx = db, lock = false): Promise<VisitRow> {
    const q = tx.select().from(epnVisits).where(eq(epnVisits.id, id));
    const [row] = lock ? await q.for('update') : await q;
    if (!row) throw notFound('what.epn_visit');
    return row;
  }

  async function checkHelpKinds(ids: number[] | undefined, tx: DbOrTx) {
    if (!ids?.length) return;
    const unique = [...new Set(ids)];
    const found = await tx.select({ id: epnHelpKinds.id }).from(epnHelpKinds).where(inArray(epnHelpKinds.id, unique));
    if (found.length !== unique.length) throw invalidField('body.helpKindIds', 'error.epn_help_kind_unknown');
  }

  async function setHelp(visitId: number, ids: number[], tx: Tx) {
    await tx.delete(epnVisitHelp).where(eq(epnVisitHelp.visitId, visitId));
    const unique = [...new Set(ids)];
    if (unique.length) await tx.insert(epnVisitHelp).values(unique.map((helpKindId) => ({ visitId, helpKindId })));
  }

  /** Locks a workstation and checks it can take a visitor now. */
  async function assertSeatable(workstationId: number, tx: Tx) {
    const [ws] = await tx.select().from(epnWorkstations).where(eq(epnWorkstations.id, workstationId)).for('update');
    if (!ws || !ws.active) throw notFound('what.epn_workstation');
    if (ws.state === 'out_of_order') throw conflict('error.epn_workstation_out_of_order', { name: ws.name });
    const [busy] = await tx.select({ id: epnVisits.id }).from(epnVisits).where(and(eq(epnVisits.workstationId, workstationId), eq(epnVisits.status, 'open')));
    if (busy) throw conflict('error.epn_workstation_taken', { name: ws.name });
  }

  async function firstFreeWorkstation(tx: Tx): Promise<number | null> {
    const [ws] = await tx
      .select({ id: epnWorkstations.id })
      .from(epnWorkstations)
      .where(
        and(
          eq(epnWorkstations.active, true),
          eq(epnWorkstations.state, 'available'),
          sql`not exists (select 1 from ${epnVisits} v where v.workstation_id = ${epnWorkstations.id} and v.status = 'open')`,
        ),
      )
      .orderBy(asc(epnWorkstations.position), asc(epnWorkstations.id))
      .limit(1);
    return ws?.id ?? null;
  }

  /** The database refuses a second open visit on a PC, or a person twice in the room: say so clearly. */
  function translateUnique(err: unknown): never {
    const e = pgError(err);
    if (e.code === '23505' && e.constraint === 'epn_visits_one_open_per_workstation') throw conflict('error.epn_workstation_taken', { name: '' });
    if (e.code === '23505' && e.constraint === 'epn_visits_one_current_per_person') throw conflict('error.epn_person_already_in');
    throw err;
  }

  /** Sex, age bracket (on the day) and board label of a person of the registry. */
  async function describePerson(personId: number, day: string) {
    await people.assertLinkable(personId);
    const [p] = await people.profiles([personId]);
    if (p.erased) throw conflict('error.person_erased');
    return {
      gender: (VISIT_GENDERS as readonly string[]).includes(p.gender) ? (p.gender as (typeof VISIT_GENDERS)[number]) : null,
      // The age bracket of the visit's year (the registry shares the birth year, not the day).
      ageBracket: ageBracketOf(p.birthYear ? Number(day.slice(0, 4)) - p.birthYear : null),
      label: `${p.firstName} ${p.lastName.slice(0, 1)}.`.trim(),
    };
  }

  async function visitor(actor: Actor, input: { personId?: number; gender?: (typeof VISIT_GENDERS)[number]; ageBracket?: AgeBracket; label?: string }, day: string) {
    if (input.personId) {
      const d = await describePerson(input.personId, day);
      return { personId: input.personId, gender: d.gender, ageBracket: d.ageBracket, label: input.label || d.label };
    }
    return { personId: null, gender: input.gender!, ageBracket: input.ageBracket!, label: input.label || null };
  }

  const service = {
    // --- configuration: workstations, kinds of help, opening hours ---
    listWorkstations: (includeInactive = false) =>
      db
        .select()
        .from(epnWorkstations)
        .where(includeInactive ? undefined : eq(epnWorkstations.active, true))
        .orderBy(asc(epnWorkstations.position), asc(epnWorkstations.id)),

    async createWorkstation(actor: Actor, input: { name: string; position?: number }) {
      return db.transaction(async (tx) => {
        const [ws] = await tx.insert(epnWorkstations).values(input).returning();
        await audit.record(actor, { action: 'epn.workstation_create', entityType: 'epn_workstation', entityId: ws.id, details: { name: ws.name } }, tx);
        return ws;
      });
    },

    async updateWorkstation(actor: Actor, id: number, patch: { name?: string; position?: number; state?: 'available' | 'out_of_order'; stateNote?: string | null; active?: boolean }) {
      return db.transaction(async (tx) => {
        const [before] = await tx.select().from(epnWorkstations).where(eq(epnWorkstations.id, id)).for('update');
        if (!before) throw notFound('what.epn_workstation');
        if (patch.state === 'out_of_order' || patch.active === false) {
          const [busy] = await tx.select({ id: epnVisits.id }).from(epnVisits).where(and(eq(epnVisits.workstationId, id), eq(epnVisits.status, 'open')));
          if (busy) throw conflict('error.epn_workstation_taken', { name: before.name });
        }
        const [ws] = await tx.update(epnWorkstations).set(patch).where(eq(epnWorkstations.id, id)).returning();
        await audit.record(actor, { action: 'epn.workstation_update', entityType: 'epn_workstation', entityId: id, details: patch }, tx);
        return ws;
      });
    },

    listHelpKinds: (includeInactive = false) =>
      db
        .select()
        .from(epnHelpKinds)
        .where(includeInactive ? undefined : eq(epnHelpKinds.active, true))
        .orderBy(asc(epnHelpKinds.position), asc(epnHelpKinds.id)),

    async createHelpKind(actor: Actor, input: { label: string; position?: number }) {
      return db.transaction(async (tx) => {
        const [k] = await tx.insert(epnHelpKinds).values({ label: input.label, position: input.position ?? 100 }).returning();
        await audit.record(actor, { action: 'epn.help_kind_create', entityType: 'epn_help_kind', entityId: k.id, details: { label: k.label } }, tx);
        return k;
      });
    },

    async updateHelpKind(actor: Actor, id: number, patch: { label?: string; position?: number; active?: boolean }) {
      return db.transaction(async (tx) => {
        const [k] = await tx.update(epnHelpKinds).set(patch).where(eq(epnHelpKinds.id, id)).returning();
        if (!k) throw notFound('what.epn_help_kind');
        await audit.record(actor, { action: 'epn.help_kind_update', entityType: 'epn_help_kind', entityId: id, details: patch }, tx);
        return k;
      });
    },

    async openingHours(tx: DbOrTx = db): Promise<OpeningPeriod[]> {
      const [row] = await tx.select().from(settings).where(eq(settings.key, HOURS_KEY));
      return row ? (row.value as OpeningPeriod[]) : DEFAULT_EPN_HOURS;
    },

    async setOpeningHours(actor: Actor, periods: OpeningPeriod[]) {
      const sorted = [...periods].sort((a, b) => a.weekday - b.weekday || a.from.localeCompare(b.from));
      for (let i = 1; i < sorted.length; i++)
        if (sorted[i].weekday === sorted[i - 1].weekday && sorted[i].from < sorted[i - 1].to) throw invalidField(`body.periods.${i}`, 'error.epn_hours_overlap');
      await db.transaction(async (tx) => {
        await tx
          .insert(settings)
          .values({ key: HOURS_KEY, value: sorted })
          .onConflictDoUpdate({ target: settings.key, set: { value: sorted, updatedAt: clock.now() } });
        await audit.record(actor, { action: 'epn.opening_hours', entityType: 'settings', entityId: HOURS_KEY, details: { periods: sorted } }, tx);
      });
      return sorted;
    },

    // --- the room: check-in, waiting list, check-out ---

    /** Checks a visitor in at a PC (the given one, or the first free one), or puts them on the waiting list. */
    async checkIn(actor: Actor, input: CheckInInput): Promise<Visit> {
      const now = clock.now();
      const who = await visitor(actor, input, brusselsDay(now));
      try {
        return await db.transaction(async (tx) => {
          await checkHelpKinds(input.helpKindIds, tx);
          let workstationId: number | null = null;
          if (input.workstationId) {
            await assertSeatable(input.workstationId, tx);
            workstationId = input.workstationId;
          } else workstationId = await firstFreeWorkstation(tx);
          const [v] = await tx
            .insert(epnVisits)
            .values({
              ...who,
              status: workstationId ? 'open' : 'waiting',
              workstationId,
              queuedAt: workstationId ? null : now,
              startedAt: workstationId ? now : null,
              notes: input.notes || null,
              createdBy: actor.userId,
            })
            .returning();
          await setHelp(v.id, input.helpKindIds, tx);
          if (who.personId) await people.touch(who.personId, now, tx);
          await audit.record(actor, { action: workstationId ? 'epn.check_in' : 'epn.queue', entityType: 'epn_visit', entityId: v.id, details: { workstationId, personId: who.personId } }, tx);
          return { ...v, helpKindIds: [...new Set(input.helpKindIds)].sort((a, b) => a - b) };
        });
      } catch (err) {
        translateUnique(err);
      }
    },

    /** Gives a PC to someone on the waiting list. */
    async seat(actor: Actor, visitId: number, input: { workstationId?: number }): Promise<Visit> {
      try {
        return await db.transaction(async (tx) => {
          const v = await loadVisit(visitId, tx, true);
          if (v.status !== 'waiting') throw conflict('error.epn_visit_not_waiting');
          let workstationId = input.workstationId ?? null;
          if (workstationId) await assertSeatable(workstationId, tx);
          else workstationId = await firstFreeWorkstation(tx);
          if (!workstationId) throw conflict('error.epn_no_free_workstation');
          const [row] = await tx.update(epnVisits).set({ status: 'open', workstationId, startedAt: clock.now() }).where(eq(epnVisits.id, visitId)).returning();
          await audit.record(actor, { action: 'epn.seat', entityType: 'epn_visit', entityId: visitId, details: { workstationId } }, tx);
          return (await withHelp([row], tx))[0];
        });
      } catch (err) {
        translateUnique(err);
      }
    },

    /** Ends a visit (or takes the visitor off the waiting list), recording the kinds of help given. */
    async checkOut(actor: Actor, visitId: number, input: CheckOutInput): Promise<Visit> {
      return db.transaction(async (tx) => {
        const v = await loadVisit(visitId, tx, true);
        if (v.status !== 'open' && v.status !== 'waiting') throw conflict('error.epn_visit_not_open');
        await checkHelpKinds(input.helpKindIds, tx);
        const now = clock.now();
        const [row] = await tx
          .update(epnVisits)
          .set({
            status: v.status === 'open' ? 'closed' : 'left',
            endedAt: v.startedAt && now < v.startedAt ? v.startedAt : now,
            ...(input.notes !== undefined ? { notes: input.notes } : {}),
          })
          .where(eq(epnVisits.id, visitId))
          .returning();
        if (input.helpKindIds) await setHelp(visitId, input.helpKindIds, tx);
        await audit.record(actor, { action: v.status === 'open' ? 'epn.check_out' : 'epn.leave_queue', entityType: 'epn_visit', entityId: visitId }, tx);
        return (await withHelp([row], tx))[0];
      });
    },

    async updateVisit(actor: Actor, visitId: number, patch: VisitPatch): Promise<Visit> {
      return db.transaction(async (tx) => {
        await loadVisit(visitId, tx, true);
        await checkHelpKinds(patch.helpKindIds, tx);
        const { helpKindIds, ...fields } = patch;
        const [row] = Object.keys(fields).length
          ? await tx.update(epnVisits).set(fields).where(eq(epnVisits.id, visitId)).returning()
          : await tx.select().from(epnVisits).where(eq(epnVisits.id, visitId));
        if (helpKindIds) await setHelp(visitId, helpKindIds, tx);
        await audit.record(actor, { action: 'epn.visit_update', entityType: 'epn_visit', entityId: visitId, details: { fields: Object.keys(patch) } }, tx);
        return (await withHelp([row], tx))[0];
      });
    },

    /** A finished visit entered after the fact (e.g. from the paper sheet of a day without network). */
    async recordPastVisit(actor: Actor, input: PastVisitInput): Promise<Visit> {
      if (input.endedAt > clock.now()) throw invalidField('body.endedAt', 'error.epn_visit_in_future');
      const who = await visitor(actor, input, brusselsDay(input.startedAt));
      return db.transaction(async (tx) => {
        await checkHelpKinds(input.helpKindIds, tx);
        if (input.workstationId) {
          const [ws] = await tx.select({ id: epnWorkstations.id }).from(epnWorkstations).where(eq(epnWorkstations.id, input.workstationId));
          if (!ws) throw notFound('what.epn_workstation');
        }
        const [v] = await tx
          .insert(epnVisits)
          .values({
            ...who,
            status: 'closed',
            workstationId: input.workstationId ?? null,
            startedAt: input.startedAt,
            endedAt: input.endedAt,
            notes: input.notes || null,
            createdBy: actor.userId,
          })
          .returning();
        await setHelp(v.id, input.helpKindIds, tx);
        if (who.personId) await people.touch(who.personId, input.endedAt, tx);
        await audit.record(actor, { action: 'epn.visit_record', entityType: 'epn_visit', entityId: v.id, details: { personId: who.personId } }, tx);
        return { ...v, helpKindIds: [...new Set(input.helpKindIds)].sort((a, b) => a - b) };
      });
    },

    /**
     * Closes every visit still open after the closing time of its day (and empties the waiting list),
     * flagging them as closed by the system. Run by the scheduler and before the board is read.
     */
    async closeAtClosingTime(now: Date = clock.now()): Promise<{ closed: number; left: number }> {
      const current = await db
        .select()
        .from(epnVisits)
        .where(or(eq(epnVisits.status, 'open'), eq(epnVisits.status, 'waiting')));
      if (!current.length) return { closed: 0, left: 0 };
      const hours = await service.openingHours();
      const out = { closed: 0, left: 0 };
      const actor = systemActor('epn.closing');
      for (const v of current) {
        const ref = (v.startedAt ?? v.queuedAt)!;
        const day = brusselsDay(ref);
        let close = closingInstant(day, hours);
        if (ref >= close) close = brusselsInstant(nextDay(day)); // checked in after hours: closed at midnight
        if (now < close) continue;
        await db.transaction(async (tx) => {
          const [row] = await tx
            .update(epnVisits)
            .set({ status: v.status === 'open' ? 'closed' : 'left', endedAt: close, autoClosed: true })
            .where(and(eq(epnVisits.id, v.id), eq(epnVisits.status, v.status)))
            .returning({ id: epnVisits.id });
          if (!row) return;
          if (v.status === 'open') out.closed++;
          else out.left++;
          await audit.record(actor, { action: 'epn.auto_close', entityType: 'epn_visit', entityId: v.id, details: { at: close.toISOString(), status: v.status } }, tx);
        });
      }
      return out;
    },

    /** The live room: each PC (free, in use since..., out of order) and the waiting list. */
    async board() {
      await service.closeAtClosingTime();
      const now = clock.now();
      const day = brusselsDay(now);
      const hours = await service.openingHours();
      const today = hours.filter((p) => p.weekday === isoWeekday(day));
      const [stations, current, [{ todayCount }]] = await Promise.all([
        service.listWorkstations(),
        db
          .select()
          .from(epnVisits)
          .where(or(eq(epnVisits.status, 'open'), eq(epnVisits.status, 'waiting')))
          .orderBy(asc(epnVisits.queuedAt), asc(epnVisits.id)),
        db
          .select({ todayCount: sql<number>`count(*)::int` })
          .from(epnVisits)
          .where(and(sql`${epnVisits.status} in ('open', 'closed')`, gte(epnVisits.startedAt, brusselsInstant(day)), lt(epnVisits.startedAt, brusselsInstant(nextDay(day))))),
      ]);
      const visits = await withHelp(current);
      const minutesSince = (d: Date) => Math.max(0, Math.floor((now.getTime() - d.getTime()) / 60_000));
      const present = (v: Visit) => ({
        id: v.id,
        personId: v.personId,
        label: v.label,
        gender: v.gender,
        ageBracket: v.ageBracket,
        helpKindIds: v.helpKindIds,
      });
      return {
        now: now.toISOString(),
        day,
        openingHours: today,
        isOpen: today.some((p) => now >= brusselsInstant(day, p.from) && now < brusselsInstant(day, p.to)),
        workstations: stations.map((ws) => {
          const v = visits.find((x) => x.status === 'open' && x.workstationId === ws.id);
          return {
            id: ws.id,
            name: ws.name,
            state: ws.state === 'out_of_order' ? ('out_of_order' as const) : v ? ('in_use' as const) : ('free' as const),
            stateNote: ws.stateNote,
            visit: v ? { ...present(v), since: v.startedAt!.toISOString(), minutes: minutesSince(v.startedAt!) } : null,
          };
        }),
        waiting: visits
          .filter((v) => v.status === 'waiting')
          .map((v, i) => ({ ...present(v), position: i + 1, since: v.queuedAt!.toISOString(), minutes: minutesSince(v.queuedAt!) })),
        todayCount,
      };
    },

    async listVisits(opts: { date?: string; personId?: number; limit: number; offset: number }) {
      const day = opts.date;
      const cond = and(
        day ? sql`coalesce(${epnVisits.startedAt}, ${epnVisits.queuedAt}) >= ${brusselsInstant(day).toISOString()}::timestamptz` : undefined,
        day ? sql`coalesce(${epnVisits.startedAt}, ${epnVisits.queuedAt}) < ${brusselsInstant(nextDay(day)).toISOString()}::timestamptz` : undefined,
        opts.personId ? eq(epnVisits.personId, opts.personId) : undefined,
      );
      const [rows, [{ total }]] = await Promise.all([
        db
          .select()
          .from(epnVisits)
          .where(cond)
          .orderBy(desc(sql`coalesce(${epnVisits.startedAt}, ${epnVisits.queuedAt})`), desc(epnVisits.id))
          .limit(opts.limit)
          .offset(opts.offset),
        db.select({ total: sql<number>`count(*)::int` }).from(epnVisits).where(cond),
      ]);
      return { items: await withHelp(rows), total };
    },

    async getVisit(id: number): Promise<Visit> {
      return (await withHelp([await loadVisit(id)]))[0];
    },

    // --- statistics ---

    /** A year of the space, as the annual report shows it (visits are counted on the Brussels date they started). */
    async statsForYear(year: number) {
      const { from, to } = brusselsYearRange(year);
      const counted = and(sql`${epnVisits.status} in ('open', 'closed')`, gte(epnVisits.startedAt, from), lt(epnVisits.startedAt, to));
      const month = sql<number>`extract(month from ${epnVisits.startedAt} at time zone 'Europe/Brussels')::int`;
      const [totals] = await db
        .select({
          visits: sql<number>`count(*)::int`,
          identified: sql<number>`count(${epnVisits.personId})::int`,
          distinctPeople: sql<number>`count(distinct ${epnVisits.personId})::int`,
          autoClosed: sql<number>`count(*) filter (where ${epnVisits.autoClosed})::int`,
          avgMinutes: sql<number | null>`round(avg(extract(epoch from (${epnVisits.endedAt} - ${epnVisits.startedAt})) / 60) filter (where ${epnVisits.endedAt} is not null and not ${epnVisits.autoClosed}))::int`,
        })
        .from(epnVisits)
        .where(counted);
      const byMonthRows = await db.select({ month, n: sql<number>`count(*)::int` }).from(epnVisits).where(counted).groupBy(month);
      const bySexRows = await db.select({ k: epnVisits.gender, n: sql<number>`count(*)::int` }).from(epnVisits).where(counted).groupBy(epnVisits.gender);
      const byAgeRows = await db.select({ k: epnVisits.ageBracket, n: sql<number>`count(*)::int` }).from(epnVisits).where(counted).groupBy(epnVisits.ageBracket);
      const kinds = await service.listHelpKinds(true);
      const byHelpRows = await db
        .select({ id: epnVisitHelp.helpKindId, n: sql<number>`count(*)::int` })
        .from(epnVisitHelp)
        .innerJoin(epnVisits, eq(epnVisits.id, epnVisitHelp.visitId))
        .where(counted)
        .groupBy(epnVisitHelp.helpKindId);
      const perMonth = Array.from({ length: 12 }, (_, i) => byMonthRows.find((r) => Number(r.month) === i + 1)?.n ?? 0);
      const bySex = { F: 0, M: 0, X: 0, unknown: 0 };
      for (const r of bySexRows) bySex[(r.k ?? 'unknown') as keyof typeof bySex] += r.n;
      const byAgeBracket = Object.fromEntries([...AGE_BRACKETS, 'unknown'].map((k) => [k, 0])) as Record<AgeBracket | 'unknown', number>;
      for (const r of byAgeRows) byAgeBracket[(r.k ?? 'unknown') as AgeBracket] += r.n;
      const byHelpKind = kinds
        .map((k) => ({ id: k.id, code: k.code, label: k.label, count: byHelpRows.find((r) => r.id === k.id)?.n ?? 0 }))
        .filter((k) => k.count > 0 || kinds.find((x) => x.id === k.id)?.active);
      const coaching = byHelpKind.find((k) => k.code === COACHING_CODE)?.count ?? 0;
      return {
        year,
        visits: totals.visits,
        identifiedVisits: totals.identified,
        anonymousVisits: totals.visits - totals.identified,
        distinctPeople: totals.distinctPeople,
        coachingSessions: coaching,
        autoClosed: totals.autoClosed,
        averageMinutes: totals.avgMinutes === null ? null : Number(totals.avgMinutes),
        perMonth,
        bySex,
        byAgeBracket,
        byHelpKind,
      };
    },

    /** This year next to the previous one. */
    async compareYears(year: number) {
      const [current, previous] = await Promise.all([service.statsForYear(year), service.statsForYear(year - 1)]);
      const change = (a: number, b: number) => ({ difference: a - b, percent: b ? Math.round(((a - b) / b) * 1000) / 10 : null });
      return {
        ...current,
        previous,
        change: {
          visits: change(current.visits, previous.visits),
          distinctPeople: change(current.distinctPeople, previous.distinctPeople),
          anonymousVisits: change(current.anonymousVisits, previous.anonymousVisits),
          coachingSessions: change(current.coachingSessions, previous.coachingSessions),
        },
      };
    },

    /** The year's statistics as tables, in a language (one sheet each in xlsx). */
    async exportTables(year: number, locale: Locale): Promise<ExportTable[]> {
      const s = await service.compareYears(year);
      const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
      const visits = { header: t('epn.export.visits'), kind: 'count' as const };
      const years = [
        { header: String(year), kind: 'count' as const },
        { header: String(year - 1), kind: 'count' as const },
      ];
      return [
        {
          title: t('epn.export.sheet_year', { year }),
          columns: [t('epn.export.indicator'), ...years],
          rows: [
            [t('epn.export.visits_total'), s.visits, s.previous.visits],
            [t('epn.export.distinct_people'), s.distinctPeople, s.previous.distinctPeople],
            [t('epn.export.anonymous_visits'), s.anonymousVisits, s.previous.anonymousVisits],
            [t('epn.export.coaching'), s.coachingSessions, s.previous.coachingSessions],
            [t('epn.export.auto_closed'), s.autoClosed, s.previous.autoClosed],
          ],
        },
        {
          title: t('epn.export.sheet_months'),
          columns: [t('epn.export.month'), ...years],
          rows: s.perMonth.map((v, i) => [monthName(i + 1, locale), v, s.previous.perMonth[i]]),
        },
        {
          title: t('epn.export.sheet_sex'),
          columns: [t('epn.export.sex'), visits],
          rows: (['F', 'M', 'X', 'unknown'] as const).map((k) => [t(`epn.export.sex_${k}`), s.bySex[k]]),
        },
        {
          title: t('epn.export.sheet_age'),
          columns: [t('epn.export.age_bracket'), visits],
          rows: (['under_20', '20_30', '30_40', '40_50', '50_60', '60_plus', 'unknown'] as const).map((k) => [t(`age_bracket.${k}`), s.byAgeBracket[k]]),
        },
        { title: t('epn.export.sheet_help'), columns: [t('epn.export.help_kind'), visits], rows: s.byHelpKind.map((k) => [k.label, k.count]) },
      ];
    },

    /** The annual "people reached" line: visits (participations), with distinct identified people and anonymous visits. */
    async reachLines(year: number): Promise<ReachLine[]> {
      const s = await service.statsForYear(year);
      const { from, to } = brusselsYearRange(year);
      return [
        {
          key: 'epn',
          labelKey: 'reach.epn',
          unit: 'participations',
          value: s.visits,
          participations: s.visits,
          distinctPeople: s.distinctPeople,
          anonymous: s.anonymousVisits,
          personIds: sql`select distinct person_id from epn_visits where status in ('open', 'closed') and person_id is not null and started_at >= ${from.toISOString()}::timestamptz and started_at < ${to.toISOString()}::timestamptz`,
        },
      ];
    },

    /** The person's visits, for the timeline. */
    async timeline(personId: number): Promise<TimelineEntry[]> {
      const rows = await db
        .select()
        .from(epnVisits)
        .where(and(eq(epnVisits.personId, personId), sql`${epnVisits.status} in ('open', 'closed')`))
        .orderBy(desc(epnVisits.startedAt))
        .limit(500);
      const visits = await withHelp(rows);
      const kinds = new Map((await service.listHelpKinds(true)).map((k) => [k.id, k.label]));
      return visits.map((v) => ({
        at: v.startedAt!.toISOString(),
        module: 'epn',
        kind: 'timeline.epn_visit',
        summary: v.helpKindIds.map((id) => kinds.get(id)).filter(Boolean).join(', ') || null,
        link: `/epn/visits/${v.id}`,
        data: { visitId: v.id, status: v.status, autoClosed: v.autoClosed, endedAt: v.endedAt?.toISOString() ?? null },
      }));
    },

    /** GDPR erasure: the visits stay (anonymous statistics), the board label and notes go. */
    async erase(tx: Tx, personId: number) {
      await tx.update(epnVisits).set({ label: null, notes: null }).where(eq(epnVisits.personId, personId));
    },
  };
  return service;
}
