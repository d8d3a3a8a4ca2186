import { asc, eq } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import { translate } from '../../platform/i18n/messages';
import { contestCandidates, contests } from './contests.table';
import type { ContestsService } from './contests.service';

/** The contests' part of a person's GDPR export: each entry as a candidate, with the score the jury gave. */
export function registerContestsGdpr(ctx: ModuleContext, service: ContestsService) {
  ctx.registry.gdprPart({
    key: 'contests',
    tables: ['contest_candidates'],
    async collect({ personId, locale }) {
      const rows = await ctx.db
        .select({ k: contestCandidates, c: contests })
        .from(contestCandidates)
        .innerJoin(contests, eq(contests.id, contestCandidates.contestId))
        .where(eq(contestCandidates.personId, personId))
        .orderBy(asc(contestCandidates.id));
      const T = (k: string) => translate(locale, `contests.gdpr.${k}`);
      const scores = await Promise.all(rows.map(async (r) => (await service.ranking(r.c.id)).items.find((i) => i.candidateId === r.k.id)?.score ?? null));
      return [
        {
          key: 'contest_candidates',
          title: T('title'),
          columns: ['contest', 'held_on', 'name', 'project', 'score'].map((key) => ({ key, label: T(key) })),
          rows: rows.map((r, i) => ({ contest: r.c.name, held_on: r.c.heldOn, name: r.k.name, project: r.k.project, score: scores[i] })),
        },
      ];
    },
  });
}
