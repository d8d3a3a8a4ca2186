import { and, eq, ne, sql } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import type { DbOrTx } from '../../platform/db/database';
import type { HistoryImportAdapter, HistoryVerdict, HistoryWritten } from '../../platform/imports';
import { conflict } from '../../platform/http/errors';
import { historyTableWriter } from '../../platform/import-writer';
import { normCell, parseDay, cellsOf } from '../../platform/import-cells';
import { type OUTCOMES, type PARTICIPANT_STATUSES, trainingParticipants, trainingProgrammes, trainingSessionDays, trainingSessions } from './trainings.table';

/** A participation as an import writes it: a person's enrolment in a session, their attendance and outcome. */
export interface ImportedParticipation {
  sessionId: number;
  /** the session's first day starts: the enrolment's date when the file gives none */
  firstStart: Date;
  status: (typeof PARTICIPANT_STATUSES)[number];
  /** per day of the session that has begun, present or absent; null when the file says nothing of attendance */
  attendance: { dayId: number; present: boolean }[] | null;
  outcome: (typeof OUTCOMES)[number];
  outcomeDate: string | null;
  outcomeNote: string | null;
}
interface SessionDays {
  id: number;
  days: { id: number; day: string; startsAt: Date }[];
}
interface Lookups {
  /** per programme (its name without accents or case), its sessions that are not cancelled */
  programmes: Map<string, SessionDays[]>;
}

export const PARTICIPATION_FIELDS = ['programme', 'sessionDate', 'status', 'attendance', 'outcome', 'outcomeDate', 'outcomeNote'] as const;

const STATUS_WORDS: Record<string, ImportedParticipation['status']> = {
  enrolled: 'enrolled', inscrit: 'enrolled', inscrite: 'enrolled', participant: 'enrolled', ingeschreven: 'enrolled', deelnemer: 'enrolled',
  waiting: 'waiting', 'liste d attente': 'waiting', attente: 'waiting', wachtlijst: 'waiting', 'waiting list': 'waiting',
  withdrawn: 'withdrawn', desinscrit: 'withdrawn', desinscrite: 'withdrawn', abandon: 'withdrawn', uitgeschreven: 'withdrawn', afgehaakt: 'withdrawn',
};
const OUTCOME_WORDS: Record<string, ImportedParticipation['outcome']> = {
  unknown: 'unknown', inconnu: 'unknown', onbekend: 'unknown',
  entered_training: 'entered_training', formation: 'entered_training', 'entree en formation': 'entered_training', opleiding: 'entered_training', training: 'entered_training',
  found_job: 'found_job', emploi: 'found_job', 'mise a l emploi': 'found_job', travail: 'found_job', werk: 'found_job', job: 'found_job', work: 'found_job',
  still_looking: 'still_looking', 'en recherche': 'still_looking', recherche: 'still_looking', zoekend: 'still_looking', 'zoekt nog': 'still_looking', looking: 'still_looking', 'still looking': 'still_looking',
};
const ALL_DAYS = new Set(['oui', 'tous', 'tous les jours', 'present', 'presente', 'ja', 'alle', 'alle dagen', 'aanwezig', 'yes', 'all', 'all days']);
const NO_DAY = new Set(['non', 'aucun', 'absent', 'absente', 'nee', 'geen', 'afwezig', 'no', 'none']);

/**
 * The trainings' import adapter (issue 16): who took part in which session, from past years' lists or another
 * tool, each participation with its source's id (a second import updates it). A row names the programme and a day
 * of the session (a session of that programme not cancelled), the person by the common columns, the status
 * (enrolled by default; waiting, withdrawn), the attendance (every day, none, or the days present: the other days
 * that have begun are absent; nothing recorded when empty) and the outcome. One participation of a person per
 * session (the database's rule): a second is refused with the reason, before anything is written.
 *
 * The session's places, as an enrolment counts them (the enrolled ones, the file's rows in order after those the
 * registry holds): a row "enrolled" beyond the places of a session that has not begun goes on the waiting list, as
 * an enrolment would, and its row says so (a note, not an error). For a session that has begun (its first day
 * started) the row is refused with the reason: a list of who took part cannot be put on a waiting list (its
 * attendance would go), and a session holding more enrolled than places is what the sessions' screen forbids (the
 * capacity cannot go below the enrolled); the user raises the capacity first, or says "waiting list".
 */
export function createTrainingsImport(ctx: ModuleContext): HistoryImportAdapter<ImportedParticipation, Lookups> {
  const { db } = ctx;
  const writer = historyTableWriter<ImportedParticipation>({
    db,
    table: trainingParticipants,
    tableName: 'training_participants',
    now: () => ctx.clock.now(),
    columns: (w) => ({
      sessionId: w.value.sessionId,
      personId: w.personId,
      status: w.value.status,
      // Known from the session, not from the hour of the import: a second import of the same file changes nothing.
      enrolledAt: w.value.firstStart,
      waitingSince: w.value.status === 'waiting' ? w.value.firstStart : null,
      withdrawnAt: w.value.status === 'withdrawn' ? w.value.firstStart : null,
      outcome: w.value.outcome,
      outcomeDate: w.value.outcomeDate,
      outcomeNote: w.value.outcomeNote,
    }),
    links: {
      tableName: 'training_attendance',
      owner: 'participant_id',
      name: 'attendance',
      of: (w) => (w.value.attendance ?? []).map((a) => ({ session_id: w.value.sessionId, session_day_id: a.dayId, present: a.present })),
    },
  });
  return {
    kind: 'training_participations',
    fields: PARTICIPATION_FIELDS,
    required: ['programme', 'sessionDate'],
    headerNames: {
      programme: ['formation', 'programme', 'module', 'intitule', 'opleiding', 'programma', 'cursus', 'training', 'course'],
      sessionDate: ['date', 'date de la session', 'session', 'date de debut', 'debut', 'datum', 'sessiedatum', 'startdatum', 'session date', 'start date'],
      status: ['statut', 'inscription', 'etat', 'status', 'inschrijving', 'enrolment'],
      attendance: ['presence', 'presences', 'jours presents', 'aanwezigheid', 'aanwezig', 'attendance', 'days present'],
      outcome: ['sortie', 'resultat', 'issue', 'suite', 'uitstroom', 'resultaat', 'outcome', 'result'],
      outcomeDate: ['date de sortie', 'date du resultat', 'datum uitstroom', 'outcome date'],
      outcomeNote: ['remarque', 'remarques', 'commentaire', 'opmerking', 'opmerkingen', 'comment', 'notes'],
    },
    async lookups() {
      const rows = await db
        .select({ programme: trainingProgrammes.name, sessionId: trainingSessions.id, dayId: trainingSessionDays.id, day: trainingSessionDays.day, startsAt: trainingSessionDays.startsAt })
        .from(trainingSessions)
        .innerJoin(trainingProgrammes, eq(trainingProgrammes.id, trainingSessions.programmeId))
        .innerJoin(trainingSessionDays, eq(trainingSessionDays.sessionId, trainingSessions.id))
        .where(ne(trainingSessions.status, 'cancelled'))
        .orderBy(trainingSessions.id, trainingSessionDays.startsAt);
      const sessions = new Map<number, SessionDays & { programme: string }>();
      for (const r of rows) {
        const s = sessions.get(r.sessionId) ?? { id: r.sessionId, programme: normCell(r.programme), days: [] };
        s.days.push({ id: r.dayId, day: r.day, startsAt: r.startsAt });
        sessions.set(r.sessionId, s);
      }
      const programmes = new Map<string, SessionDays[]>();
      for (const s of sessions.values()) programmes.set(s.programme, [...(programmes.get(s.programme) ?? []), s]);
      return { programmes };
    },
    check(cells, l) {
      const errors: Record<string, string> = {};
      const get = cellsOf(cells);
      const sessionsOf = get('programme') ? l.programmes.get(normCell(get('programme'))) : undefined;
      if (!get('programme')) errors.programme = 'error.import.required';
      else if (!sessionsOf) errors.programme = 'error.import.programme_unknown';
      const day = get('sessionDate') ? parseDay(get('sessionDate')) : null;
      if (!get('sessionDate')) errors.sessionDate = 'error.import.required';
      else if (!day) errors.sessionDate = 'error.import.date_invalid';
      let session: SessionDays | null = null;
      if (sessionsOf && day) {
        const found = sessionsOf.filter((s) => s.days.some((d) => d.day === day));
        if (!found.length) errors.sessionDate = 'error.import.session_unknown';
        else if (found.length > 1) errors.sessionDate = 'error.import.session_ambiguous';
        else session = found[0];
      }
      const status = get('status') ? STATUS_WORDS[normCell(get('status'))] ?? STATUS_WORDS[get('status')] : 'enrolled';
      if (!status) errors.status = 'error.import.participant_status_unknown';
      const outcome = get('outcome') ? OUTCOME_WORDS[normCell(get('outcome'))] ?? OUTCOME_WORDS[get('outcome')] : 'unknown';
      if (!outcome) errors.outcome = 'error.import.outcome_unknown';
      const outcomeDate = get('outcomeDate') ? parseDay(get('outcomeDate')) : null;
      if (get('outcomeDate') && !outcomeDate) errors.outcomeDate = 'error.import.date_invalid';
      const outcomeNote = get('outcomeNote');
      if (outcomeNote.length > 2000) errors.outcomeNote = 'error.import.too_long';
      // Attendance: of the days that have begun (presence is known once a day has begun).
      let attendance: ImportedParticipation['attendance'] = null;
      const a = get('attendance');
      if (a && session) {
        const now = ctx.clock.now().getTime();
        const begun = session.days.filter((d) => d.startsAt.getTime() <= now);
        const word = normCell(a);
        if (status !== 'enrolled') errors.attendance = 'error.import.attendance_not_enrolled';
        else if (ALL_DAYS.has(word)) attendance = begun.map((d) => ({ dayId: d.id, present: true }));
        else if (NO_DAY.has(word)) attendance = begun.map((d) => ({ dayId: d.id, present: false }));
        else {
          const days = a.split(/[,;|]+|\s+et\s+|\s+en\s+|\s+and\s+/).map((x) => x.trim()).filter(Boolean).map(parseDay);
          const present = new Set<string>();
          for (const d of days) {
            if (!d || !begun.some((x) => x.day === d)) errors.attendance = 'error.import.attendance_day_unknown';
            else present.add(d);
          }
          attendance = begun.map((d) => ({ dayId: d.id, present: present.has(d.day) }));
        }
      }
      if (Object.keys(errors).length) return { value: null, errors };
      return { value: { sessionId: session!.id, firstStart: session!.days[0].startsAt, status: status!, attendance, outcome: outcome!, outcomeDate, outcomeNote: outcomeNote || null }, errors };
    },
    /** One participation of a person per session (withdrawn ones aside), within the file and with the registry. */
    async verify(items) {
      const refusals: HistoryVerdict<ImportedParticipation>[] = items.map(() => null);
      const live = items.map((x, i) => ({ ...x, i })).filter((x) => x.value.status !== 'withdrawn');
      if (!live.length) return refusals;
      const ints = (xs: number[]) => `{${[...new Set(xs)].join(',')}}`;
      const rows = await db
        .select({ id: trainingParticipants.id, sessionId: trainingParticipants.sessionId, personId: trainingParticipants.personId })
        .from(trainingParticipants)
        .where(
          and(
            ne(trainingParticipants.status, 'withdrawn'),
            sql`${trainingParticipants.personId} = any(${ints(live.map((x) => x.personId))}::int[]) and ${trainingParticipants.sessionId} = any(${ints(live.map((x) => x.value.sessionId))}::int[])`,
          ),
        );
      // The records this import updates are replaced by their rows.
      const updated = new Set(live.map((x) => x.updates).filter((x): x is number => x !== null));
      const held = new Set(rows.filter((r) => !updated.has(r.id)).map((r) => `${r.sessionId}:${r.personId}`));
      for (const x of live) {
        const key = `${x.value.sessionId}:${x.personId}`;
        if (held.has(key)) refusals[x.i] = { field: 'sessionDate', key: 'error.training_already_enrolled' };
        else held.add(key);
      }
      // The places: the enrolled the registry holds (those this import updates are replaced by their rows), then the rows in order.
      const wanting = live.filter((x) => x.value.status === 'enrolled' && !refusals[x.i]);
      if (!wanting.length) return refusals;
      const sessionIds = [...new Set(wanting.map((x) => x.value.sessionId))];
      const taken = await enrolledBySession(db, sessionIds, updated);
      const capacity = await capacities(db, sessionIds);
      const now = ctx.clock.now().getTime();
      for (const x of wanting) {
        const n = taken.get(x.value.sessionId) ?? 0;
        if (n < (capacity.get(x.value.sessionId) ?? 0)) taken.set(x.value.sessionId, n + 1);
        else if (x.value.firstStart.getTime() <= now) refusals[x.i] = { field: 'sessionDate', key: 'error.import.session_full_begun' };
        else refusals[x.i] = { field: 'sessionDate', key: 'import.note.session_full_waiting', adjusted: { ...x.value, status: 'waiting', attendance: null } };
      }
      return refusals;
    },
    existing: writer.existing,
    async write(tx, actor, items, onProgress) {
      // The database holds no more enrolled than places (a trigger, row by row): the rows that free or take no place
      // are written first, then those that take one, so that no step holds more than the end does (the check counted it).
      const order = items.map((w, i) => ({ w, i })).sort((a, b) => Number(a.w.value.status === 'enrolled') - Number(b.w.value.status === 'enrolled'));
      const split = order.findIndex((x) => x.w.value.status === 'enrolled');
      const groups = split < 0 ? [order] : [order.slice(0, split), order.slice(split)];
      const written: HistoryWritten[] = new Array(items.length);
      let before = 0;
      try {
        for (const g of groups) {
          if (!g.length) continue;
          const part = await writer.write(tx, actor, g.map((x) => x.w), onProgress && ((n) => onProgress(before + n)));
          part.forEach((r, k) => (written[g[k].i] = r));
          before += g.length;
        }
      } catch (err) {
        // Enrolments made between the check and the commit took the places it counted: nothing is written.
        const e = err as { code?: string; message?: string; cause?: { code?: string; message?: string } };
        const full = (e.code ?? e.cause?.code) === '23514' && [e.message, e.cause?.message].some((m) => /session \d+ is full/.test(m ?? ''));
        if (full) throw conflict('error.import.session_filled_meanwhile');
        throw err;
      }
      const latest = new Map<number, Date>();
      for (const w of items) if (w.value.status === 'enrolled' && (latest.get(w.personId)?.getTime() ?? 0) < w.value.firstStart.getTime()) latest.set(w.personId, w.value.firstStart);
      await ctx.services.people.touchMany(latest, tx);
      await ctx.audit.record(actor, { action: 'training.participation_import', entityType: 'training_participant', details: { written: written.filter((w) => w.action !== 'unchanged').length } }, tx);
      return written;
    },
    // Places again: what goes back to the waiting list (or away) before what goes back to enrolled.
    undo: (tx, _actor, written) => writer.undo(tx, [...written].sort((a, b) => Number(a.before?.status === 'enrolled') - Number(b.before?.status === 'enrolled'))),
  };
}

/** Per session, its enrolled participants (persons and professionals), the records `except` aside. */
async function enrolledBySession(q: DbOrTx, sessionIds: number[], except: Set<number>): Promise<Map<number, number>> {
  const ids = `{${sessionIds.join(',')}}`;
  const rows = await q
    .select({ id: trainingParticipants.id, sessionId: trainingParticipants.sessionId })
    .from(trainingParticipants)
    .where(and(eq(trainingParticipants.status, 'enrolled'), sql`${trainingParticipants.sessionId} = any(${ids}::int[])`));
  const out = new Map<number, number>();
  for (const r of rows) if (!except.has(r.id)) out.set(r.sessionId, (out.get(r.sessionId) ?? 0) + 1);
  return out;
}

async function capacities(q: DbOrTx, sessionIds: number[]): Promise<Map<number, number>> {
  const rows = await q.select({ id: trainingSessions.id, capacity: trainingSessions.capacity }).from(trainingSessions).where(sql`${trainingSessions.id} = any(${`{${sessionIds.join(',')}}`}::int[])`);
  return new Map(rows.map((r) => [r.id, r.capacity]));
}
