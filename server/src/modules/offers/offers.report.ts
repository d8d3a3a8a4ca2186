import type { ModuleContext } from '../../platform/module';
import { translate } from '../../platform/i18n/messages';
import { figure } from '../../platform/stats';
import type { OffersService } from './offers.service';

/**
 * The fairs' section of the annual report: exhibitors (employers, training and support organisations), the offers
 * and positions they brought, and the job seekers met per exhibitor on average (the Brussels Job Day's "148").
 * No "people reached" line: a job seeker meets several stands, so the meetings are not people; the events
 * module's door counts are the fair's line of that table.
 */
export function registerOffersReport(ctx: ModuleContext, service: OffersService) {
  const yearStats = (year: number) => service.stats({ year });
  ctx.registry.reportSection({
    key: 'offers',
    order: 70,
    async build({ year, locale, memo }) {
      const [s, p] = await Promise.all([memo.get(`offers.year:${year}`, () => yearStats(year)), memo.get(`offers.year:${year - 1}`, () => yearStats(year - 1))]);
      if (!s.exhibitors && !s.offersPublished && !p.exhibitors) return null;
      const t = (key: string) => translate(locale, key);
      const prevContract = (c: string) => p.byContract.find((x) => x.contractType === c)?.positions ?? 0;
      return {
        key: 'offers',
        title: t('report.offers'),
        figures: [
          { key: 'exhibitors', label: t('report.offers_exhibitors'), ...figure(s.exhibitors, p.exhibitors) },
          { key: 'employers', label: t('report.offers_employers'), ...figure(s.employers, p.employers) },
          { key: 'organisations', label: t('report.offers_organisations'), ...figure(s.training + s.support, p.training + p.support) },
          { key: 'fair_offers', label: t('report.offers_fair_offers'), ...figure(s.fairOffers, p.fairOffers) },
          { key: 'positions', label: t('report.offers_positions'), ...figure(s.fairPositions, p.fairPositions) },
          { key: 'met_average', label: t('report.offers_met_average'), ...figure(s.metPerExhibitor, p.metPerExhibitor, 'decimal') },
          { key: 'offers_published', label: t('report.offers_published'), ...figure(s.offersPublished, p.offersPublished) },
        ],
        charts: s.byContract.length
          ? [
              {
                key: 'offers_by_contract',
                title: t('report.offers_by_contract'),
                kind: 'bar' as const,
                data: s.byContract.map((c) => ({ key: c.contractType, label: t(`offers.contract.${c.contractType}`), value: c.positions, previous: prevContract(c.contractType) })),
              },
            ]
          : [],
      };
    },
  });
}
