import { formatNumber } from '../../app/i18n';
import type { ReportFigure } from './api';

/** A figure in its unit: percentages are fractions (0.25 is 25 %), averages and hours have a decimal. */
export function formatFigure(value: number | null | undefined, unit: ReportFigure['unit'] = 'count'): string {
  if (value === null || value === undefined) return '—';
  switch (unit) {
    case 'percent':
      return formatNumber(value, { style: 'percent', maximumFractionDigits: 1 });
    case 'decimal':
      return formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    case 'hours':
      return formatNumber(value, { style: 'unit', unit: 'hour', unitDisplay: 'short', maximumFractionDigits: 1 });
    case 'euros':
      return formatNumber(value, { style: 'currency', currency: 'EUR' });
    default:
      return formatNumber(value, { maximumFractionDigits: 0 });
  }
}

/** A relative change (a fraction: 0.125 is +12.5 %), signed; "—" when it cannot be computed. */
export function formatChange(change: number | null | undefined): string {
  if (change === null || change === undefined) return '—';
  return formatNumber(change, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
}

/** The relative change between two numbers, as the server computes it (null without a base). */
export const changeOf = (value: number | null, previous: number | null) => (value === null || previous === null || previous === 0 ? null : (value - previous) / previous);
