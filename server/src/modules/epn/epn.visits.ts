import { and, asc, desc, eq, gte, lt, or, sql } from 'drizzle-orm';
import { systemActor, type Actor } from '../../platform/audit/audit.service';
import { conflict, invalidField, notFound } from '../../platform/http/errors';
import { brusselsDay, brusselsInstant, isoWeekday, nextDay } from '../../platform/brussels-time';
import { epnVisits, epnWorkstations } from './epn.table';
import type { CheckInInput, CheckOutInput, PastVisitInput, VisitPatch } from './epn.schemas';
import { closingInstant, type EpnCore, type EpnDeps, type Visit } from './epn.core';
import type { createEpnSetup } from './epn.setup';

/** Visits: check-in (or the waiting list), seating, check-out, corrections, past visits, closing time, the board. */
export function createEpnVisits(deps: EpnDeps & { core: EpnCore; setup: ReturnType<typeof createEpnSetup> }) {
  const { db, clock, audit, people, setup } = deps;
  const { withHelp, loadVisit, checkHelpKinds, setHelp, assertSeatable, firstFreeWorkstation, translateUnique, visitor } = deps.core;

  const part = {
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
        return translateUnique(err);
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
        return translateUnique(err);
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
      const hours = await setup.openingHours();
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
      await part.closeAtClosingTime();
      const now = clock.now();
      const day = brusselsDay(now);
      const hours = await setup.openingHours();
      const today = hours.filter((p) => p.weekday === isoWeekday(day));
      const [stations, current, [{ todayCount }]] = await Promise.all([
        setup.listWorkstations(),
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

  };
  return part;
}
