import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../app/i18n';
import type { Schema } from '../app/api';

/** A figure of the statistics (`platform/stats.ts`): its value, the year before and the change (a fraction). */
export type Figure = Schema<'Figure'>;

/** A figure as text in its unit: percentages are fractions (0.164 shows 16 %), hours and euros as numbers. */
export function formatFigure(value: number | null, unit: Figure['unit']): string {
  if (value === null) return '—';
  if (unit === 'percent') return formatNumber(value, { style: 'percent', maximumFractionDigits: 1 });
  if (unit === 'euros') return formatNumber(value, { style: 'currency', currency: 'EUR' });
  if (unit === 'decimal' || unit === 'hours') return formatNumber(value, { maximumFractionDigits: 1 });
  return formatNumber(value);
}

/** A change (a fraction) with its sign: +300 %, −12 %; a dash when it cannot be computed (nothing the year before). */
export const formatChange = (change: number | null) => (change === null ? '—' : formatNumber(change, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }));

/** One figure of a statistics page: its label, its value, and the year before with the change. */
export function FigureCard({ id, label, figure, previousYear }: { id: string; label: string; figure: Figure; previousYear: number }) {
  const { t } = useTranslation();
  const previous = formatFigure(figure.previous, figure.unit);
  return (
    <Paper withBorder p="sm" role="group" aria-labelledby={id}>
      <Text size="sm" id={id}>
        {label}
      </Text>
      <Text fz={28} fw={700}>
        {formatFigure(figure.value, figure.unit)}
      </Text>
      <Text size="xs" c="dimmed">
        {figure.change === null
          ? t('figurePrevious', { year: previousYear, value: previous })
          : t('figureChange', { year: previousYear, value: previous, change: formatChange(figure.change) })}
      </Text>
    </Paper>
  );
}
