import type { ModuleContext } from '../../platform/module';
import { translate, type Locale } from '../../platform/i18n/messages';
import type { Role } from '../../platform/auth/roles';
import { reportSectionFor, type ReportSection } from '../../platform/registries';
import { createMemo, figure, type Memo } from '../../platform/stats';
import type { ObservatoryService, PeopleReached, PeopleReachedLine, Versions } from './observatory.service';
import { importedSources, sectionsWithImported, type OriginSection } from './observatory.past';

export type { ReportChart, ReportFigure, ReportSection } from '../../platform/registries';

/** The parts of the report that are the report's own (the others are the modules' sections). */
export const OWN_TEXT_SECTIONS = { first: ['introduction'], last: ['perspectives'] } as const;

/** The keys a text of the report may be written for: the introduction, each registered section, the perspectives. */
export function textSections(ctx: ModuleContext): string[] {
  return [...OWN_TEXT_SECTIONS.first, ...ctx.registry.reportSections().map((s) => s.key), ...OWN_TEXT_SECTIONS.last];
}

/** A text in the caller's language; when it was not written in that language, another one and `missing`. */
export function inLanguage(labels: Versions, locale: Locale): { text: string; missing: boolean } {
  const own = labels[locale];
  if (own) return { text: own, missing: false };
  return { text: labels.fr ?? labels.nl ?? labels.en ?? '', missing: true };
}

/** A label for a spreadsheet: in the reader's language, or the other one saying that it is another one. */
export function exportLabel(labels: Versions, locale: Locale): string {
  const { text, missing } = inLanguage(labels, locale);
  return missing ? translate(locale, 'label.missing', { text }) : text;
}

type Year = Omit<PeopleReached, 'lines'> & { lines: ReturnType<typeof lineOut>[] };

function lineOut(l: PeopleReachedLine, locale: Locale, mayList: boolean) {
  const { text, missing } = inLanguage(l.labels, locale);
  return {
    key: l.key,
    label: text,
    labelMissing: missing,
    origin: l.origin,
    unit: l.unit,
    value: l.value,
    distinctPeople: l.distinctPeople,
    participations: l.participations,
    anonymous: l.anonymous,
    source: l.source,
    enteredAt: l.enteredAt,
    supersededManual: l.supersededManual,
    supersededImport: l.supersededImport,
    peopleListable: mayList,
  };
}

/**
 * The people-reached table of a year beside the year before, in the caller's language. `rows` holds every
 * line of either year (a line of last year only still shows, with this year's value); a tracked line that a
 * year does not have counted nobody that year (0), a hand-entered figure that was not entered is unknown (null).
 */
export async function peopleReachedAnswer(service: ObservatoryService, year: number, locale: Locale, roles: readonly Role[] | undefined, memo: Memo = createMemo()) {
  const [current, previous] = await Promise.all([service.peopleReached(year, memo), service.peopleReached(year - 1, memo)]);
  const out = (r: PeopleReached): Year => ({ ...r, lines: r.lines.map((l) => lineOut(l, locale, service.mayListPeople(l, roles))) });
  const cur = out(current);
  const prev = out(previous);
  const keys = [...cur.lines.map((l) => l.key), ...prev.lines.filter((p) => !cur.lines.some((c) => c.key === p.key)).map((p) => p.key)];
  const valueIn = (y: Year, key: string, origin: PeopleReachedLine['origin']) => {
    const l = y.lines.find((x) => x.key === key);
    return l ? l.value : origin === 'tracked' ? 0 : null;
  };
  const rows = keys.map((key) => {
    const l = cur.lines.find((x) => x.key === key) ?? prev.lines.find((x) => x.key === key)!;
    const value = valueIn(cur, key, l.origin);
    const before = valueIn(prev, key, l.origin);
    const c = cur.lines.find((x) => x.key === key);
    const p = prev.lines.find((x) => x.key === key);
    // where each year's figure comes from: the line of that year, else (a tracked line absent: 0) the records
    const previousOrigin = p ? p.origin : before === null ? null : 'tracked';
    return {
      key,
      label: l.label,
      labelMissing: l.labelMissing,
      unit: l.unit,
      origin: c ? c.origin : value === null ? l.origin : 'tracked',
      source: c ? c.source : null,
      previousOrigin,
      previousSource: p?.source ?? null,
      value,
      previous: before,
      change: figure(value, before).change,
      peopleListable: l.peopleListable,
    };
  });
  return { ...cur, provisional: service.isProvisional(year), defaultYear: service.currentYear(), previous: prev, rows };
}
export type PeopleReachedAnswer = Awaited<ReturnType<typeof peopleReachedAnswer>>;

/**
 * The annual report, organised like the printed one: one section per activity with its key figures,
 * its breakdown charts and the year before beside each figure. Each module registers its section
 * (`ctx.registry.reportSection`) with labels in the caller's language, so that the page, the print
 * and the xlsx say the same thing; this file only puts them in order.
 */
export async function buildAnnualReport(ctx: ModuleContext, year: number, locale: Locale, roles: readonly Role[] | undefined, memo: Memo = createMemo()) {
  const s = ctx.services.observatory;
  const past = ctx.services.observatoryPast;
  s.assertReportableYear(year);
  const [peopleReached, texts, sections, settings, imported] = await Promise.all([
    peopleReachedAnswer(s, year, locale, roles, memo),
    s.reportTexts(year),
    // the modules' sections, with the figures of past years imported where the records give none
    sectionsWithImported(ctx, past, year, locale, memo),
    s.settings(),
    importedSources(past, year, memo),
  ]);
  const present = sections.map((x) => reportSectionFor(x as unknown as ReportSection, roles) as unknown as OriginSection);
  const allFigures = present.flatMap((x) => x.figures.map((f) => f.value ?? 0));
  return {
    year,
    provisional: s.isProvisional(year),
    defaultYear: s.currentYear(),
    generatedAt: ctx.clock.now().toISOString(),
    empty: peopleReached.empty && allFigures.every((v) => v === 0),
    publisher: settings.publisher[locale],
    peopleReached,
    sections: present,
    /** the sources of the imported figures of the year and of the year before (the legend of the "imported" marker) */
    imported,
    textSections: textSections(ctx),
    texts,
  };
}
export type AnnualReport = Awaited<ReturnType<typeof buildAnnualReport>>;
