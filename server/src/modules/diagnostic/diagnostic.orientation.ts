import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/audit.service';
import { brusselsDay } from '../../platform/brussels-time';
import { AppError, invalidField } from '../../platform/http/errors';
import { BRUSSELS_COMMUNES, communeOfPostalCode } from '../people/communes';
import { diagnosticOrientations, diagnosticProgrammeLevels } from './diagnostic.table';
import type { DiagnosticDeps, SessionRow } from './diagnostic.core';

/** Approximate centre of each Brussels commune (WGS84), to list the nearest partners first. */
const CENTRES: Record<string, [number, number]> = {
  Anderlecht: [50.836, 4.308], Auderghem: [50.815, 4.433], 'Berchem-Sainte-Agathe': [50.864, 4.292], Bruxelles: [50.847, 4.352],
  Etterbeek: [50.833, 4.389], Evere: [50.872, 4.402], Forest: [50.811, 4.324], Ganshoren: [50.871, 4.309], Ixelles: [50.827, 4.372],
  Jette: [50.879, 4.324], Koekelberg: [50.862, 4.329], 'Molenbeek-Saint-Jean': [50.855, 4.321], 'Saint-Gilles': [50.827, 4.345],
  'Saint-Josse-ten-Noode': [50.853, 4.373], Schaerbeek: [50.867, 4.377], Uccle: [50.8, 4.337], 'Watermael-Boitsfort': [50.799, 4.416],
  'Woluwe-Saint-Lambert': [50.847, 4.429], 'Woluwe-Saint-Pierre': [50.83, 4.443],
};

/** The French name of a Brussels commune given in French or Dutch, or null. */
export function communeName(name: string | null | undefined): string | null {
  if (!name) return null;
  const n = name.trim().toLowerCase();
  return BRUSSELS_COMMUNES.find((c) => c.fr.toLowerCase() === n || c.nl.toLowerCase() === n)?.fr ?? null;
}

function distanceKm(a: string | null, b: string | null): number | null {
  const p = a ? CENTRES[a] : undefined;
  const q = b ? CENTRES[b] : undefined;
  if (!p || !q) return null;
  const rad = Math.PI / 180;
  const x = (q[1] - p[1]) * rad * Math.cos(((p[0] + q[0]) / 2) * rad);
  const y = (q[0] - p[0]) * rad;
  return Math.round(Math.sqrt(x * x + y * y) * 6371 * 10) / 10;
}

/** Whether a partner organisation offers digital training (its type, or its services say so). */
const offersDigitalTraining = (o: { type: string; services: string | null; isInternalPartner: boolean }) =>
  /num[ée]ri|informati|digital|computer|ordinateur|EPN/i.test(o.services ?? '') || (o.type === 'training' && !o.isInternalPartner && /num|info|digi/i.test(o.services ?? ''));

/**
 * Where a result sends a person: the training programmes whose levels (set by the trainers) include the person's
 * overall level, with their next sessions; the partner organisations that offer digital training, nearest first from
 * the person's commune; and the Centrale's EPN (free access with help) up to level 2. Uses the trainings and
 * organisations modules through their services only.
 */
export function createDiagnosticOrientation(deps: DiagnosticDeps) {
  const { db, clock, audit } = deps;

  async function fittingProgrammes(level: number) {
    const [levels, programmes] = await Promise.all([db.select().from(diagnosticProgrammeLevels), deps.services.trainings.listProgrammes(false)]);
    const fit = new Set(levels.filter((l) => l.minLevel <= level && level <= l.maxLevel).map((l) => l.programmeId));
    return programmes.filter((p) => fit.has(p.id));
  }

  async function digitalPartners(commune: string | null) {
    const orgs = (await deps.services.organisations.list({})).filter(offersDigitalTraining);
    return orgs
      .map((o) => {
        const c = o.postalCode ? (communeOfPostalCode(o.postalCode)?.fr ?? null) : null;
        return { o, commune: c, distanceKm: distanceKm(commune, c) };
      })
      .sort((a, b) => (a.distanceKm ?? 99) - (b.distanceKm ?? 99) || a.o.name.localeCompare(b.o.name));
  }

  const part = {
    /** Keeps what a finished diagnostic oriented to (the figures count orientations and trainings joined after). */
    async record(s: SessionRow) {
      if (s.overallLevel === null) return;
      const commune = communeName(s.commune);
      const [programmes, partners] = await Promise.all([fittingProgrammes(s.overallLevel), digitalPartners(commune)]);
      const rows = [
        ...programmes.map((p) => ({ sessionId: s.id, programmeId: p.id, organisationId: null })),
        ...partners.slice(0, 5).map((p) => ({ sessionId: s.id, programmeId: null, organisationId: p.o.id })),
      ];
      if (rows.length) await db.insert(diagnosticOrientations).values(rows);
    },

    /** The orientation of a finished diagnostic, as the result sheet shows it. */
    async of(s: SessionRow) {
      const level = s.overallLevel ?? 0;
      const kept = await db.select().from(diagnosticOrientations).where(eq(diagnosticOrientations.sessionId, s.id)).orderBy(asc(diagnosticOrientations.id));
      const today = brusselsDay(clock.now());
      const programmeIds = new Set(kept.filter((k) => k.programmeId).map((k) => k.programmeId!));
      const programmes = (await deps.services.trainings.listProgrammes(true)).filter((p) => programmeIds.has(p.id));
      const withSessions = await Promise.all(
        programmes.map(async (p) => {
          const sessions = (await deps.services.trainings.listSessions(p.id))
            .filter((x) => x.status === 'planned' && (x.days[0]?.date ?? '') >= today)
            .slice(0, 3)
            .map((x) => ({ id: x.id, title: x.title ?? null, firstDay: x.days[0]?.date ?? null, seatsLeft: Math.max(0, x.capacity - x.enrolled) }));
          return { id: p.id, name: p.name, description: p.description ?? null, sessions };
        }),
      );
      const orgIds = kept.filter((k) => k.organisationId).map((k) => k.organisationId!);
      const commune = communeName(s.commune);
      const partners = (await deps.services.organisations.list({ includeInactive: true }))
        .filter((o) => orgIds.includes(o.id))
        .map((o) => {
          const c = o.postalCode ? (communeOfPostalCode(o.postalCode)?.fr ?? null) : null;
          return { id: o.id, name: o.name, address: o.address ?? null, postalCode: o.postalCode ?? null, phone: o.phone ?? null, website: o.website ?? null, commune: c, distanceKm: distanceKm(commune, c) };
        })
        .sort((a, b) => (a.distanceKm ?? 99) - (b.distanceKm ?? 99) || a.name.localeCompare(b.name));
      return { overallLevel: level, programmes: withSessions, partners, epn: level <= 2 };
    },

    /** Every active programme with the levels it fits (null: never proposed). */
    async programmeLevels() {
      const [levels, programmes] = await Promise.all([db.select().from(diagnosticProgrammeLevels), deps.services.trainings.listProgrammes(true)]);
      const byId = new Map(levels.map((l) => [l.programmeId, l]));
      return { items: programmes.map((p) => ({ programmeId: p.id, name: p.name, active: p.active, minLevel: byId.get(p.id)?.minLevel ?? null, maxLevel: byId.get(p.id)?.maxLevel ?? null })) };
    },

    async setProgrammeLevels(actor: Actor, programmeId: number, input: { minLevel: number; maxLevel: number }) {
      try {
        await deps.services.trainings.getProgramme(programmeId);
      } catch (e) {
        if (e instanceof AppError && e.status === 404) throw invalidField('params.id', 'error.unknown_programme');
        throw e;
      }
      await db.transaction(async (tx) => {
        await tx
          .insert(diagnosticProgrammeLevels)
          .values({ programmeId, ...input })
          .onConflictDoUpdate({ target: diagnosticProgrammeLevels.programmeId, set: input });
        await audit.record(actor, { action: 'diagnostic.programme_levels', entityType: 'training_programme', entityId: programmeId, details: input }, tx);
      });
      return part.programmeLevels();
    },

    async clearProgrammeLevels(actor: Actor, programmeId: number) {
      await db.transaction(async (tx) => {
        await tx.delete(diagnosticProgrammeLevels).where(eq(diagnosticProgrammeLevels.programmeId, programmeId));
        await audit.record(actor, { action: 'diagnostic.programme_levels', entityType: 'training_programme', entityId: programmeId, details: { cleared: true } }, tx);
      });
    },
  };
  return part;
}
export type DiagnosticOrientation = ReturnType<typeof createDiagnosticOrientation>;
