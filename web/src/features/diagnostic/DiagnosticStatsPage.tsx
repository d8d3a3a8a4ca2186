import { Button, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { download, fileUrl } from '../../app/api';
import { currentYear } from '../../app/time';
import { formatNumber } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { LEVELS, useDiagnosticStats } from './api';
import './i18n';

const LEVEL_COLOURS = ['red.7', 'orange.7', 'yellow.8', 'teal.7', 'blue.8'];

/** The diagnostic's figures for a year: levels per area and per commune, by month, orientations and what followed. */
export function DiagnosticStatsPage() {
  const { t } = useTranslation('diagnostic');
  const [year, setYear] = useState(currentYear());
  const stats = useDiagnosticStats({ year });
  const s = stats.data;
  const levelName = (l: number) => `${l} · ${t(`level.${l}`)}`;
  const exportUrl = (format: 'xlsx' | 'csv') => fileUrl('/api/diagnostic/stats/export', { year, format });
  return (
    <>
      <PageHeader
        title={t('stats.title')}
        actions={
          <>
            <Button variant="default" onClick={() => download(exportUrl('xlsx'))}>
              {t('common:actions.exportXlsx')}
            </Button>
            <Button variant="default" onClick={() => download(exportUrl('csv'))}>
              {t('common:actions.exportCsv')}
            </Button>
          </>
        }
      />
      <NativeSelect
        label={t('stats.year')}
        value={String(year)}
        onChange={(e) => setYear(Number(e.currentTarget.value))}
        data={Array.from({ length: 6 }, (_, i) => String(currentYear() - i))}
        w={160}
        mb="md"
      />
      <ProblemAlert error={stats.error} />
      {stats.isPending && <Loading />}
      {s && (
        <Stack>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {(
              [
                ['finished', s.finished],
                ['people', s.distinctPeople],
                ['anonymous', s.anonymous],
                ['helped', s.helped],
                ['orientations', s.orientations],
                ['joined', s.joinedTraining],
                ['retested', s.retested],
                ['improved', s.improved],
              ] as const
            ).map(([k, v]) => (
              <Paper withBorder p="sm" key={k}>
                <Text size="sm">{t(`stats.${k}`)}</Text>
                <Text fz={26} fw={700}>
                  {formatNumber(v)}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          <Text size="sm">
            {t('stats.averageItems')}: {s.averageItems !== null ? formatNumber(s.averageItems, { maximumFractionDigits: 1 }) : '—'} · {t('stats.averageMinutes')}:{' '}
            {s.averageMinutes !== null ? formatNumber(s.averageMinutes, { maximumFractionDigits: 1 }) : '—'}
          </Text>
          {s.finished === 0 ? (
            <Text role="status">{t('stats.none')}</Text>
          ) : (
            <>
              <Paper withBorder p="md">
                <Title order={2} size="h4" mb="sm">
                  {t('stats.byArea')}
                </Title>
                <BarChart
                  h={300}
                  type="stacked"
                  orientation="vertical"
                  data={s.byArea.map((a) => ({ area: t(`area.${a.area}`), ...Object.fromEntries(LEVELS.map((l) => [levelName(l), a.levels[l]])) }))}
                  dataKey="area"
                  series={LEVELS.map((l) => ({ name: levelName(l), color: LEVEL_COLOURS[l] }))}
                  withLegend
                  yAxisProps={{ width: 150 }}
                />
                <TableScroll minWidth={560} label={t('stats.tableAreas')}>
                  <Table striped mt="sm">
                    <caption style={{ textAlign: 'left', captionSide: 'top' }}>{t('stats.tableAreas')}</caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('bank.area')}</Table.Th>
                        {LEVELS.map((l) => (
                          <Table.Th key={l} ta="right">
                            {levelName(l)}
                          </Table.Th>
                        ))}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {[...s.byArea.map((a) => ({ key: a.area, label: t(`area.${a.area}`), levels: a.levels })), { key: 'overall', label: t('stats.overall'), levels: s.overall }].map((r) => (
                        <Table.Tr key={r.key}>
                          <Table.Th scope="row">{r.label}</Table.Th>
                          {r.levels.map((v, l) => (
                            <Table.Td key={l} ta="right">
                              {formatNumber(v)}
                            </Table.Td>
                          ))}
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </TableScroll>
              </Paper>
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                <Paper withBorder p="md">
                  <Title order={2} size="h4" mb="sm">
                    {t('stats.byMonth')}
                  </Title>
                  <BarChart
                    h={240}
                    type="stacked"
                    data={s.byMonth.map((m) => ({ month: m.month, [t('stats.alone')]: m.alone, [t('stats.helped')]: m.helped }))}
                    dataKey="month"
                    series={[
                      { name: t('stats.alone'), color: 'blue.7' },
                      { name: t('stats.helped'), color: 'teal.7' },
                    ]}
                    withLegend
                  />
                </Paper>
                <Paper withBorder p="md">
                  <Title order={2} size="h4" mb="sm">
                    {t('stats.byCommune')}
                  </Title>
                  <TableScroll minWidth={300} label={t('stats.byCommune')}>
                    <Table striped>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('stats.commune')}</Table.Th>
                          <Table.Th ta="right">{t('stats.count')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {s.byCommune.map((c) => (
                          <Table.Tr key={c.commune}>
                            <Table.Td>{c.commune}</Table.Td>
                            <Table.Td ta="right">{formatNumber(c.count)}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </TableScroll>
                </Paper>
              </SimpleGrid>
            </>
          )}
        </Stack>
      )}
    </>
  );
}
