import type { ModuleContext } from '../../platform/module';
import type { Locale } from '../../platform/i18n/messages';
import type { ReportSection } from '../../platform/registries';
import { createMemo, type Memo } from '../../platform/stats';
import type { PeopleReached } from './observatory.service';

export type { ReportChart, ReportFigure, ReportSection } from '../../platform/registries';

/**
 * The annual report, organised like the printed one: one section per activity with its key figures,
 * its breakdown charts and the year before beside each figure. Each module registers its section
 * (`ctx.registry.reportSection`) with labels in the caller's language, so that the page, the print
 * and the xlsx say the same thing; this file only puts them in order.
 */
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
 * activity section (the keys the modules registered) and the perspectives. Nothing else is accepted.
 */
export function reportTextSections(ctx: ModuleContext): [string, ...string[]] {
  return ['introduction', ...ctx.registry.reportSections().map((s) => s.key), 'perspectives'];
}

export async function buildAnnualReport(ctx: ModuleContext, year: number, locale: Locale, memo: Memo = createMemo()): Promise<AnnualReport> {
  const s = ctx.services;
  const [peopleReached, previousReached, texts, sections] = await Promise.all([
    s.observatory.peopleReached(year, memo),
    s.observatory.peopleReached(year - 1, memo),
    s.observatory.reportTexts(year),
    Promise.all(ctx.registry.reportSections().map((source) => source.build({ year, locale, memo }))),
  ]);
  const textSections = reportTextSections(ctx);
  const present = sections.filter((x): x is ReportSection => x !== null);
  const allFigures = present.flatMap((x) => x.figures.map((f) => f.value ?? 0));
  return {
    year,
    generatedAt: ctx.clock.now().toISOString(),
    empty: peopleReached.empty && allFigures.every((v) => v === 0),
    peopleReached: { ...peopleReached, previous: previousReached },
    sections: present,
    texts: Object.fromEntries(texts.filter((x) => textSections.includes(x.section)).map((x) => [x.section, x.body])),
  };
}
