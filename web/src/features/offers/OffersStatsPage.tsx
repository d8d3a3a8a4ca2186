import { useState } from 'react';
import { Button, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { useTranslation } from 'react-i18next';
import { download, fileUrl } from '../../app/api';
import { formatDate, formatNumber } from '../../app/i18n';
import { currentYear } from '../../app/time';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { TableScroll } from '../../ui/TableScroll';
import { inLanguage, useOffersStats, type OffersStats } from './api';
import './i18n';

const FIGURES = ['exhibitors', 'fairOffers', 'fairPositions', 'met', 'metPerExhibitor', 'offersPublished'] as const;

/** Offers and exhibitors over a year: figures beside the year before, offers by contract (a chart and its table), every fair, exports. */
export function OffersStatsPage() {
  const { t } = useTranslation('offers');
  const [year, setYear] = useState(currentYear());
  const stats = useOffersStats({ year });
  const s = stats.data;
  const fig = (v: number | null, unit: string) => (v === null ? '—' : formatNumber(v, unit === 'decimal' ? { maximumFractionDigits: 1 } : {}));
  const years = Array.from({ length: 6 }, (_, i) => currentYear() + 1 - i);
  return (
    <Stack>
      <PageHeader
        title={t('stats.title')}
        actions={
          <>
            <Button variant="default" onClick={() => download(fileUrl('/api/offers/stats/export', { year, format: 'xlsx' }))}>
              {t('stats.xlsx')}
            </Button>
            <Button variant="default" onClick={() => download(fileUrl('/api/offers/stats/export', { year, format: 'csv' }))}>
              {t('stats.csv')}
            </Button>
          </>
        }
      />
      <NativeSelect label={t('stats.year')} value={String(year)} onChange={(e) => setYear(Number(e.currentTarget.value))} data={years.map(String)} maw={160} />
      <ProblemAlert error={stats.error} />
      {!s ? (
        <Loading />
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }}>
            {FIGURES.map((k) => (
              <Paper withBorder p="sm" key={k} data-testid={`figure-${k}`}>
                <Text size="xs" c="dimmed">
                  {t(`stats.${k}`)}
                </Text>
                <Text size="xl" fw={700}>
                  {fig(s.figures[k].value, s.figures[k].unit)}
                </Text>
                {s.figures[k].previous !== null && (
                  <Text size="xs" c="dimmed">
                    {t('stats.before', { year: year - 1, value: fig(s.figures[k].previous, s.figures[k].unit) })}
                  </Text>
                )}
              </Paper>
            ))}
          </SimpleGrid>
          {s.events.length === 0 ? (
            <Text>{t('stats.none')}</Text>
          ) : (
            <>
              <ByContract stats={s} />
              <Title order={2} size="h4">
                {t('stats.perEvent')}
              </Title>
              <TableScroll minWidth={560}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('stats.date')}</Table.Th>
                      <Table.Th>{t('stats.event')}</Table.Th>
                      <Table.Th>{t('stats.exhibitors')}</Table.Th>
                      <Table.Th>{t('stats.employers')}</Table.Th>
                      <Table.Th>{t('stats.offers')}</Table.Th>
                      <Table.Th>{t('stats.positions')}</Table.Th>
                      <Table.Th>{t('stats.met')}</Table.Th>
                      <Table.Th>{t('stats.metPerExhibitor')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {s.events.map((e) => (
                      <Table.Tr key={e.event.id}>
                        <Table.Td>{e.event.startsAt ? formatDate(e.event.startsAt) : '—'}</Table.Td>
                        <Table.Td>{e.event.title ? inLanguage(e.event.title) : t('event', { id: e.event.id })}</Table.Td>
                        <Table.Td>{formatNumber(e.exhibitors)}</Table.Td>
                        <Table.Td>{formatNumber(e.employers)}</Table.Td>
                        <Table.Td>{formatNumber(e.offers)}</Table.Td>
                        <Table.Td>{formatNumber(e.positions)}</Table.Td>
                        <Table.Td>{formatNumber(e.met)}</Table.Td>
                        <Table.Td>{fig(e.metPerExhibitor, 'decimal')}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            </>
          )}
        </>
      )}
    </Stack>
  );
}

/** Offers and positions by contract type: a chart, and the same figures as a table for screen readers. */
function ByContract({ stats }: { stats: OffersStats }) {
  const { t } = useTranslation('offers');
  if (!stats.byContract.length) return null;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('stats.byContract')}
      </Title>
      <BarChart
        h={240}
        data={stats.byContract.map((c) => ({ contract: t(`contract.${c.contractType}`), [t('stats.offers')]: c.offers, [t('stats.positions')]: c.positions }))}
        dataKey="contract"
        series={[
          { name: t('stats.offers'), color: 'blue.6' },
          { name: t('stats.positions'), color: 'teal.6' },
        ]}
        withLegend
      />
      <Table className="visually-hidden">
        <caption>{t('stats.byContractTable')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('stats.contract')}</Table.Th>
            <Table.Th>{t('stats.offers')}</Table.Th>
            <Table.Th>{t('stats.positions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {stats.byContract.map((c) => (
            <Table.Tr key={c.contractType}>
              <Table.Td>{t(`contract.${c.contractType}`)}</Table.Td>
              <Table.Td>{c.offers}</Table.Td>
              <Table.Td>{c.positions}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
