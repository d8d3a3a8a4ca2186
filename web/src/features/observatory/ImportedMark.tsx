import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The mark beside a figure imported from an earlier year's report (not counted from the records in Relais). It is
 * a visible sign with its meaning for screen readers; the legend under the table says where the figures come from.
 */
export function ImportedMark({ origin }: { origin: string | null | undefined }) {
  const { t } = useTranslation('observatory');
  if (origin !== 'imported') return null;
  return (
    <sup className="imported-mark" title={t('past.mark')}>
      <span aria-hidden="true">†</span>
      <span className="visually-hidden">{` (${t('past.mark')})`}</span>
    </sup>
  );
}

/** The legend of the mark: which years' figures were imported, and from what. */
export function ImportedLegend({ imported }: { imported: { year: number; sources: string[] }[] }) {
  const { t } = useTranslation('observatory');
  if (!imported.length) return null;
  return (
    <Text size="sm" className="imported-legend" mt="xs">
      <span aria-hidden="true">† </span>
      {t('past.legend')}{' '}
      {imported.map((x) => t('past.legendYear', { year: x.year, sources: x.sources.join(', ') })).join(' ; ')}
    </Text>
  );
}
