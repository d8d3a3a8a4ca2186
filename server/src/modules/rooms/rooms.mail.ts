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
  },
  nl: {
    'outbox.purpose.rooms.request_received': 'Zalen: aanvraag ontvangen',
    'outbox.purpose.rooms.booking_confirmed': 'Zalen: reservatie bevestigd',
    'outbox.purpose.rooms.booking_refused': 'Zalen: aanvraag geweigerd',
    'outbox.purpose.rooms.booking_cancelled': 'Zalen: reservatie geannuleerd',
  },
  en: {
    'outbox.purpose.rooms.request_received': 'Rooms: request received',
    'outbox.purpose.rooms.booking_confirmed': 'Rooms: booking confirmed',
    'outbox.purpose.rooms.booking_refused': 'Rooms: request refused',
    'outbox.purpose.rooms.booking_cancelled': 'Rooms: booking cancelled',
  },
});

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

  async function enqueue(tx: DbOrTx, b: BookingRow, purpose: string, subject: string, text: string) {
    if (!b.contactEmail && !b.contactPhone) return;
    await outbox.enqueue(
      {
        to: { name: b.contactName, email: b.contactEmail, phone: b.contactPhone, locale: 'fr' },
        subject,
        text,
        purpose,
        access: roomsPermissions.manage,
        entityType: 'room_booking',
        entityId: b.id,
      },
      tx,
    );
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
  async function mailDecision(tx: DbOrTx, b: BookingRow) {
    if (!b.contactEmail) return;
    const room = await loadRoom(b.roomId, tx, false);
    const what = describe(b, room.name);
    const ref = b.reference ? ` (${b.reference})` : '';
    const msg = b.decisionMessage ? `\n\n${b.decisionMessage}\n` : '\n';
    if (b.status === 'confirmed') {
      await enqueue(
        tx,
        b,
        'rooms.booking_confirmed',
        `Réservation confirmée / Reservatie bevestigd${ref}`,
        `Bonjour,\n\nVotre demande de salle est confirmée : ${what}.${msg}\nGoedendag,\n\nUw zaalaanvraag is bevestigd: ${what}.\n\nMaison de l'Emploi — Logistique`,
      );
    } else if (b.status === 'refused') {
      await enqueue(
        tx,
        b,
        'rooms.booking_refused',
        `Demande de salle refusée / Zaalaanvraag geweigerd${ref}`,
        `Bonjour,\n\nNous ne pouvons pas accepter votre demande : ${what}.${msg}\nGoedendag,\n\nWij kunnen uw aanvraag niet aanvaarden: ${what}.\n\nMaison de l'Emploi — Logistique`,
      );
    } else if (b.status === 'cancelled') {
      await enqueue(
        tx,
        b,
        'rooms.booking_cancelled',
        `Réservation annulée / Reservatie geannuleerd${ref}`,
        `Bonjour,\n\nVotre réservation est annulée : ${what}.${msg}\nGoedendag,\n\nUw reservatie is geannuleerd: ${what}.\n\nMaison de l'Emploi — Logistique`,
      );
    }
  }

  return { describe, mailReceived, mailDecision };
}
