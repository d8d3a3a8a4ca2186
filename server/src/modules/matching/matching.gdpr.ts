import { asc, eq, inArray } from 'drizzle-orm';
import type { ModuleContext } from '../../platform/module';
import { translate } from '../../platform/i18n/messages';
import { brusselsDay } from '../../platform/brussels-time';
import { matchingAppointments, matchingAttendance, matchingCases, matchingCircles, matchingMatches, matchingProfiles, matchingSkills, matchingSolutions } from './matching.table';

/** The matching module's part of a person's own data (GDPR access): the profile, its matches, circle cases and attendance. */
export function registerMatchingGdpr(ctx: ModuleContext) {
  ctx.registry.gdprPart({
    key: 'matching',
    tables: ['matching_profiles', 'matching_cases', 'matching_attendance'],
    async collect({ personId, locale }) {
      const T = (k: string) => translate(locale, `matching.gdpr.${k}`);
      const L = (k: string) => translate(locale, k);
      const cols = (keys: string[]) => keys.map((key) => ({ key, label: T(key) }));
      const [profiles, cases, attendance] = await Promise.all([
        ctx.db.select().from(matchingProfiles).where(eq(matchingProfiles.personId, personId)),
        ctx.db.select().from(matchingCases).where(eq(matchingCases.personId, personId)).orderBy(asc(matchingCases.id)),
        ctx.db.select({ a: matchingAttendance, c: matchingCircles }).from(matchingAttendance).innerJoin(matchingCircles, eq(matchingCircles.id, matchingAttendance.circleId)).where(eq(matchingAttendance.personId, personId)),
      ]);
      const skillIds = profiles.flatMap((p) => p.skillIds);
      const skills = skillIds.length ? await ctx.db.select().from(matchingSkills).where(inArray(matchingSkills.id, skillIds)) : [];
      const skillName = (id: number) => {
        const s = skills.find((x) => x.id === id);
        return s ? (locale === 'nl' ? s.labelNl : locale === 'en' ? s.labelEn : s.labelFr) : `#${id}`;
      };
      const matches = profiles.length ? await ctx.db.select().from(matchingMatches).where(inArray(matchingMatches.profileId, profiles.map((p) => p.id))).orderBy(asc(matchingMatches.id)) : [];
      const offers = await ctx.services.offers.offers.summaries(matches.map((m) => m.offerId));
      const caseIds = cases.map((c) => c.id);
      const [solutions, appointments] = caseIds.length
        ? await Promise.all([
            ctx.db.select().from(matchingSolutions).where(inArray(matchingSolutions.caseId, caseIds)),
            ctx.db.select().from(matchingAppointments).where(inArray(matchingAppointments.caseId, caseIds)),
          ])
        : [[], []];
      const title = (t: { fr: string; nl: string; en: string | null } | undefined) => (t ? (locale === 'nl' ? t.nl : locale === 'en' ? (t.en ?? t.fr) : t.fr) : null);
      return [
        {
          key: 'matching_profiles',
          title: T('profile'),
          columns: cols(['pseudonym', 'skills', 'experience', 'languages', 'licence', 'availability', 'mobility', 'wishes', 'programmes', 'equality', 'consent', 'withdrawn']),
          rows: profiles.map((p) => ({
            pseudonym: p.pseudonym,
            skills: p.skillIds.map(skillName).join(', '),
            experience: Object.entries(p.experience).map(([f, m]) => `${L(`matching.family.${f}`)}: ${m}`).join(', '),
            languages: p.languages.map((l) => `${l.code} ${l.level}`).join(', '),
            licence: p.drivingLicence,
            availability: [p.days.join(','), p.dayparts.join(','), p.availableFrom ?? ''].filter(Boolean).join(' · '),
            mobility: [p.maxKm !== null ? `${p.maxKm} km` : '', p.transports.join(','), p.fromPostalCode ?? ''].filter(Boolean).join(' · '),
            wishes: [p.wishedFamilies.map((f) => L(`matching.family.${f}`)).join(', '), p.wishes ?? ''].filter(Boolean).join(' · ') || null,
            programmes: p.programmes.map((x) => L(`matching.programme.${x}`)).join(', '),
            equality: p.equalityGroups.map((g) => L(`matching.group.${g}`)).join(', ') || null,
            consent: p.consentAt?.toISOString() ?? null,
            withdrawn: p.consentWithdrawnAt?.toISOString() ?? null,
          })),
        },
        {
          key: 'matching_matches',
          title: T('matches'),
          columns: cols(['offer', 'employer', 'status', 'proposed', 'introduction', 'revealed', 'meeting', 'outcome', 'follow_up']),
          rows: matches.map((m) => ({
            offer: title(offers.get(m.offerId)?.title),
            employer: offers.get(m.offerId)?.employer.name ?? null,
            status: L(`matching.status.${m.status}`),
            proposed: m.proposedAt.toISOString(),
            introduction: m.introductionConsentAt?.toISOString() ?? null,
            revealed: m.revealedAt?.toISOString() ?? null,
            meeting: m.meetingAt ? `${m.meetingAt.toISOString()} ${m.meetingPlace ?? ''}`.trim() : null,
            outcome: m.outcome ? L(`matching.outcome.${m.outcome}`) + (m.notHiredReason ? ` (${L(`matching.reason.${m.notHiredReason}`)})` : '') : null,
            follow_up: m.followUp ? L(`matching.follow_up.${m.followUp}`) : null,
          })),
        },
        {
          key: 'matching_cases',
          title: T('cases'),
          columns: cols(['date', 'need', 'solutions', 'appointments', 'follow_up']),
          rows: cases.map((c) => ({
            date: brusselsDay(c.createdAt),
            need: c.need,
            solutions: solutions.filter((s) => s.caseId === c.id).map((s) => `${L(`matching.solution.${s.kind}`)}: ${s.description}`).join(' · ') || null,
            appointments: appointments.filter((a) => a.caseId === c.id).map((a) => `${a.startsAt.toISOString()} ${a.place}`).join(' · ') || null,
            follow_up: c.followUp ? L(`matching.follow_up.${c.followUp}`) : null,
          })),
        },
        {
          key: 'matching_attendance',
          title: T('attendance'),
          columns: cols(['circle', 'date', 'present']),
          rows: attendance.map(({ a, c }) => ({ circle: locale === 'nl' ? c.titleNl : c.titleFr, date: a.day, present: a.present })),
        },
      ];
    },
  });
}
