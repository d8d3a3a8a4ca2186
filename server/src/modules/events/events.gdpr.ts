import { asc, eq } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import { translate } from '../../platform/i18n/messages';
import { brusselsDay } from '../../platform/brussels-time';
import { eventCheckins, eventRegistrations, events } from './events.table';
import { titleOf } from './events.core';

/** The events module's part of a person's own data (GDPR access): every registration, its answers and attendance. */
export function registerEventsGdpr(ctx: ModuleContext) {
  ctx.registry.gdprPart({
    key: 'events',
    tables: ['event_registrations'],
    async collect({ personId, locale }) {
      const rows = await ctx.db
        .select({ r: eventRegistrations, e: events, c: eventCheckins })
        .from(eventRegistrations)
        .innerJoin(events, eq(events.id, eventRegistrations.eventId))
        .leftJoin(eventCheckins, eq(eventCheckins.registrationId, eventRegistrations.id))
        .where(eq(eventRegistrations.personId, personId))
        .orderBy(asc(events.startsAt), asc(eventRegistrations.id));
      const T = (k: string) => translate(locale, `events.gdpr.${k}`);
      return [
        {
          key: 'event_registrations',
          title: T('title'),
          columns: ['event', 'date', 'status', 'email', 'phone', 'answers', 'consent', 'checked_in'].map((key) => ({ key, label: T(key) })),
          rows: rows.map(({ r, e, c }) => ({
            event: titleOf(e, locale),
            date: brusselsDay(e.startsAt),
            status: translate(locale, `events.status.${r.status}`),
            email: r.email,
            phone: r.phone,
            answers: Object.keys(r.answers).length ? JSON.stringify(r.answers) : null,
            consent: r.consentAt?.toISOString() ?? null,
            checked_in: c ? c.at.toISOString() : null,
          })),
        },
      ];
    },
  });
}
