import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '../../platform/db/database';
import type { ReferenceCache } from '../../platform/db/reference-cache';
import type { Clock } from '../../platform/clock';
import type { Actor, AuditService } from '../../platform/audit/audit.service';
import { conflict, invalidField, notFound } from '../../platform/http/errors';
import { dbError } from '../../platform/db/constraints';
import { brusselsInstant, isoWeekday, nextDay } from '../../platform/brussels-time';
import type { PeopleService } from '../people/people.service';
import { type AGE_BRACKETS, epnHelpKinds, epnVisitHelp, epnVisits, epnWorkstations, VISIT_GENDERS } from './epn.table';
import type { OpeningPeriod } from './epn.schemas';
import { hasMessage, translate, type Locale } from '../../platform/i18n/messages';

/** What every part of the EPN service is built from (one object, given by createEpnService). */
export interface EpnDeps {
  db: Db;
  clock: Clock;
  audit: AuditService;
  people: PeopleService;
  referenceCache: ReferenceCache;
}

export type Workstation = typeof epnWorkstations.$inferSelect;
export type HelpKind = typeof epnHelpKinds.$inferSelect;
export type VisitRow = typeof epnVisits.$inferSelect;
export type Visit = VisitRow & { helpKindIds: number[] };
export type AgeBracket = (typeof AGE_BRACKETS)[number];

/** The space is open five afternoons a week (Monday to Friday, 13:30-16:30, Brussels time). */
export const DEFAULT_EPN_HOURS: OpeningPeriod[] = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from: '13:30', to: '16:30' }));
export const HOURS_KEY = 'epn.opening_hours';
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

/** When visits of a Brussels day are closed: the end of the day's last opening period, or midnight on a closed day. */
export function closingInstant(day: string, hours: OpeningPeriod[]): Date {
  const periods = hours.filter((p) => p.weekday === isoWeekday(day));
  if (!periods.length) return brusselsInstant(nextDay(day));
  const last = periods.map((p) => p.to).sort().at(-1)!;
  return brusselsInstant(day, last);
}

/** A kind of help in a language: a built-in kind by its code, a kind added by users by its own label. */
export function helpKindLabel(k: { code: string | null; label: string }, locale: Locale): string {
  return k.code && hasMessage(`epn.help.${k.code}`) ? translate(locale, `epn.help.${k.code}`) : k.label;
}

export type EpnCore = ReturnType<typeof createEpnCore>;

/** Loading visits with their kinds of help, checking seats and visitors, shared by every part of the service. */
export function createEpnCore(deps: EpnDeps) {
  const { db, people } = deps;

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
    const e = dbError(err);
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

  async function visitor(actor: Actor, input: { personId?: number; gender?: (typeof VISIT_GENDERS)[number] | null; ageBracket?: AgeBracket | null; label?: string }, day: string) {
    if (input.personId) {
      const d = await describePerson(input.personId, day);
      return { personId: input.personId, gender: d.gender, ageBracket: d.ageBracket, label: input.label || d.label };
    }
    // An anonymous visitor's sex or age bracket may be unknown (null): staff say so rather than guess.
    return { personId: null, gender: input.gender ?? null, ageBracket: input.ageBracket ?? null, label: input.label || null };
  }

  return { helpOf, withHelp, loadVisit, checkHelpKinds, setHelp, assertSeatable, firstFreeWorkstation, translateUnique, describePerson, visitor };
}
