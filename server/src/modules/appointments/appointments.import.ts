import { and, ne, sql } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import type { HistoryImportAdapter } from '../../platform/imports';
import { historyTableWriter } from '../../platform/import-writer';
import { normCell, parseTime, brusselsCellInstant, cellsOf, historyDay } from '../../platform/import-cells';
import { appointmentDesks, appointments, type AppointmentStatus } from './appointments.table';

/** An appointment as an import writes it. */
export interface ImportedAppointment {
  deskId: number;
  staffUserId: number;
  startsAt: Date;
  endsAt: Date;
  status: AppointmentStatus;
  purpose: string | null;
  notes: string | null;
}
interface Lookups {
  desks: Map<string, { id: number; staffUserId: number; slotMinutes: number }>;
  only: { id: number; staffUserId: number; slotMinutes: number } | null;
}

export const APPOINTMENT_FIELDS = ['date', 'start', 'end', 'desk', 'status', 'purpose', 'notes'] as const;

const STATUS_WORDS: Record<string, AppointmentStatus> = {
  booked: 'booked', prevu: 'booked', 'a venir': 'booked', pris: 'booked', gepland: 'booked', geboekt: 'booked', planned: 'booked', scheduled: 'booked',
  attended: 'attended', present: 'attended', venu: 'attended', honore: 'attended', aanwezig: 'attended', gekomen: 'attended', came: 'attended', yes: 'attended', oui: 'attended', ja: 'attended',
  no_show: 'no_show', 'no show': 'no_show', absent: 'no_show', 'pas venu': 'no_show', 'non honore': 'no_show', afwezig: 'no_show', 'niet gekomen': 'no_show', non: 'no_show', nee: 'no_show', no: 'no_show',
  cancelled: 'cancelled', annule: 'cancelled', geannuleerd: 'cancelled', afgezegd: 'cancelled', canceled: 'cancelled',
};

const overlaps = (a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/**
 * The appointments' import adapter (issue 16): past (and coming) appointments from another tool, each with its
 * source's id (a second import updates it), with the person the row names, at a desk named in the row (the only
 * desk when there is one), held by the desk's staff member. Its status is what the file says (attended, no-show,
 * cancelled, booked: an appointment whose outcome the file does not give stays booked, it is not guessed); the
 * end is the start plus the desk's slot when not given. The database refuses two appointments of a person or a
 * staff member at the same time: such a row is refused at the check, with the reason, before anything is written.
 */
export function createAppointmentsImport(ctx: ModuleContext): HistoryImportAdapter<ImportedAppointment, Lookups> {
  const { db } = ctx;
  const writer = historyTableWriter<ImportedAppointment>({
    db,
    table: appointments,
    tableName: 'appointments',
    now: () => ctx.clock.now(),
    columns: (w) => ({
      personId: w.personId,
      deskId: w.value.deskId,
      staffUserId: w.value.staffUserId,
      startsAt: w.value.startsAt,
      endsAt: w.value.endsAt,
      status: w.value.status,
      purpose: w.value.purpose,
      notes: w.value.notes,
      // Known from the file's day, not from the hour of the import: a second import of the same file changes nothing.
      cancelledAt: w.value.status === 'cancelled' ? w.value.startsAt : null,
      outcomeAt: w.value.status === 'attended' || w.value.status === 'no_show' ? w.value.endsAt : null,
    }),
  });
  return {
    kind: 'appointments',
    fields: APPOINTMENT_FIELDS,
    required: ['date', 'start'],
    headerNames: {
      date: ['date', 'jour', 'datum', 'date du rendez vous', 'date rdv', 'afspraakdatum', 'appointment date', 'day'],
      start: ['heure', 'debut', 'heure de debut', 'heure du rendez vous', 'uur', 'begin', 'beginuur', 'tijd', 'time', 'start', 'start time'],
      end: ['fin', 'heure de fin', 'einde', 'einduur', 'end', 'end time'],
      desk: ['guichet', 'permanence', 'service', 'loket', 'spreekuur', 'dienst', 'desk'],
      status: ['statut', 'etat', 'presence', 'venu', 'status', 'aanwezigheid', 'toestand', 'outcome', 'attendance'],
      purpose: ['objet', 'motif', 'sujet', 'onderwerp', 'reden', 'purpose', 'subject', 'reason'],
      notes: ['remarque', 'remarques', 'commentaire', 'note', 'notes', 'opmerking', 'opmerkingen', 'comment'],
    },
    async lookups() {
      const list = await db.select().from(appointmentDesks);
      const desks = new Map(list.flatMap((d) => [[normCell(d.name), d] as const, [String(d.id), d] as const]));
      const active = list.filter((d) => d.active);
      return { desks, only: active.length === 1 ? active[0] : null };
    },
    check(cells, l) {
      const errors: Record<string, string> = {};
      const get = cellsOf(cells);
      const day = historyDay(get('date'), errors);
      const start = get('start') ? parseTime(get('start')) : parseTime(get('date'));
      if (!start) errors.start = get('start') ? 'error.import.time_invalid' : 'error.import.required';
      const end = get('end') ? parseTime(get('end')) : null;
      if (get('end') && !end) errors.end = 'error.import.time_invalid';
      else if (end && start && end <= start) errors.end = 'error.import.end_before_start';
      const desk = get('desk') ? l.desks.get(normCell(get('desk'))) : l.only;
      if (!desk) errors.desk = get('desk') ? 'error.import.desk_unknown' : 'error.import.required';
      const status = get('status') ? STATUS_WORDS[normCell(get('status'))] ?? STATUS_WORDS[get('status')] : 'booked';
      if (!status) errors.status = 'error.import.appointment_status_unknown';
      const purpose = get('purpose');
      if (purpose.length > 500) errors.purpose = 'error.import.too_long';
      const notes = get('notes');
      if (notes.length > 5000) errors.notes = 'error.import.too_long';
      let startsAt: Date | null = null;
      let endsAt: Date | null = null;
      if (day && start && !errors.end && desk) {
        startsAt = brusselsCellInstant(day, start);
        endsAt = end ? brusselsCellInstant(day, end) : startsAt && new Date(startsAt.getTime() + desk.slotMinutes * 60_000);
        if (!startsAt) errors.start = 'error.import.time_invalid';
        else if (!endsAt) errors.end = 'error.import.time_invalid';
      }
      if (Object.keys(errors).length) return { value: null, errors };
      return { value: { deskId: desk!.id, staffUserId: desk!.staffUserId, startsAt: startsAt!, endsAt: endsAt!, status: status!, purpose: purpose || null, notes: notes || null }, errors };
    },
    /** No person and no staff member twice at the same time (the database's rule), within the file and with the registry. */
    async verify(items) {
      const live = items.map((item, i) => ({ ...item, i })).filter((x) => x.value.status !== 'cancelled');
      const refusals: ({ field: string; key: string } | null)[] = items.map(() => null);
      if (!live.length) return refusals;
      const from = new Date(Math.min(...live.map((x) => x.value.startsAt.getTime())));
      const to = new Date(Math.max(...live.map((x) => x.value.endsAt.getTime())));
      const people = [...new Set(live.map((x) => x.personId))];
      const staff = [...new Set(live.map((x) => x.value.staffUserId))];
      const ints = (xs: number[]) => `{${xs.join(',')}}`;
      const rows = await db
        .select({ id: appointments.id, personId: appointments.personId, staffUserId: appointments.staffUserId, startsAt: appointments.startsAt, endsAt: appointments.endsAt })
        .from(appointments)
        .where(
          and(
            ne(appointments.status, 'cancelled'),
            sql`${appointments.startsAt} < ${to.toISOString()} and ${appointments.endsAt} > ${from.toISOString()}`,
            sql`(${appointments.personId} = any(${ints(people)}::int[]) or ${appointments.staffUserId} = any(${ints(staff)}::int[]))`,
          ),
        );
      // The records this import updates are replaced by their rows.
      const updated = new Set(live.map((x) => x.updates).filter((x): x is number => x !== null));
      const held = rows.filter((r) => !updated.has(r.id));
      const kept: { personId: number; staffUserId: number; startsAt: Date; endsAt: Date }[] = [...held];
      for (const x of live) {
        const v = { personId: x.personId, staffUserId: x.value.staffUserId, startsAt: x.value.startsAt, endsAt: x.value.endsAt };
        const clash = kept.find((k) => overlaps(k, v) && (k.personId === v.personId || k.staffUserId === v.staffUserId));
        if (clash) refusals[x.i] = { field: 'start', key: clash.personId === v.personId ? 'error.appointments.person_double_booked' : 'error.appointments.staff_double_booked' };
        else kept.push(v);
      }
      return refusals;
    },
    existing: writer.existing,
    async write(tx, actor, items, onProgress) {
      const written = await writer.write(tx, actor, items, onProgress);
      const latest = new Map<number, Date>();
      for (const w of items) if (w.value.status === 'attended' && (latest.get(w.personId)?.getTime() ?? 0) < w.value.startsAt.getTime()) latest.set(w.personId, w.value.startsAt);
      await ctx.services.people.touchMany(latest, tx);
      await ctx.audit.record(actor, { action: 'appointments.import', entityType: 'appointment', details: { written: written.filter((w) => w.action !== 'unchanged').length } }, tx);
      return written;
    },
    undo: (tx, _actor, written) => writer.undo(tx, written),
  };
}
