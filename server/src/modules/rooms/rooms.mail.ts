import { brusselsDay, brusselsTime } from '../../platform/brussels-time';
import type { BookingRow, RoomsCore, RoomsDeps } from './rooms.core';

/** The e-mails to requesters (received, confirmed, refused, cancelled), in French and Dutch. */
export function createRoomsMail(deps: RoomsDeps & { core: RoomsCore }) {
  const { db, mailer, core } = deps;
  const { loadRoom } = core;

  async function sendMail(to: string | null, subject: string, text: string) {
    if (!to || !mailer.enabled) return;
    try {
      await mailer.send({ to, subject, text });
    } catch (err) {
      deps.log?.error({ err }, 'room booking e-mail not sent');
    }
  }

  function describe(b: BookingRow, roomName: string) {
    return `${roomName} — ${brusselsDay(b.startsAt).split('-').reverse().join('/')} ${brusselsTime(b.startsAt)}-${brusselsTime(b.endsAt)}`;
  }

  async function mailDecision(b: BookingRow) {
    if (!b.contactEmail) return;
    const room = await loadRoom(b.roomId, db, false);
    const what = describe(b, room.name);
    const ref = b.reference ? ` (${b.reference})` : '';
    const msg = b.decisionMessage ? `\n\n${b.decisionMessage}\n` : '\n';
    if (b.status === 'confirmed') {
      await sendMail(
        b.contactEmail,
        `Réservation confirmée / Reservatie bevestigd${ref}`,
        `Bonjour,\n\nVotre demande de salle est confirmée : ${what}.${msg}\nGoedendag,\n\nUw zaalaanvraag is bevestigd: ${what}.\n\nMaison de l'Emploi — Logistique`,
      );
    } else if (b.status === 'refused') {
      await sendMail(
        b.contactEmail,
        `Demande de salle refusée / Zaalaanvraag geweigerd${ref}`,
        `Bonjour,\n\nNous ne pouvons pas accepter votre demande : ${what}.${msg}\nGoedendag,\n\nWij kunnen uw aanvraag niet aanvaarden: ${what}.\n\nMaison de l'Emploi — Logistique`,
      );
    } else if (b.status === 'cancelled') {
      await sendMail(
        b.contactEmail,
        `Réservation annulée / Reservatie geannuleerd${ref}`,
        `Bonjour,\n\nVotre réservation est annulée : ${what}.${msg}\nGoedendag,\n\nUw reservatie is geannuleerd: ${what}.\n\nMaison de l'Emploi — Logistique`,
      );
    }
  }

  return { sendMail, describe, mailDecision };
}
