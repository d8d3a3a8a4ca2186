import { useState } from 'react';
import { Button, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { useTranslation } from 'react-i18next';
import { download, fileUrl } from '../../app/api';
import { formatNumber } from '../../app/i18n';
import { currentYear } from '../../app/time';
import { FigureCard } from '../../ui/FigureCard';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { TableScroll } from '../../ui/TableScroll';
import { useMatchingStats, type MatchingStats } from './api';
import './i18n';

const FIGURES = ['profiles', 'proposed', 'meetings', 'hires', 'inJobAtThreeMonths', 'circles', 'cases', 'solutions', 'appointmentsKept', 'peopleReached'] as const;

/** Matching and circles over a year: figures beside the year before, by month (a chart and its table), by programme, exports. */
export function MatchingStatsPage() {
  const { t } = useTranslation('matching');
  const [year, setYear] = useState(currentYear());
  const stats = useMatchingStats({ year });
  const s = stats.data;
  const years = Array.from({ length: 6 }, (_, i) => currentYear() + 1 - i);
  return (
    <Stack>
      <PageHeader
        title={t('stats.title')}
        actions={
          <>
            <Button variant="default" onClick={() => download(fileUrl('/api/matching/stats/export', { year, format: 'xlsx' }))}>
              {t('stats.xlsx')}
            </Button>
            <Button variant="default" onClick={() => download(fileUrl('/api/matching/stats/export', { year, format: 'csv' }))}>
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
          <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }}>
            {FIGURES.map((k) => (
              <FigureCard key={k} id={`figure-${k}`} label={t(`stats.${k}`)} figure={s[k]} previousYear={year - 1} />
            ))}
          </SimpleGrid>
          <ByMonth stats={s} />
          <Title order={2} size="h4">
            {t('stats.byProgramme')}
          </Title>
          <TableScroll minWidth={480}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('rank.programme')}</Table.Th>
                  <Table.Th>{t('stats.profiles')}</Table.Th>
                  <Table.Th>{t('stats.proposed')}</Table.Th>
                  <Table.Th>{t('stats.meetings')}</Table.Th>
                  <Table.Th>{t('stats.hires')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.byProgramme.map((p) => (
                  <Table.Tr key={p.programme}>
                    <Table.Td>{t(`programme.${p.programme}`)}</Table.Td>
                    <Table.Td>{formatNumber(p.profiles)}</Table.Td>
                    <Table.Td>{formatNumber(p.proposed)}</Table.Td>
                    <Table.Td>{formatNumber(p.meetings)}</Table.Td>
                    <Table.Td>{formatNumber(p.hired)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          {s.byGroup.length > 0 && (
            <>
              <Title order={2} size="h4">
                {t('stats.byGroup')}
              </Title>
              <Text size="sm">{t('stats.byGroupHint')}</Text>
              <TableScroll minWidth={480}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('stats.group')}</Table.Th>
                      <Table.Th>{t('stats.people')}</Table.Th>
                      <Table.Th>{t('stats.proposed')}</Table.Th>
                      <Table.Th>{t('stats.meetings')}</Table.Th>
                      <Table.Th>{t('stats.hires')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {s.byGroup.map((g) => (
                      <Table.Tr key={g.group}>
                        <Table.Td>{t(`group.${g.group}`)}</Table.Td>
                        <Table.Td>{formatNumber(g.people)}</Table.Td>
                        <Table.Td>{formatNumber(g.proposed)}</Table.Td>
                        <Table.Td>{formatNumber(g.meetings)}</Table.Td>
                        <Table.Td>{formatNumber(g.hired)}</Table.Td>
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

/** Proposals, meetings, hires and appointments kept by month: a chart, and the same figures as a table for screen readers. */
function ByMonth({ stats }: { stats: MatchingStats }) {
  const { t } = useTranslation('matching');
  if (!stats.byMonth.length) return <Text>{t('stats.none')}</Text>;
  const series = [
    { key: 'proposed', color: 'blue.6' },
    { key: 'meetings', color: 'teal.6' },
    { key: 'hires', color: 'grape.6' },
    { key: 'appointmentsKept', color: 'orange.6' },
  ] as const;
  const value = (m: MatchingStats['byMonth'][number], k: (typeof series)[number]['key']) => (k === 'hires' ? m.hired : m[k]);
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('stats.byMonth')}
      </Title>
      <BarChart h={240} data={stats.byMonth.map((m) => ({ month: m.month, ...Object.fromEntries(series.map((s) => [t(`stats.${s.key}`), value(m, s.key)])) }))} dataKey="month" series={series.map((s) => ({ name: t(`stats.${s.key}`), color: s.color }))} withLegend />
      <Table className="visually-hidden">
        <caption>{t('stats.byMonthTable')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('stats.month')}</Table.Th>
            {series.map((s) => (
              <Table.Th key={s.key}>{t(`stats.${s.key}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {stats.byMonth.map((m) => (
            <Table.Tr key={m.month}>
              <Table.Td>{m.month}</Table.Td>
              {series.map((s) => (
                <Table.Td key={s.key}>{value(m, s.key)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
