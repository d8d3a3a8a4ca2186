import { eq } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import { translate } from '../../platform/i18n/messages';
import { inLocale } from './surveys.core';
import { surveyInvitations, surveyParticipations, surveys } from './surveys.table';

/**
 * The surveys' part of a person's GDPR export: the personal links the person received, and the surveys the
 * person answered. What was answered is not in it: the answers are linked to nobody.
 */
export function registerSurveysGdpr(ctx: ModuleContext) {
  ctx.registry.gdprPart({
    key: 'surveys',
    tables: ['survey_invitations', 'survey_participations'],
    async collect({ personId, locale }) {
      const T = (k: string) => translate(locale, `surveys.gdpr.${k}`);
      const title = (s: { titleFr: string; titleNl: string; titleEn: string | null }) => inLocale(s.titleFr, s.titleNl, s.titleEn, locale);
      const invited = await ctx.db
        .select({ s: surveys, at: surveyInvitations.createdAt })
        .from(surveyInvitations)
        .innerJoin(surveys, eq(surveys.id, surveyInvitations.surveyId))
        .where(eq(surveyInvitations.personId, personId));
      const answered = await ctx.db.select({ s: surveys }).from(surveyParticipations).innerJoin(surveys, eq(surveys.id, surveyParticipations.surveyId)).where(eq(surveyParticipations.personId, personId));
      return [
        {
          key: 'survey_invitations',
          title: T('invitations'),
          columns: ['survey', 'invited_at'].map((key) => ({ key, label: T(key) })),
          rows: invited.map((r) => ({ survey: title(r.s), invited_at: r.at.toISOString() })),
        },
        {
          key: 'survey_participations',
          title: T('participations'),
          columns: [{ key: 'survey', label: T('survey') }],
          rows: answered.map((r) => ({ survey: title(r.s) })),
          withheld: answered.length ? T('withheld') : undefined,
        },
      ];
    },
  });
}
