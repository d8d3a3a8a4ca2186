import { asc, eq, inArray } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import { translate } from '../../platform/i18n/messages';
import { mentoringMentors, mentoringPairs, mentoringSessions } from './mentoring.table';

/** The mentoring's part of a person's own data: as a mentor, and as a mentee (pairs and sessions). */
export function registerMentoringGdpr(ctx: ModuleContext) {
  ctx.registry.gdprPart({
    key: 'mentoring',
    tables: ['mentoring_mentors', 'mentoring_pairs'],
    async collect({ personId, locale }) {
      const T = (k: string) => translate(locale, `mentoring.gdpr.${k}`);
      const cols = (keys: string[]) => keys.map((key) => ({ key, label: T(key) }));
      const mentor = await ctx.db.select().from(mentoringMentors).where(eq(mentoringMentors.personId, personId));
      const pairs = await ctx.db.select().from(mentoringPairs).where(eq(mentoringPairs.menteeId, personId)).orderBy(asc(mentoringPairs.id));
      const mentors = pairs.length ? await ctx.services.mentoring.mentors(true) : { items: [] };
      const name = new Map(mentors.items.map((m) => [m.id, m.name]));
      const sessions = pairs.length ? await ctx.db.select().from(mentoringSessions).where(inArray(mentoringSessions.pairId, pairs.map((p) => p.id))).orderBy(asc(mentoringSessions.on)) : [];
      return [
        { key: 'mentoring_mentors', title: T('mentor_title'), columns: cols(['trained_on', 'training', 'phone', 'email']), rows: mentor.map((m) => ({ trained_on: m.trainedOn, training: m.training, phone: m.phone, email: m.email })) },
        {
          key: 'mentoring_pairs',
          title: T('pairs_title'),
          columns: cols(['mentor', 'status', 'starts_on', 'ends_on', 'note']),
          rows: pairs.map((p) => ({ mentor: name.get(p.mentorId) ?? null, status: translate(locale, `mentoring.status.${p.status}`), starts_on: p.startsOn, ends_on: p.endsOn, note: p.note })),
        },
        { key: 'mentoring_sessions', title: T('sessions_title'), columns: cols(['on', 'minutes', 'topics']), rows: sessions.map((s) => ({ on: s.on, minutes: s.minutes, topics: s.topics })) },
      ];
    },
  });
}
