import { Button, NativeSelect, Paper, SimpleGrid, Table, Title } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { download, fileUrl } from '../../app/api';
import { formatNumber } from '../../app/i18n';
import { currentYear } from '../../app/time';
import { FigureCard, formatFigure } from '../../ui/FigureCard';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { useTrainingStats } from './api';
import './i18n';

const pct = (v: number | null) => formatFigure(v, 'percent');

/** A year of trainings: sessions held and cancelled, participants, attendance, satisfaction, outcomes, organisations. */
export function TrainingStatsPage() {
  const { t } = useTranslation('trainings');
  const thisYear = currentYear();
  const [year, setYear] = useState(thisYear);
  const stats = useTrainingStats(year);
  const s = stats.data;
  const figures = s
    ? ([
        ['programmes', s.programmes],
        ['sessionsHeld', s.sessionsHeld],
        ['sessionsCancelled', s.sessionsCancelled],
        ['participations', s.participations],
        ['distinctPeople', s.distinctPeople],
        ['professionals', s.professionals],
        ['attendanceRate', s.attendanceRate],
        ['evaluationAverage', s.evaluationAverage],
        ['positiveOutcomes', s.positiveOutcomes],
        ['outcomeRate', s.outcomeRate],
      ] as const)
    : [];
  return (
    <>
      <PageHeader
        title={t('stats.title', { year })}
        actions={
          <>
            <NativeSelect aria-label={t('common:year')} value={String(year)} data={Array.from({ length: 8 }, (_, i) => String(thisYear - i))} onChange={(e) => setYear(Number(e.currentTarget.value))} />
            <Button variant="default" onClick={() => download(fileUrl('/api/trainings/stats/export', { year, format: 'xlsx' }))}>
              {t('common:actions.exportXlsx')}
            </Button>
            <Button variant="default" onClick={() => download(fileUrl('/api/trainings/stats/export', { year, format: 'csv' }))}>
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
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} mb="md">
            {figures.map(([key, f]) => (
              <FigureCard key={key} id={`tr-fig-${key}`} label={t(`stats.${key}`)} figure={f} previousYear={year - 1} />
            ))}
          </SimpleGrid>
          {s.perProgramme.length > 0 && (
            <Paper withBorder p="md" mb="md">
              <Title order={2} size="h4" mb="sm">
                {t('stats.chart')}
              </Title>
              <BarChart
                h={Math.max(200, s.perProgramme.length * 40)}
                data={s.perProgramme.map((p) => ({ programme: p.name, [t('stats.participations')]: p.participations }))}
                dataKey="programme"
                orientation="vertical"
                yAxisProps={{ width: 180 }}
                xAxisProps={{ allowDecimals: false }}
                valueFormatter={(v) => formatNumber(v)}
                series={[{ name: t('stats.participations'), color: 'blue.7' }]}
              />
            </Paper>
          )}
          <TableScroll minWidth={860} label={t('stats.perProgramme')}>
            <Table striped mb="md">
              <caption>{t('stats.perProgramme')}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('stats.programme')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('stats.sessionsHeld')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('stats.sessionsCancelled')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('stats.participations')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('stats.distinctPeople')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('stats.attendanceRate')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('stats.evaluationAverage')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('stats.outcomeRate')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.perProgramme.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Th scope="row">{p.name}</Table.Th>
                    <Table.Td ta="right">{p.sessionsHeld}</Table.Td>
                    <Table.Td ta="right">{p.sessionsCancelled}</Table.Td>
                    <Table.Td ta="right">{p.participations}</Table.Td>
                    <Table.Td ta="right">{p.distinctPeople}</Table.Td>
                    <Table.Td ta="right">{pct(p.attendanceRate)}</Table.Td>
                    <Table.Td ta="right">{p.evaluationAverage === null ? '—' : formatNumber(p.evaluationAverage)}</Table.Td>
                    <Table.Td ta="right">{`${p.outcomes.positive} / ${p.participations} (${pct(p.outcomes.rate)})`}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          {s.byOrganisation.length > 0 && (
            <Table striped maw={560}>
              <caption>{t('stats.byOrganisation')}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('stats.organisation')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('stats.count')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.byOrganisation.map((o) => (
                  <Table.Tr key={o.name}>
                    <Table.Th scope="row">{o.name}</Table.Th>
                    <Table.Td ta="right">{o.count}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </>
  );
}
