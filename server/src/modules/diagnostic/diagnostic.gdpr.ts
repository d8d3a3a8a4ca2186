import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import { translate } from '../../platform/i18n/messages';
import { diagnosticAnswers, diagnosticSessions } from './diagnostic.table';
import type { AreaLevels } from './diagnostic.core';

/** The diagnostic's part of a person's own data (GDPR access): each diagnostic, its levels and how many answers. */
export function registerDiagnosticGdpr(ctx: ModuleContext) {
  ctx.registry.gdprPart({
    key: 'diagnostic',
    tables: ['diagnostic_sessions'],
    async collect({ personId, locale }) {
      const rows = await ctx.db.select().from(diagnosticSessions).where(eq(diagnosticSessions.personId, personId)).orderBy(asc(diagnosticSessions.startedAt));
      const answers = rows.length ? await ctx.db.select({ sessionId: diagnosticAnswers.sessionId }).from(diagnosticAnswers).where(and(inArray(diagnosticAnswers.sessionId, rows.map((r) => r.id)))) : [];
      const T = (k: string) => translate(locale, `diagnostic.gdpr.${k}`);
      return [
        {
          key: 'diagnostic_sessions',
          title: T('title'),
          columns: ['started', 'finished', 'mode', 'levels', 'answers'].map((key) => ({ key, label: T(key) })),
          rows: rows.map((s) => ({
            started: s.startedAt.toISOString(),
            finished: s.finishedAt?.toISOString() ?? null,
            mode: translate(locale, `diagnostic.mode.${s.mode}`),
            levels: s.levels ? (s.levels as AreaLevels).map((l) => `${translate(locale, `diagnostic.area.${l.area}`)}: ${translate(locale, `diagnostic.level.${l.level}`)}`).join(' · ') : null,
            answers: answers.filter((a) => a.sessionId === s.id).length,
          })),
        },
      ];
    },
  });
}
