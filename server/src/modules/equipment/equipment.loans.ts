import { and, desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/audit.service';
import type { Tx } from '../../platform/db/database';
import { conflict, invalidField, notFound } from '../../platform/http/errors';
import { brusselsDay } from '../../platform/brussels-time';
import { equipmentAssets, equipmentInterventions, equipmentLoans } from './equipment.table';
import type { LoanInput, LoansQuery, ReturnInput } from './equipment.schemas';
import type { EquipmentCore, EquipmentDeps } from './equipment.core';

/** A moment given in the future by this much is a typing error, not a clock drift. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** Lending equipment to an event, a partner or a person, and taking it back. */
export function createEquipmentLoans(deps: EquipmentDeps & { core: EquipmentCore }) {
  const { db, clock, audit, core, services } = deps;

  const part = {
    /** GDPR erasure: what was written about the person on their loans goes (the loans stay, for the register). */
    async erase(tx: Tx, personId: number) {
      await tx.update(equipmentLoans).set({ outNote: null, returnNote: null }).where(eq(equipmentLoans.personId, personId));
    },

    async listLoans(q: LoansQuery) {
      const rows = await db
        .select()
        .from(equipmentLoans)
        .where(
          and(
            q.out === 'true' ? sql`${equipmentLoans.returnedAt} is null` : q.out === 'false' ? sql`${equipmentLoans.returnedAt} is not null` : undefined,
            q.eventId ? eq(equipmentLoans.eventId, q.eventId) : undefined,
            q.assetId ? eq(equipmentLoans.assetId, q.assetId) : undefined,
          ),
        )
        .orderBy(desc(equipmentLoans.outAt), desc(equipmentLoans.id))
        .limit(1000);
      return { items: await core.presentLoans(rows) };
    },

    /** Lends one or several assets at once (what an event borrows); all of them, or none. */
    async lend(actor: Actor, input: LoanInput) {
      const now = clock.now();
      const outAt = input.outAt ?? now;
      if (outAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) throw invalidField('body.outAt', 'error.equipment.loan_in_future');
      if (input.dueBack && input.dueBack < brusselsDay(outAt)) throw invalidField('body.dueBack', 'error.equipment.due_before_loan');
      // An event of the events module: its title comes from there (an outside event is named by hand).
      let eventTitle = input.eventTitle ?? null;
      if (input.borrowerKind === 'event' && input.eventId) {
        const event = await services.events.summary(input.eventId);
        if (!event) throw invalidField('body.eventId', 'error.equipment.unknown_event');
        eventTitle ??= event.title.fr;
      }
      if (input.borrowerKind === 'organisation')
        try {
          await services.organisations.get(input.organisationId!);
        } catch {
          throw invalidField('body.organisationId', 'error.unknown_organisation');
        }
      const rows = await db.transaction(async (tx) => {
        if (input.borrowerKind === 'person')
          try {
            await services.people.assertLinkable(input.personId!, tx);
          } catch {
            throw invalidField('body.personId', 'error.unknown_person');
          }
        const out = [];
        for (const [i, assetId] of input.assetIds.entries()) {
          const [asset] = await tx.select().from(equipmentAssets).where(eq(equipmentAssets.id, assetId)).for('update');
          if (!asset) throw invalidField(`body.assetIds.${i}`, 'error.equipment.unknown_asset');
          if (asset.status === 'retired') throw conflict('error.equipment.asset_retired', { name: asset.name });
          if (asset.status === 'lent' || (await core.openLoan(assetId, tx))) throw conflict('error.equipment.asset_out', { name: asset.name });
          const [loan] = await tx
            .insert(equipmentLoans)
            .values({
              assetId,
              borrowerKind: input.borrowerKind,
              eventId: input.borrowerKind === 'event' ? (input.eventId ?? null) : null,
              eventTitle: input.borrowerKind === 'event' ? eventTitle : null,
              organisationId: input.borrowerKind === 'organisation' ? input.organisationId! : null,
              personId: input.borrowerKind === 'person' ? input.personId! : null,
              outAt,
              dueBack: input.dueBack ?? null,
              outNote: input.note ?? null,
              statusBefore: asset.status,
              lentBy: actor.userId,
            })
            .returning();
          await tx.update(equipmentAssets).set({ status: 'lent', updatedAt: now }).where(eq(equipmentAssets.id, assetId));
          await audit.record(
            actor,
            {
              action: 'equipment.loan_out',
              entityType: 'equipment_asset',
              entityId: assetId,
              details: { loanId: loan.id, borrowerKind: loan.borrowerKind, eventId: loan.eventId, organisationId: loan.organisationId, ...(loan.personId ? { personId: loan.personId } : {}) },
            },
            tx,
          );
          out.push(loan);
        }
        return out;
      });
      return { items: await core.presentLoans(rows) };
    },

    /** Takes a loan back: the asset returns to what it was, or goes in repair when it came back damaged. */
    async giveBack(actor: Actor, loanId: number, input: ReturnInput) {
      const now = clock.now();
      const returnedAt = input.returnedAt ?? now;
      if (returnedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) throw invalidField('body.returnedAt', 'error.equipment.return_in_future');
      const row = await db.transaction(async (tx) => {
        const [loan] = await tx.select().from(equipmentLoans).where(eq(equipmentLoans.id, loanId)).for('update');
        if (!loan) throw notFound('what.equipment_loan');
        if (loan.returnedAt) throw conflict('error.equipment.loan_returned');
        if (returnedAt < loan.outAt) throw invalidField('body.returnedAt', 'error.equipment.return_before_loan');
        const [back] = await tx
          .update(equipmentLoans)
          .set({ returnedAt, returnState: input.state, returnNote: input.note ?? null, returnedBy: actor.userId })
          .where(eq(equipmentLoans.id, loanId))
          .returning();
        const status = input.state === 'damaged' ? 'in_repair' : loan.statusBefore === 'lent' ? 'in_stock' : loan.statusBefore;
        await tx.update(equipmentAssets).set({ status, updatedAt: now }).where(eq(equipmentAssets.id, loan.assetId));
        if (input.state !== 'good')
          await tx.insert(equipmentInterventions).values({
            assetId: loan.assetId,
            kind: 'incident',
            day: brusselsDay(returnedAt),
            summary: input.note!,
            byUserId: actor.userId,
            createdBy: actor.userId,
          });
        await audit.record(actor, { action: 'equipment.loan_back', entityType: 'equipment_asset', entityId: loan.assetId, details: { loanId, state: input.state, ...(loan.personId ? { personId: loan.personId } : {}) } }, tx);
        return back;
      });
      return (await core.presentLoans([row]))[0];
    },
  };
  return part;
}
