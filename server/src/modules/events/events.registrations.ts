import { and, asc, count, eq, gt, inArray, lte, sql, type SQL } from 'drizzle-orm';
import QRCode from 'qrcode';
import type { Actor } from '../../platform/audit/audit.service';
import type { Tx } from '../../platform/db/database';
import { AppError, conflict, invalidField, notFound } from '../../platform/http/errors';
import { translate, type Locale } from '../../platform/i18n/messages';
import { brusselsDay, brusselsTime } from '../../platform/brussels-time';
import { takeHourlySlot } from '../../platform/http/throttle';
import { eventCheckins, eventItemRegistrations, eventItems, eventRegistrations, events, type EventQuestion } from './events.table';
import type { DeskRegistrationInput, PublicRegistrationInput } from './events.schemas';
import { newSecret, PUBLIC_REGISTRATIONS_PER_HOUR, textsOf, titleOf, type EventRow, type EventsCore, type EventsDeps, type RegistrationRow } from './events.core';
import { eventsPermissions } from './events.permissions';

const HOUR = 3_600_000;

/** Registrations: public (no account) and at the desk, the waiting list and its offers, cancelling, the ticket. */
export function createEventsRegistrations(deps: EventsDeps & { core: EventsCore }) {
  const { db, clock, audit, core, ctx } = deps;
  const { loadEvent, placeCounts, registrationState, roomNames, placeOf } = core;

  /** Checks the answers against the event's own questions; returns them cleaned. */
  function checkAnswers(questions: EventQuestion[], answers: Record<string, string | number | boolean> = {}, enforceRequired = true) {
    const out: Record<string, string | number | boolean> = {};
    for (const key of Object.keys(answers)) if (!questions.some((q) => q.key === key)) throw invalidField(`body.answers.${key}`, 'error.events.unknown_question');
    for (const q of questions) {
      const a = answers[q.key];
      const empty = a === undefined || a === '';
      if (empty) {
        if (q.required && enforceRequired) throw invalidField(`body.answers.${q.key}`, 'error.events.answer_required');
        continue;
      }
      const ok =
        q.type === 'text' ? typeof a === 'string' : q.type === 'yes_no' ? typeof a === 'boolean' : q.type === 'number' ? typeof a === 'number' : typeof a === 'string' && (q.choices ?? []).includes(a);
      if (!ok) throw invalidField(`body.answers.${q.key}`, 'error.events.answer_invalid');
      out[q.key] = a;
    }
    return out;
  }

  async function ticketQr(secret: string) {
    return QRCode.toBuffer(secret, { errorCorrectionLevel: 'M', margin: 2, width: 320 });
  }

  const ticketUrl = (base: string, secret: string) => `${base}/p/events/ticket/${secret}`;

  /** The confirmation (or waiting-list, or offer) message, queued in the transaction that decided it. */
  async function notify(tx: Tx, e: EventRow, r: RegistrationRow, base: string, what: 'confirmed' | 'waiting' | 'offered') {
    const L = r.locale as Locale;
    const rooms = await roomNames(e.roomId ? [e.roomId] : []);
    const params = {
      name: `${r.firstName} ${r.lastName}`,
      title: titleOf(e, L),
      date: brusselsDay(e.startsAt).split('-').reverse().join('/'),
      time: brusselsTime(e.startsAt),
      place: [placeOf(e, rooms), e.venueAddress].filter(Boolean).join(', '),
      ticket: ticketUrl(base, r.secret),
      until: r.offeredUntil ? `${brusselsDay(r.offeredUntil).split('-').reverse().join('/')} ${brusselsTime(r.offeredUntil)}` : '',
      institution: (await ctx.institution.inLocale(L, tx)).name,
      interpolation: { escapeValue: false },
    };
    return ctx.outbox.enqueue(
      {
        to: { name: params.name, email: r.email, phone: r.phone, locale: L },
        subject: translate(L, `events.mail.${what}_subject`, params),
        text: translate(L, `events.mail.${what}_text`, params),
        attachments: what === 'confirmed' ? [{ filename: `ticket-${r.secret}.png`, content: await ticketQr(r.secret), contentType: 'image/png' }] : [],
        purpose: `events.registration_${what}`,
        access: eventsPermissions.checkin,
        entityType: 'event_registration',
        entityId: r.id,
      },
      tx,
    );
  }

  /** Offers freed places to the first on the waiting list, for the event's offer time. The event row is locked. */
  async function offerFreedPlaces(tx: Tx, e: EventRow, base: string) {
    if (e.capacity === null || e.status !== 'published' || e.endsAt <= clock.now()) return;
    const held = (await placeCounts([e.id], tx)).get(e.id)?.registered ?? 0;
    const free = e.capacity - held;
    if (free <= 0) return;
    const next = await tx
      .select()
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, e.id), eq(eventRegistrations.status, 'waiting')))
      .orderBy(asc(eventRegistrations.createdAt), asc(eventRegistrations.id))
      .limit(free);
    for (const w of next) {
      const until = new Date(clock.now().getTime() + e.offerHours * HOUR);
      const [o] = await tx.update(eventRegistrations).set({ status: 'offered', offeredUntil: until }).where(eq(eventRegistrations.id, w.id)).returning();
      await audit.record({ userId: null, name: 'events.waiting_list' }, { action: 'events.place_offered', entityType: 'event_registration', entityId: w.id, details: { eventId: e.id, until } }, tx);
      await notify(tx, e, o, base, 'offered');
    }
  }

  /** Inserts a registration with its items; the event row is locked, so places cannot be counted twice. */
  async function insertRegistration(tx: Tx, e: EventRow, values: Omit<typeof eventRegistrations.$inferInsert, 'eventId' | 'secret' | 'status' | 'createdAt'>, itemIds: number[] = [], forceWaiting = false) {
    const state = registrationState(e, (await placeCounts([e.id], tx)).get(e.id)?.registered ?? 0, clock.now());
    if (state === 'closed') throw conflict('error.events.registration_closed');
    if (state === 'not_yet_open') throw conflict('error.events.registration_not_open');
    if (state === 'full') throw conflict('error.events.full');
    const status = state === 'waiting_list' || forceWaiting ? 'waiting' : 'registered';
    const [r] = await tx
      .insert(eventRegistrations)
      .values({ ...values, eventId: e.id, secret: newSecret(), status, createdAt: clock.now() })
      .returning();
    const ids = [...new Set(itemIds)];
    if (ids.length) {
      const items = await tx.select().from(eventItems).where(and(eq(eventItems.eventId, e.id), inArray(eventItems.id, ids)));
      for (const [i, id] of ids.entries()) {
        const item = items.find((x) => x.id === id);
        if (!item) throw invalidField(`body.itemIds.${i}`, 'error.events.unknown_item');
        if (item.capacity !== null) {
          const [{ n }] = await tx
            .select({ n: count() })
            .from(eventItemRegistrations)
            .innerJoin(eventRegistrations, eq(eventRegistrations.id, eventItemRegistrations.registrationId))
            .where(and(eq(eventItemRegistrations.itemId, id), inArray(eventRegistrations.status, ['registered', 'offered'])));
          if (n >= item.capacity) throw conflict('error.events.item_full', { title: item.titleFr });
        }
      }
      await tx.insert(eventItemRegistrations).values(ids.map((itemId) => ({ itemId, registrationId: r.id })));
    }
    return r;
  }

  async function bySecret(secret: string, tx: typeof db | Tx = db, lock = false) {
    const q = tx.select().from(eventRegistrations).where(eq(eventRegistrations.secret, secret));
    const [r] = lock ? await q.for('update') : await q;
    if (!r) throw notFound('what.ticket');
    return r;
  }

  async function presentRegistrations(rows: RegistrationRow[]) {
    const ids = rows.map((r) => r.id);
    const [items, checkins] = ids.length
      ? await Promise.all([
          db.select().from(eventItemRegistrations).where(inArray(eventItemRegistrations.registrationId, ids)),
          db.select().from(eventCheckins).where(inArray(eventCheckins.registrationId, ids)),
        ])
      : [[], []];
    return rows.map((r) => {
      const c = checkins.find((x) => x.registrationId === r.id);
      return {
        id: r.id,
        eventId: r.eventId,
        status: r.status,
        firstName: r.firstName,
        lastName: r.lastName,
        email: r.email,
        phone: r.phone,
        locale: r.locale,
        answers: r.answers,
        consent: r.consentAt !== null,
        personId: r.personId,
        source: r.source,
        offeredUntil: r.offeredUntil?.toISOString() ?? null,
        createdAt: r.createdAt.toISOString(),
        cancelledAt: r.cancelledAt?.toISOString() ?? null,
        itemIds: items.filter((i) => i.registrationId === r.id).map((i) => i.itemId),
        checkedIn: c ? { at: c.at.toISOString(), desk: c.desk } : null,
        secret: r.secret,
      };
    });
  }

  async function cancelRow(tx: Tx, r: RegistrationRow, actor: Actor, base: string) {
    if (r.status === 'cancelled' || r.status === 'expired') throw conflict('error.events.already_cancelled');
    const e = await loadEvent(r.eventId, tx, true);
    await tx.update(eventRegistrations).set({ status: 'cancelled', offeredUntil: null, cancelledAt: clock.now() }).where(eq(eventRegistrations.id, r.id));
    await audit.record(actor, { action: 'events.registration_cancel', entityType: 'event_registration', entityId: r.id, details: { eventId: r.eventId } }, tx);
    if (r.status === 'registered' || r.status === 'offered') await offerFreedPlaces(tx, e, base);
  }

  const registrations = {
    ticketQr,

    /**
     * A registration from the public form. A filled honeypot gets an accepted-looking answer and nothing is stored.
     * At most PUBLIC_REGISTRATIONS_PER_HOUR per address and hour, counted in the database (holds across processes).
     */
    async registerPublic(ip: string, eventId: number, input: PublicRegistrationInput, base: string) {
      if (input.website && input.website.trim() !== '') return { secret: newSecret(), status: 'registered' as const, delivery: null };
      if (!input.email && !input.phone) throw invalidField('body.email', 'error.events.email_or_phone');
      const e0 = await loadEvent(eventId);
      if (e0.status !== 'published') throw notFound('what.event');
      const answers = checkAnswers(e0.questions, input.answers);
      return db.transaction(async (tx) => {
        await takeHourlySlot(tx, clock, { scope: 'events.register', address: ip, perHour: PUBLIC_REGISTRATIONS_PER_HOUR });
        const e = await loadEvent(eventId, tx, true);
        const r = await insertRegistration(
          tx,
          e,
          { firstName: input.firstName, lastName: input.lastName, email: input.email ?? null, phone: input.phone ?? null, locale: input.locale ?? 'fr', answers, consentAt: clock.now(), source: 'public' },
          input.itemIds,
        );
        await audit.record({ userId: null, name: 'public', ip }, { action: 'events.registration_public', entityType: 'event_registration', entityId: r.id, details: { eventId, status: r.status } }, tx);
        const { delivery } = await notify(tx, e, r, base, r.status === 'registered' ? 'confirmed' : 'waiting');
        return { secret: r.secret, status: r.status, delivery };
      });
    },

    /** Staff register somebody at the desk: a person of the registry (names taken from the record) or names typed. */
    async registerAtDesk(actor: Actor, eventId: number, input: DeskRegistrationInput, base: string) {
      const e0 = await loadEvent(eventId);
      // At the desk, staff may leave questions unanswered (a registration in seconds).
      const answers = checkAnswers(e0.questions, input.answers, false);
      let names = { firstName: input.firstName, lastName: input.lastName };
      if (input.personId) {
        try {
          await ctx.services.people.assertLinkable(input.personId);
        } catch (err) {
          if (err instanceof AppError && err.status === 404) throw invalidField('body.personId', 'error.unknown_person');
          throw err;
        }
        const [p] = await ctx.services.people.profiles([input.personId]);
        if (p && !p.erased) names = { firstName: p.firstName, lastName: p.lastName };
      }
      const duplicates = input.personId ? [] : (await ctx.services.people.findDuplicates(names)).map((d) => ({ id: d.id, firstName: d.firstName, lastName: d.lastName, birthDate: d.birthDate }));
      const row = await db.transaction(async (tx) => {
        const e = await loadEvent(eventId, tx, true);
        const r = await insertRegistration(
          tx,
          e,
          {
            ...names,
            email: input.email ?? null,
            phone: input.phone ?? null,
            locale: input.locale ?? 'fr',
            answers,
            consentAt: input.consent ? clock.now() : null,
            personId: input.personId ?? null,
            source: 'desk',
            createdBy: actor.userId,
          },
          input.itemIds,
        );
        if (r.personId) await ctx.services.people.touch(r.personId, clock.now(), tx);
        await audit.record(actor, { action: 'events.registration_desk', entityType: 'event_registration', entityId: r.id, details: { eventId, personId: r.personId, status: r.status } }, tx);
        if (r.status === 'registered' && (r.email || r.phone)) await notify(tx, e, r, base, 'confirmed');
        return r;
      });
      const [registration] = await presentRegistrations([row]);
      return { registration, duplicates, row };
    },

    async listRegistrations(eventId: number, q: { q?: string; status?: RegistrationRow['status']; limit: number; offset: number }) {
      await loadEvent(eventId);
      const conds: (SQL | undefined)[] = [
        eq(eventRegistrations.eventId, eventId),
        q.status ? eq(eventRegistrations.status, q.status) : undefined,
        q.q
          ? sql`relais_normalise(${eventRegistrations.firstName} || ' ' || ${eventRegistrations.lastName} || ' ' || coalesce(${eventRegistrations.email}, '')) like '%' || relais_normalise(${q.q}) || '%'`
          : undefined,
      ];
      const cond = and(...conds);
      const [rows, [{ total }]] = await Promise.all([
        db.select().from(eventRegistrations).where(cond).orderBy(asc(eventRegistrations.lastName), asc(eventRegistrations.firstName), asc(eventRegistrations.id)).limit(q.limit).offset(q.offset),
        db.select({ total: count() }).from(eventRegistrations).where(cond),
      ]);
      return { items: await presentRegistrations(rows), total };
    },

    async getRegistration(eventId: number, id: number) {
      const [r] = await db.select().from(eventRegistrations).where(and(eq(eventRegistrations.id, id), eq(eventRegistrations.eventId, eventId)));
      if (!r) throw notFound('what.event_registration');
      return (await presentRegistrations([r]))[0];
    },

    /** Links a registration to a person of the registry (after the duplicate check), or unlinks it. */
    async link(actor: Actor, eventId: number, id: number, personId: number | null) {
      await registrations.getRegistration(eventId, id);
      await db.transaction(async (tx) => {
        if (personId) {
          try {
            await ctx.services.people.assertLinkable(personId, tx);
          } catch (err) {
            if (err instanceof AppError && err.status === 404) throw invalidField('body.personId', 'error.unknown_person');
            throw err;
          }
          await ctx.services.people.touch(personId, clock.now(), tx);
        }
        await tx.update(eventRegistrations).set({ personId }).where(eq(eventRegistrations.id, id));
        await audit.record(actor, { action: 'events.registration_link', entityType: 'event_registration', entityId: id, details: { personId } }, tx);
      });
      return registrations.getRegistration(eventId, id);
    },

    /** People of the registry who may be the person who registered (the people module's duplicate check). */
    async matches(eventId: number, id: number) {
      const r = await registrations.getRegistration(eventId, id);
      return (await ctx.services.people.findDuplicates({ firstName: r.firstName, lastName: r.lastName })).map((d) => ({ id: d.id, firstName: d.firstName, lastName: d.lastName, birthDate: d.birthDate }));
    },

    async cancelByStaff(actor: Actor, eventId: number, id: number, base: string) {
      await db.transaction(async (tx) => {
        const [r] = await tx.select().from(eventRegistrations).where(and(eq(eventRegistrations.id, id), eq(eventRegistrations.eventId, eventId))).for('update');
        if (!r) throw notFound('what.event_registration');
        await cancelRow(tx, r, actor, base);
      });
      return registrations.getRegistration(eventId, id);
    },

    /** The holder cancels through the link of the ticket: the place goes to the waiting list. */
    async cancelBySecret(secret: string, ip: string, base: string) {
      await db.transaction(async (tx) => {
        const r = await bySecret(secret, tx, true);
        await cancelRow(tx, r, { userId: null, name: 'public', ip }, base);
      });
      return registrations.ticket(secret);
    },

    /** The first on the waiting list takes the offered place (before the offer expires). */
    async acceptOffer(secret: string, ip: string, base: string) {
      await db.transaction(async (tx) => {
        const r = await bySecret(secret, tx, true);
        if (r.status !== 'offered') throw conflict('error.events.no_offer');
        if (r.offeredUntil && r.offeredUntil <= clock.now()) throw conflict('error.events.offer_expired');
        const e = await loadEvent(r.eventId, tx, true);
        const [u] = await tx.update(eventRegistrations).set({ status: 'registered', offeredUntil: null }).where(eq(eventRegistrations.id, r.id)).returning();
        await audit.record({ userId: null, name: 'public', ip }, { action: 'events.offer_accepted', entityType: 'event_registration', entityId: r.id, details: { eventId: r.eventId } }, tx);
        await notify(tx, e, u, base, 'confirmed');
      });
      return registrations.ticket(secret);
    },

    /** Offers whose time ran out: expired, and the place is offered to the next (a background job). */
    async expireOffers(base: string) {
      const due = await db
        .select({ id: eventRegistrations.id, eventId: eventRegistrations.eventId })
        .from(eventRegistrations)
        .where(and(eq(eventRegistrations.status, 'offered'), lte(eventRegistrations.offeredUntil, clock.now())));
      let expired = 0;
      for (const eventId of [...new Set(due.map((d) => d.eventId))]) {
        await db.transaction(async (tx) => {
          const e = await loadEvent(eventId, tx, true);
          const gone = await tx
            .update(eventRegistrations)
            .set({ status: 'expired', offeredUntil: null })
            .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, 'offered'), lte(eventRegistrations.offeredUntil, clock.now())))
            .returning({ id: eventRegistrations.id });
          expired += gone.length;
          for (const g of gone) await audit.record({ userId: null, name: 'events.waiting_list' }, { action: 'events.offer_expired', entityType: 'event_registration', entityId: g.id, details: { eventId } }, tx);
          await offerFreedPlaces(tx, e, base);
        });
      }
      return expired;
    },

    /** The ticket as its holder sees it. */
    async ticket(secret: string) {
      const r = await bySecret(secret);
      const e = await loadEvent(r.eventId);
      const rooms = await roomNames(e.roomId ? [e.roomId] : []);
      const [items, [checkin], position] = await Promise.all([
        db
          .select()
          .from(eventItems)
          .innerJoin(eventItemRegistrations, eq(eventItemRegistrations.itemId, eventItems.id))
          .where(eq(eventItemRegistrations.registrationId, r.id))
          .orderBy(asc(eventItems.startsAt)),
        db.select().from(eventCheckins).where(eq(eventCheckins.registrationId, r.id)),
        r.status === 'waiting'
          ? db
              .select({ n: count() })
              .from(eventRegistrations)
              .where(and(eq(eventRegistrations.eventId, r.eventId), eq(eventRegistrations.status, 'waiting'), sql`(${eventRegistrations.createdAt}, ${eventRegistrations.id}) <= (${r.createdAt.toISOString()}::timestamptz, ${r.id})`))
              .then(([x]) => x.n)
          : Promise.resolve(null),
      ]);
      return {
        secret: r.secret,
        status: r.status,
        firstName: r.firstName,
        lastName: r.lastName,
        offeredUntil: r.offeredUntil?.toISOString() ?? null,
        position,
        event: { id: e.id, title: textsOf(e), startsAt: e.startsAt.toISOString(), endsAt: e.endsAt.toISOString(), place: placeOf(e, rooms), venueAddress: e.venueAddress },
        items: items.map(({ event_items: i }) => ({ id: i.id, title: textsOf(i), startsAt: i.startsAt.toISOString(), endsAt: i.endsAt.toISOString() })),
        checkedInAt: checkin?.at.toISOString() ?? null,
      };
    },

    /** Published events still to come (the public list), and one of them with its form. */
    async publicList() {
      const rows = await db.select().from(events).where(and(eq(events.status, 'published'), gt(events.endsAt, clock.now()))).orderBy(asc(events.startsAt)).limit(100);
      return { items: await registrations.presentPublic(rows) };
    },
    async publicGet(id: number) {
      const e = await loadEvent(id);
      if (e.status !== 'published') throw notFound('what.event');
      return (await registrations.presentPublic([e]))[0];
    },
    async presentPublic(rows: EventRow[]) {
      const full = await core.present(rows);
      return full.map((e, i) => {
        const state = registrationState(rows[i], e.registered, clock.now());
        return {
          id: e.id,
          kind: e.kind,
          title: e.title,
          description: e.description,
          startsAt: e.startsAt,
          endsAt: e.endsAt,
          place: e.place,
          venueAddress: e.venueAddress,
          targetPublics: e.targetPublics,
          partners: e.partners,
          questions: e.questions,
          items: e.items,
          registrationOpen: state === 'open' || state === 'waiting_list',
          registrationState: state,
          placesLeft: e.placesLeft,
        };
      });
    },
  };
  return registrations;
}
export type EventsRegistrations = ReturnType<typeof createEventsRegistrations>;
