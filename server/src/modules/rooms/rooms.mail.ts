import type { DbOrTx } from '../../platform/db/database';
import { brusselsDay, brusselsTime } from '../../platform/brussels-time';
import { addMessages } from '../../platform/i18n/messages';
import { roomsPermissions } from './rooms.permissions';
import type { BookingRow, RoomsCore, RoomsDeps } from './rooms.core';

addMessages({
  fr: {
    'outbox.purpose.rooms.request_received': 'Salles : demande reçue',
    'outbox.purpose.rooms.booking_confirmed': 'Salles : réservation confirmée',
    'outbox.purpose.rooms.booking_refused': 'Salles : demande refusée',
    'outbox.purpose.rooms.booking_cancelled': 'Salles : réservation annulée',
    'outbox.purpose.rooms.booking_changed': 'Salles : réservation modifiée',
    'outbox.purpose.rooms.series_cancelled': 'Salles : dates annulées',
  },
  nl: {
    'outbox.purpose.rooms.request_received': 'Zalen: aanvraag ontvangen',
    'outbox.purpose.rooms.booking_confirmed': 'Zalen: reservatie bevestigd',
    'outbox.purpose.rooms.booking_refused': 'Zalen: aanvraag geweigerd',
    'outbox.purpose.rooms.booking_cancelled': 'Zalen: reservatie geannuleerd',
    'outbox.purpose.rooms.booking_changed': 'Zalen: reservatie gewijzigd',
    'outbox.purpose.rooms.series_cancelled': 'Zalen: data geannuleerd',
  },
  en: {
    'outbox.purpose.rooms.request_received': 'Rooms: request received',
    'outbox.purpose.rooms.booking_confirmed': 'Rooms: booking confirmed',
    'outbox.purpose.rooms.booking_refused': 'Rooms: request refused',
    'outbox.purpose.rooms.booking_cancelled': 'Rooms: booking cancelled',
    'outbox.purpose.rooms.booking_changed': 'Rooms: booking changed',
    'outbox.purpose.rooms.series_cancelled': 'Rooms: dates cancelled',
  },
});

/** How the requester was told of a change: e-mailed (a mail server is set), listed for staff to send or call, or nobody to tell (no contact on the booking). */
export type Told = 'email' | 'listed' | 'none';

/**
 * The messages to requesters (received, confirmed, refused, cancelled), in French and Dutch, through the platform's
 * outbox, in the transaction of what they announce. Only the room managers see them in the staff's list of messages
 * (they carry a requester's name and address).
 */
export function createRoomsMail(deps: RoomsDeps & { core: RoomsCore }) {
  const { outbox, core } = deps;
  const { loadRoom } = core;

  function describe(b: BookingRow, roomName: string) {
    return `${roomName} — ${brusselsDay(b.startsAt).split('-').reverse().join('/')} ${brusselsTime(b.startsAt)}-${brusselsTime(b.endsAt)}`;
  }

  async function enqueue(tx: DbOrTx, b: BookingRow, purpose: string, subject: string, text: string, entity: { type: string; id: number } = { type: 'room_booking', id: b.id }): Promise<Told> {
    if (!b.contactEmail && !b.contactPhone) return 'none';
    const { delivery } = await outbox.enqueue(
      {
        to: { name: b.contactName, email: b.contactEmail, phone: b.contactPhone, locale: 'fr' },
        subject,
        text,
        purpose,
        access: roomsPermissions.manage,
        entityType: entity.type,
        entityId: entity.id,
      },
      tx,
    );
    return delivery === 'email' ? 'email' : 'listed';
  }

  /** The acknowledgement of a public request. */
  async function mailReceived(tx: DbOrTx, b: BookingRow, roomName: string) {
    const what = describe(b, roomName);
    await enqueue(
      tx,
      b,
      'rooms.request_received',
      `Demande de salle reçue / Zaalaanvraag ontvangen (${b.reference})`,
      `Bonjour,\n\nNous avons bien reçu votre demande : ${what}.\nRéférence : ${b.reference}. Le service logistique vous répondra.\n\n` +
        `Goedendag,\n\nWij hebben uw aanvraag goed ontvangen: ${what}.\nReferentie: ${b.reference}. De logistieke dienst antwoordt u.\n\nMaison de l'Emploi — Logistique`,
    );
  }

  /** The decision on a booking (confirmed, refused, cancelled), to the contact it names. */
  async function mailDecision(tx: DbOrTx, b: BookingRow): Promise<Told> {
    const room = await loadRoom(b.roomId, tx, false);
    const what = describe(b, room.name);
    const ref = b.reference ? ` (${b.reference})` : '';
    const msg = b.decisionMessage ? `\n\n${b.decisionMessage}\n` : '\n';
    if (b.status === 'confirmed') {
      return enqueue(
        tx,
        b,
        'rooms.booking_confirmed',
        `Réservation confirmée / Reservatie bevestigd${ref}`,
        `Bonjour,\n\nVotre demande de salle est confirmée : ${what}.${msg}\nGoedendag,\n\nUw zaalaanvraag is bevestigd: ${what}.\n\nMaison de l'Emploi — Logistique`,
      );
    } else if (b.status === 'refused') {
      return enqueue(
        tx,
        b,
        'rooms.booking_refused',
        `Demande de salle refusée / Zaalaanvraag geweigerd${ref}`,
        `Bonjour,\n\nNous ne pouvons pas accepter votre demande : ${what}.${msg}\nGoedendag,\n\nWij kunnen uw aanvraag niet aanvaarden: ${what}.\n\nMaison de l'Emploi — Logistique`,
      );
    } else if (b.status === 'cancelled') {
      return enqueue(
        tx,
        b,
        'rooms.booking_cancelled',
        `Réservation annulée / Reservatie geannuleerd${ref}`,
        `Bonjour,\n\nVotre réservation est annulée : ${what}.${msg}\nGoedendag,\n\nUw reservatie is geannuleerd: ${what}.\n\nMaison de l'Emploi — Logistique`,
      );
    }
    return 'none';
  }

  /** A live booking changed by logistics (moved to another time or room, or its details edited): what it is now. */
  async function mailChanged(tx: DbOrTx, before: BookingRow, after: BookingRow): Promise<Told> {
    const [was, now] = await Promise.all([loadRoom(before.roomId, tx, false), loadRoom(after.roomId, tx, false)]);
    const ref = after.reference ? ` (${after.reference})` : '';
    const moved = describe(before, was.name) !== describe(after, now.name);
    const what = describe(after, now.name);
    const frWas = moved ? `\nAvant : ${describe(before, was.name)}.` : '';
    const nlWas = moved ? `\nVoorheen: ${describe(before, was.name)}.` : '';
    return enqueue(
      tx,
      after,
      'rooms.booking_changed',
      `Réservation modifiée / Reservatie gewijzigd${ref}`,
      `Bonjour,\n\nVotre réservation a été modifiée : ${what} — ${after.purpose}.${frWas}\n\nGoedendag,\n\nUw reservatie is gewijzigd: ${what} — ${after.purpose}.${nlWas}\n\nMaison de l'Emploi — Logistique`,
    );
  }

  /** Dates of a series cancelled at once (the rest of it, or all of it): one message naming each date. */
  async function mailSeriesCancelled(tx: DbOrTx, seriesId: number, rows: BookingRow[]): Promise<Told> {
    const first = rows.find((b) => b.contactEmail || b.contactPhone);
    if (!first) return 'none';
    const room = await loadRoom(first.roomId, tx, false);
    const dates = rows.map((b) => `- ${describe(b, room.name)}`).join('\n');
    return enqueue(
      tx,
      first,
      'rooms.series_cancelled',
      `Réservations annulées / Reservaties geannuleerd (${rows.length})`,
      `Bonjour,\n\nCes dates de votre réservation « ${first.purpose} » sont annulées :\n${dates}\n\nGoedendag,\n\nDeze data van uw reservatie "${first.purpose}" zijn geannuleerd:\n${dates}\n\nMaison de l'Emploi — Logistique`,
      { type: 'room_series', id: seriesId },
    );
  }

  return { describe, mailReceived, mailDecision, mailChanged, mailSeriesCancelled };
}
