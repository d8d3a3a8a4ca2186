import type { ModuleContext } from '../../platform/module';
import { translate, type Locale } from '../../platform/i18n/messages';
import type { PeopleReached } from './observatory.service';

/**
 * The annual report, organised like the printed one: one section per activity with its key figures,
 * its breakdown charts and the year before beside each figure. Labels are given in the caller's
 * language so that the page, the print and the xlsx say the same thing.
 */
export interface ReportFigure {
  key: string;
  label: string;
  value: number | null;
  previous: number | null;
  /** 'percent': the value is in percentage points (66.7 means 66.7 %), as the modules' own statistics give it */
  format?: 'number' | 'percent' | 'decimal';
}
export interface ReportChart {
  key: string;
  title: string;
  kind: 'bar' | 'donut';
  data: { key: string; label: string; value: number; previous: number | null }[];
}
export interface ReportSection {
  key: string;
  title: string;
  figures: ReportFigure[];
  charts: ReportChart[];
}

export interface AnnualReport {
  year: number;
  generatedAt: string;
  empty: boolean;
  peopleReached: PeopleReached & { previous: PeopleReached };
  sections: ReportSection[];
  texts: Record<string, string>;
}

/**
 * The sections of the report that take a text written by hand: the introduction, one comment per
 * activity section (by its key, as built below) and the perspectives. Nothing else is accepted.
 */
export const REPORT_TEXT_SECTIONS = ['introduction', 'social_desk', 'front_desk', 'epn', 'trainings', 'rooms', 'perspectives'] as const;
export type ReportTextSection = (typeof REPORT_TEXT_SECTIONS)[number];

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
/** A rate given as a fraction (0.25) in percentage points (25), like the other rates of the report. */
const percentPoints = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

export async function buildAnnualReport(ctx: ModuleContext, year: number, locale: Locale): Promise<AnnualReport> {
  const s = ctx.services;
  const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
  const monthName = (m: number) => new Intl.DateTimeFormat(`${locale}-BE`, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, m - 1, 15)));
  const sections: ReportSection[] = [];

  const [peopleReached, previousReached, texts] = await Promise.all([
    s.observatory.peopleReached(year),
    s.observatory.peopleReached(year - 1),
    s.observatory.reportTexts(year),
  ]);

  // Social desk and new arrivals
  const social = await s.socialdesk.stats(year);
  const fig = (key: string, label: string, f: { current: number; previous: number }): ReportFigure => ({ key, label, value: f.current, previous: f.previous });
  const bar = (key: string, title: string, items: { key: string; label: string; current: number; previous: number }[], kind: 'bar' | 'donut' = 'bar'): ReportChart => ({
    key,
    title,
    kind,
    data: items.map((i) => ({ key: i.key, label: i.label, value: i.current, previous: i.previous })),
  });
  const catLabel = (c: { labelFr: string; labelNl: string; labelEn: string }) => (locale === 'nl' ? c.labelNl : locale === 'en' ? c.labelEn : c.labelFr);
  sections.push({
    key: 'social_desk',
    title: t('report.social_desk'),
    figures: [
      fig('people_seen', t('report.people_seen'), social.peopleSeen.total),
      fig('interviews', t('report.interviews'), social.interviews.total),
      ...social.interviews.bySite.map((x) => fig(`interviews.site.${x.siteId}`, t('report.interviews_at', { site: x.siteName }), x)),
      fig('new_arrivals', t('report.new_arrivals'), social.newArrivals.total),
      ...(social.noShows
        ? [{ key: 'no_show_rate', label: t('report.no_show_rate'), value: percentPoints(social.noShows.current.noShowRate), previous: percentPoints(social.noShows.previous.noShowRate), format: 'percent' as const }]
        : []),
    ],
    charts: [
      bar('new_arrivals_age', t('report.new_arrivals_age'), social.newArrivals.byAgeClass.map((x) => ({ ...x, key: x.ageClass, label: t(`age_class.${x.ageClass}`) }))),
      bar('new_arrivals_gender', t('report.new_arrivals_gender'), social.newArrivals.byGender.map((x) => ({ ...x, key: x.gender, label: t(`gender.${x.gender}`) })), 'donut'),
      bar('new_arrivals_study', t('report.new_arrivals_study'), social.newArrivals.byStudyLevel.map((x) => ({ ...x, key: x.studyLevel, label: t(`study_level.${x.studyLevel}`) }))),
      bar('new_arrivals_status', t('report.new_arrivals_status'), social.newArrivals.byProfessionalStatus.map((x) => ({ ...x, key: x.professionalStatus, label: t(`professional_status.${x.professionalStatus}`) }))),
      bar('problem_categories', t('report.problem_categories'), social.categories.map((c) => ({ ...c.people, key: c.code, label: catLabel(c) }))),
    ],
  });

  // Front desk
  const [desk, deskPrev] = await Promise.all([
    s.frontdesk.stats({ from: `${year}-01-01`, to: `${year}-12-31`, groupBy: 'year' }),
    s.frontdesk.stats({ from: `${year - 1}-01-01`, to: `${year - 1}-12-31`, groupBy: 'year' }),
  ]);
  const prevReason = (code: string) => deskPrev.byReason.find((r) => r.code === code)?.count ?? 0;
  sections.push({
    key: 'front_desk',
    title: t('report.front_desk'),
    figures: [
      { key: 'visits', label: t('report.desk_visits'), value: desk.total, previous: deskPrev.total },
      { key: 'anonymous', label: t('report.anonymous_visits'), value: desk.anonymous, previous: deskPrev.anonymous },
      { key: 'distinct_people', label: t('report.distinct_people'), value: desk.distinctPeople, previous: deskPrev.distinctPeople },
    ],
    charts: [
      {
        key: 'desk_reasons',
        title: t('report.desk_reasons'),
        kind: 'bar',
        data: desk.byReason.map((r) => ({ key: r.code, label: catLabel(r), value: r.count, previous: prevReason(r.code) })),
      },
    ],
  });

  // Public digital space
  const [epn, epnPrev] = await Promise.all([s.epn.statsForYear(year), s.epn.statsForYear(year - 1)]);
  sections.push({
    key: 'epn',
    title: t('report.epn'),
    figures: [
      { key: 'visits', label: t('report.epn_visits'), value: epn.visits, previous: epnPrev.visits },
      { key: 'distinct_people', label: t('report.distinct_people'), value: epn.distinctPeople, previous: epnPrev.distinctPeople },
      { key: 'anonymous', label: t('report.anonymous_visits'), value: epn.anonymousVisits, previous: epnPrev.anonymousVisits },
      { key: 'coaching', label: t('report.coaching'), value: epn.coachingSessions, previous: epnPrev.coachingSessions },
    ],
    charts: [
      {
        key: 'epn_age',
        title: t('report.epn_age'),
        kind: 'bar',
        data: Object.keys(epn.byAgeBracket).map((k) => ({ key: k, label: t(`age_bracket.${k}`), value: epn.byAgeBracket[k as keyof typeof epn.byAgeBracket], previous: epnPrev.byAgeBracket[k as keyof typeof epn.byAgeBracket] })),
      },
      {
        key: 'epn_sex',
        title: t('report.epn_sex'),
        kind: 'donut',
        data: (Object.keys(epn.bySex) as (keyof typeof epn.bySex)[]).map((k) => ({ key: k, label: t(`gender.${k === 'unknown' ? 'unspecified' : k}`), value: epn.bySex[k], previous: epnPrev.bySex[k] })),
      },
      {
        key: 'epn_months',
        title: t('report.epn_months'),
        kind: 'bar',
        data: MONTHS.map((m) => ({ key: String(m), label: monthName(m), value: epn.perMonth[m - 1], previous: epnPrev.perMonth[m - 1] })),
      },
      {
        key: 'epn_help',
        title: t('report.epn_help'),
        kind: 'bar',
        data: epn.byHelpKind.map((h) => ({ key: h.code ?? String(h.id), label: typeof h.label === 'string' ? h.label : String((h.label as Record<string, string>)[locale] ?? h.code), value: h.count, previous: epnPrev.byHelpKind.find((p) => p.id === h.id)?.count ?? 0 })),
      },
    ],
  });

  // Trainings
  const [tr, trPrev] = await Promise.all([s.trainings.statsForYear(year), s.trainings.statsForYear(year - 1)]);
  sections.push({
    key: 'trainings',
    title: t('report.trainings'),
    figures: [
      { key: 'programmes', label: t('report.programmes'), value: tr.programmes, previous: trPrev.programmes },
      { key: 'sessions_held', label: t('report.sessions_held'), value: tr.sessionsHeld, previous: trPrev.sessionsHeld },
      { key: 'sessions_cancelled', label: t('report.sessions_cancelled'), value: tr.sessionsCancelled, previous: trPrev.sessionsCancelled },
      { key: 'participations', label: t('report.participations'), value: tr.participations, previous: trPrev.participations },
      { key: 'distinct_people', label: t('report.distinct_people'), value: tr.distinctPeople, previous: trPrev.distinctPeople },
      { key: 'attendance_rate', label: t('report.attendance_rate'), value: tr.attendanceRate, previous: trPrev.attendanceRate, format: 'percent' },
      { key: 'outcome_rate', label: t('report.outcome_rate'), value: tr.outcomes.rate, previous: trPrev.outcomes.rate, format: 'percent' },
      { key: 'evaluation_average', label: t('report.evaluation_average'), value: tr.evaluationAverage, previous: trPrev.evaluationAverage, format: 'decimal' },
    ],
    charts: [
      {
        key: 'training_participants',
        title: t('report.training_participants'),
        kind: 'bar',
        data: tr.perProgramme.map((p) => ({ key: String(p.id), label: p.name, value: p.participations, previous: trPrev.perProgramme.find((x) => x.id === p.id)?.participations ?? null })),
      },
    ],
  });

  // Rooms
  const rooms = await s.rooms.statsForYear(year);
  sections.push({
    key: 'rooms',
    title: t('report.rooms'),
    figures: [
      { key: 'bookings', label: t('report.bookings'), value: rooms.bookings, previous: rooms.previousYear.bookings },
      { key: 'hours', label: t('report.hours_booked'), value: Math.round(rooms.hours), previous: Math.round(rooms.previousYear.hours) },
    ],
    charts: [
      {
        key: 'rooms_months',
        title: t('report.rooms_months'),
        kind: 'bar',
        data: rooms.byMonth.map((m) => ({ key: String(m.month), label: monthName(m.month), value: m.bookings, previous: m.previousYearBookings })),
      },
      {
        key: 'rooms_by_room',
        title: t('report.rooms_by_room'),
        kind: 'bar',
        data: rooms.byRoom.map((r) => ({ key: String(r.roomId), label: r.name, value: r.bookings, previous: r.previousYearBookings })),
      },
    ],
  });

  const allFigures = sections.flatMap((x) => x.figures.map((f) => f.value ?? 0));
  return {
    year,
    generatedAt: ctx.clock.now().toISOString(),
    empty: peopleReached.empty && allFigures.every((v) => v === 0),
    peopleReached: { ...peopleReached, previous: previousReached },
    sections,
    texts: Object.fromEntries(texts.filter((x) => (REPORT_TEXT_SECTIONS as readonly string[]).includes(x.section)).map((x) => [x.section, x.body])),
  };
}
