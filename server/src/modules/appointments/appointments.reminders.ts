import { and, eq, isNull } from 'drizzle-orm';
import { systemActor, type Actor } from '../../platform/audit/audit.service';
import { translate } from '../../platform/i18n/messages';
import { brusselsDay, brusselsTime, nextDay } from '../../platform/brussels-time';
import { appointments } from './appointments.table';
import { longDate, personLocale, type AppointmentsCore, type AppointmentsDeps, type AppointmentView, type CallReason, type Viewer } from './appointments.core';
import { appointmentIcs } from './appointments.ics';
import { appointmentsPermissions } from './appointments.permissions';

/** The day before: e-mail reminders (with the .ics), the list of people to phone, the appointment card and file. */
export function createAppointmentReminders(deps: AppointmentsDeps & { core: AppointmentsCore; get: (id: number, viewer: Viewer) => Promise<AppointmentView> }) {
  const { db, clock, audit, outbox, people, institution, core, get } = deps;
  const { present, presentFor, bookedOn } = core;

  return {
    /**
     * The people to phone about their appointment on `date` (default: tomorrow): everyone when no
     * SMTP server is configured, otherwise those the e-mail reminder cannot reach (or has not reached yet).
     */
    async callList(actor: Actor, date: string | undefined, viewer: Viewer) {
      const day = date ?? nextDay(brusselsDay(clock.now()));
      const rows = await bookedOn(day);
      const views = await presentFor(rows, viewer);
      const items = [];
      for (const [i, r] of rows.entries()) {
        const c = await people.contactOf(r.personId);
        if (c.erased) continue;
        let reason: CallReason | null;
        if (!outbox.emailEnabled) reason = 'mail_not_configured';
        else if (r.reminderSentAt) reason = null;
        else if (!c.email) reason = 'no_email';
        else if (!c.consents.includes('contact_by_email')) reason = 'no_email_consent';
        else reason = 'reminder_not_sent';
        if (!reason) continue;
        const v = views[i];
        items.push({
          appointmentId: r.id,
          date: v.date,
          start: v.start,
          end: v.end,
          desk: v.desk,
          site: v.site,
          staff: v.staff,
          purpose: v.purpose,
          person: { id: c.id, firstName: c.firstName, lastName: c.lastName, phone: c.phone, email: c.email, locale: personLocale(c.languages) },
          reason,
        });
      }
      await audit.record(actor, { action: 'appointment.call_list', entityType: 'appointment', details: { date: day, count: items.length } });
      return { date: day, mailEnabled: outbox.emailEnabled, total: rows.length, items };
    },

    /**
     * Queues in the outbox an e-mail reminder for each booked appointment on `forDate` (normally tomorrow) whose
     * person has an e-mail address and agreed to be contacted by e-mail (the outbox sends it, and tries again when
     * the mail server fails). Each appointment is reminded once: marking it and queueing its message are one
     * transaction.
     */
    async sendReminders(forDate: string, actor: Actor = systemActor('reminders')) {
      const result = { date: forDate, mailEnabled: outbox.emailEnabled, queued: 0, skipped: 0 };
      if (!outbox.emailEnabled) return result;
      const rows = (await bookedOn(forDate)).filter((r) => !r.reminderSentAt);
      if (rows.length === 0) return result;
      const views = await present(rows);
      for (const [i, r] of rows.entries()) {
        const c = await people.contactOf(r.personId);
        if (c.erased || !c.email || !c.consents.includes('contact_by_email')) {
          result.skipped++;
          continue;
        }
        const v = views[i];
        const locale = personLocale(c.languages);
        const params = {
          name: `${c.firstName} ${c.lastName}`.trim(),
          date: longDate(v.date, locale),
          start: v.start,
          end: v.end,
          staff: v.staff.name,
          site: v.site.name,
          address: [v.site.address, v.site.postalCode].filter(Boolean).join(', '),
          desk: v.desk.name,
          institution: (await institution.inLocale(locale)).name,
        };
        const queued = await db.transaction(async (tx) => {
          const [got] = await tx
            .update(appointments)
            .set({ reminderSentAt: clock.now() })
            .where(and(eq(appointments.id, r.id), isNull(appointments.reminderSentAt), eq(appointments.status, 'booked')))
            .returning({ id: appointments.id });
          if (!got) return false;
          await outbox.enqueue(
            {
              to: { name: params.name, email: c.email, phone: c.phone, locale },
              subject: translate(locale, 'mail.appointment_reminder.subject', params),
              text: translate(locale, 'mail.appointment_reminder.text', params),
              attachments: [{ filename: 'rendez-vous.ics', content: appointmentIcs(v, { locale, now: clock.now(), institution: params.institution }), contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }],
              purpose: 'appointments.reminder',
              access: appointmentsPermissions.manage,
              entityType: 'appointment',
              entityId: r.id,
            },
            tx,
          );
          await audit.record(actor, { action: 'appointment.reminder_queued', entityType: 'appointment', entityId: r.id, details: { personId: r.personId } }, tx);
          return true;
        });
        if (queued) result.queued++;
      }
      return result;
    },

    /** The appointment as an iCalendar file, in the person's language. */
    async ics(id: number, viewer: Viewer): Promise<string> {
      const v = await get(id, viewer);
      const c = await people.contactOf(v.person.id);
      const locale = personLocale(c.languages);
      return appointmentIcs(v, { locale, now: clock.now(), institution: (await institution.inLocale(locale)).name });
    },

    /** What a printed appointment card shows, in the person's language. */
    async card(id: number, viewer: Viewer) {
      const v = await get(id, viewer);
      const c = await people.contactOf(v.person.id);
      const locale = personLocale(c.languages);
      return {
        appointment: v,
        locale,
        person: { firstName: v.person.firstName, lastName: v.person.lastName },
        when: { date: v.date, longDate: longDate(v.date, locale), start: v.start, end: v.end },
        where: { site: v.site.name, address: v.site.address, postalCode: v.site.postalCode, desk: v.desk.name },
        with: v.staff.name,
        purpose: v.purpose,
        icsUrl: `/api/appointments/${v.id}/ics`,
      };
    },
  };
}

/** Brussels hours during which tomorrow's reminders are queued (an appointment booked in the afternoon for tomorrow still gets its e-mail). */
export const REMINDER_HOURS = { from: 8, to: 20 } as const;

/** The job that queues tomorrow's reminders every quarter of an hour during the day (ctx.jobs: once across processes). */
export function reminderJob(run: (forDate: string) => Promise<unknown>) {
  return {
    name: 'appointments.reminders',
    schedule: { everyMinutes: 15 },
    async run(now: Date) {
      const hour = Number(brusselsTime(now).slice(0, 2));
      if (hour < REMINDER_HOURS.from || hour >= REMINDER_HOURS.to) return;
      await run(nextDay(brusselsDay(now)));
    },
  };
}
