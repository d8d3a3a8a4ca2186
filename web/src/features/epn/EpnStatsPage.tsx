import { Button, NativeSelect, Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { download, fileUrl } from '../../app/api';
import { formatNumber, intlLocale } from '../../app/i18n';
import { currentYear } from '../../app/time';
import { FigureCard } from '../../ui/FigureCard';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { AGE_BRACKETS, helpLabel, useEpnStats } from './api';
import './i18n';

/** The space's year, as in the annual report: attendance, sex, age brackets, kinds of help, and the year before. */
export function EpnStatsPage() {
  const { t } = useTranslation('epn');
  const thisYear = currentYear();
  const [year, setYear] = useState(thisYear);
  const stats = useEpnStats(year);
  const s = stats.data;
  const months = Array.from({ length: 12 }, (_, i) => new Intl.DateTimeFormat(intlLocale(), { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, i, 15))));
  const figures = s
    ? ([
        ['visits', s.visits],
        ['distinctPeople', s.distinctPeople],
        ['anonymousVisits', s.anonymousVisits],
        ['coaching', s.coachingSessions],
        ['autoClosed', s.autoClosed],
      ] as const)
    : [];
  return (
    <>
      <PageHeader
        title={t('stats.title', { year })}
        actions={
          <>
            <NativeSelect aria-label={t('common:year')} value={String(year)} data={Array.from({ length: 8 }, (_, i) => String(thisYear - i))} onChange={(e) => setYear(Number(e.currentTarget.value))} />
            <Button variant="default" onClick={() => download(fileUrl('/api/epn/stats/export', { year, format: 'xlsx' }))}>
              {t('common:actions.exportXlsx')}
            </Button>
            <Button variant="default" onClick={() => download(fileUrl('/api/epn/stats/export', { year, format: 'csv' }))}>
              {t('common:actions.exportCsv')}
            </Button>
          </>
        }
      />
      <ProblemAlert error={stats.error} />
      {!s ? (
        stats.isPending && <Loading />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} mb="md">
            {figures.map(([key, f]) => (
              <FigureCard key={key} id={`epn-fig-${key}`} label={t(`stats.${key}`)} figure={f} previousYear={year - 1} />
            ))}
          </SimpleGrid>
          <Text size="sm" mb="md">
            {t('stats.distinctHelp')}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }} mb="md">
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="sm">
                {t('stats.perMonth')}
              </Title>
              <BarChart
                h={240}
                data={months.map((m, i) => ({ month: m, [String(year)]: s.perMonth[i], [String(year - 1)]: s.previousPerMonth[i] }))}
                dataKey="month"
                yAxisProps={{ allowDecimals: false }}
                valueFormatter={(v) => formatNumber(v)}
                series={[
                  { name: String(year), color: 'blue.7' },
                  { name: String(year - 1), color: 'gray.5' },
                ]}
                withLegend
              />
            </Paper>
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="sm">
                {t('stats.byAge')}
              </Title>
              <BarChart
                h={240}
                data={[...AGE_BRACKETS, 'unknown' as const].map((a) => ({ age: t(`age.${a}`), [t('stats.count')]: s.byAgeBracket[a] }))}
                dataKey="age"
                yAxisProps={{ allowDecimals: false }}
                valueFormatter={(v) => formatNumber(v)}
                series={[{ name: t('stats.count'), color: 'teal.8' }]}
              />
            </Paper>
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <TableScroll minWidth={300} label={t('stats.perMonth')}>
              <Table striped>
                <caption>{t('stats.perMonth')}</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('stats.month')}</Table.Th>
                    <Table.Th scope="col" ta="right">{year}</Table.Th>
                    <Table.Th scope="col" ta="right">{year - 1}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {months.map((m, i) => (
                    <Table.Tr key={m}>
                      <Table.Th scope="row">{m}</Table.Th>
                      <Table.Td ta="right">{s.perMonth[i]}</Table.Td>
                      <Table.Td ta="right">{s.previousPerMonth[i]}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
            <div>
              <Table striped mb="md">
                <caption>{t('stats.bySex')}</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('stats.sex')}</Table.Th>
                    <Table.Th scope="col" ta="right">{t('stats.count')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {(['F', 'M', 'X', 'unknown'] as const).map((g) => (
                    <Table.Tr key={g}>
                      <Table.Th scope="row">{t(`gender.${g}`)}</Table.Th>
                      <Table.Td ta="right">{s.bySex[g]}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Table striped>
                <caption>{t('stats.byAge')}</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('stats.ageBracket')}</Table.Th>
                    <Table.Th scope="col" ta="right">{t('stats.count')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {[...AGE_BRACKETS, 'unknown' as const].map((a) => (
                    <Table.Tr key={a}>
                      <Table.Th scope="row">{t(`age.${a}`)}</Table.Th>
                      <Table.Td ta="right">{s.byAgeBracket[a]}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
            <Table striped>
              <caption>{t('stats.byHelp')}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('stats.helpKind')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('stats.count')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.byHelpKind.map((k) => (
                  <Table.Tr key={k.id}>
                    <Table.Th scope="row">{helpLabel({ ...k, position: 0, active: true }, t)}</Table.Th>
                    <Table.Td ta="right">{k.count}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </SimpleGrid>
        </>
      )}
    </>
  );
}
