import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/audit.service';
import { notFound } from '../../platform/http/errors';
import { socialdeskConfidentialNotes } from './socialdesk.table';
import { presentNote, type SocialdeskCore, type SocialdeskDeps } from './socialdesk.core';

/** Confidential notes of an interview (the routes allow only the social_worker role). */
export function createSocialdeskNotes(deps: SocialdeskDeps & { core: SocialdeskCore }) {
  const { db, clock, audit } = deps;
  const { loadInterview } = deps.core;

  const part = {
    // ---------- confidential notes (routes allow only the social_worker role) ----------
    async notes(actor: Actor, interviewId: number) {
      const interview = await loadInterview(interviewId);
      const rows = await db.select().from(socialdeskConfidentialNotes).where(eq(socialdeskConfidentialNotes.interviewId, interviewId)).orderBy(asc(socialdeskConfidentialNotes.id));
      await audit.record(actor, { action: 'socialdesk.notes_read', entityType: 'person', entityId: interview.personId, details: { interviewId, notes: rows.map((n) => n.id) } });
      return rows.map(presentNote);
    },
    async addNote(actor: Actor, interviewId: number, body: string) {
      return db.transaction(async (tx) => {
        const interview = await loadInterview(interviewId, tx);
        const [n] = await tx
          .insert(socialdeskConfidentialNotes)
          .values({ interviewId, personId: interview.personId, body, createdBy: actor.userId, createdAt: clock.now(), updatedAt: clock.now() })
          .returning();
        await audit.record(actor, { action: 'socialdesk.note_create', entityType: 'person', entityId: interview.personId, details: { interviewId, noteId: n.id } }, tx);
        return presentNote(n);
      });
    },
    async updateNote(actor: Actor, noteId: number, body: string) {
      return db.transaction(async (tx) => {
        const [n] = await tx.update(socialdeskConfidentialNotes).set({ body, updatedAt: clock.now() }).where(eq(socialdeskConfidentialNotes.id, noteId)).returning();
        if (!n) throw notFound('what.note');
        await audit.record(actor, { action: 'socialdesk.note_update', entityType: 'person', entityId: n.personId, details: { interviewId: n.interviewId, noteId } }, tx);
        return presentNote(n);
      });
    },

  };
  return part;
}
