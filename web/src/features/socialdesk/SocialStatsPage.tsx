import { Button, Group, Modal, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { download, fileUrl } from '../../app/api';
import { formatDate, formatNumber } from '../../app/i18n';
import { currentYear } from '../../app/time';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { formatChange } from '../../ui/FigureCard';
import { labelOf, useDrill, useSocialStats, type Figure } from './api';
import { InterviewTable } from './InterviewsPage';
import '../people'; // the people catalog (gender, study level and status labels), through the feature's index
import './i18n';

interface Row {
  label: string;
  figure: Figure;
}


/** The social desk's figures of a year beside the year before; every figure opens to its list and exports. */
export function SocialStatsPage() {
  const { t } = useTranslation('socialdesk');
  const thisYear = currentYear();
  const [year, setYear] = useState(thisYear);
  const [drill, setDrill] = useState<{ key: string; label: string } | null>(null);
  const stats = useSocialStats(year);
  const s = stats.data;
  const open = (key: string, label: string) => setDrill({ key, label });
  const section = (title: string, rows: Row[], chart = true) => <FigureTable key={title} title={title} rows={rows} year={year} chart={chart} onOpen={open} />;

  return (
    <>
      <PageHeader
        title={t('stats.title', { year })}
        actions={
          <>
            <NativeSelect
              label={t('stats.year')}
              value={String(year)}
              onChange={(e) => setYear(Number(e.currentTarget.value))}
              data={Array.from({ length: 8 }, (_, i) => String(thisYear - i))}
            />
            <Button variant="default" onClick={() => download(fileUrl('/api/socialdesk/stats/export', { year, format: 'xlsx' }))}>
              {t('common:actions.exportXlsx')}
            </Button>
            <Button variant="default" onClick={() => download(fileUrl('/api/socialdesk/stats/export', { year, format: 'csv' }))}>
              {t('common:actions.exportCsv')}
            </Button>
          </>
        }
      />
      <ProblemAlert error={stats.error} />
      {stats.isPending && <Loading />}
      {s && (
        <Stack>
          <Text size="sm">{t('stats.compare', { year: year - 1 })}</Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {(
              [
                [t('stats.newArrivals'), s.newArrivals.total, t('stats.newArrivalsHelp')],
                [t('stats.peopleSeenAll'), s.peopleSeen.total, ''],
                [t('stats.interviewsAll'), s.interviews.total, ''],
              ] as const
            ).map(([label, f, help]) => (
              <Paper withBorder p="md" key={f.key}>
                <Text size="sm" c="dimmed">
                  {label}
                </Text>
                <UnstyledButton onClick={() => open(f.key, label)}>
                  <Text fz={32} fw={700} td="underline" component="span">
                    {formatNumber(f.value)}
                  </Text>
                  <span className="visually-hidden"> – {t('stats.open', { label })}</span>
                </UnstyledButton>
                <Text size="sm">{t('stats.yearValue', { year: year - 1, value: `${formatNumber(f.previous)} (${formatChange(f.change)})` })}</Text>
                {help && (
                  <Text size="xs" c="dimmed">
                    {help}
                  </Text>
                )}
              </Paper>
            ))}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            {section(t('stats.byAge'), s.newArrivals.byAgeClass.map((f) => ({ label: t(`age.${f.ageClass}`), figure: f })))}
            {section(t('stats.bySex'), s.newArrivals.byGender.map((f) => ({ label: t(`people:gender.${f.gender}`), figure: f })))}
            {section(t('stats.byStudy'), s.newArrivals.byStudyLevel.map((f) => ({ label: t(`people:studyLevel.${f.studyLevel}`), figure: f })))}
            {section(t('stats.byStatus'), s.newArrivals.byProfessionalStatus.map((f) => ({ label: t(`people:professionalStatus.${f.professionalStatus}`), figure: f })))}
            {section(`${t('stats.peopleSeen')} – ${t('stats.bySite')}`, s.peopleSeen.bySite.map((f) => ({ label: f.siteName, figure: f })))}
            {section(`${t('stats.interviews')} – ${t('stats.bySite')}`, s.interviews.bySite.map((f) => ({ label: f.siteName, figure: f })))}
            {section(`${t('stats.interviews')} – ${t('stats.byKind')}`, s.interviews.byKind.map((f) => ({ label: t(`kind.${f.kind}`), figure: f })))}
            {section(`${t('stats.categories')} – ${t('stats.categoryInterviews')}`, s.categories.map((c) => ({ label: labelOf(c), figure: c.interviews })))}
            {section(`${t('stats.categories')} – ${t('stats.categoryPeople')}`, s.categories.map((c) => ({ label: labelOf(c), figure: c.people })), false)}
            {s.noShows && (
              <Paper withBorder p="md">
                <Title order={2} size="h4" mb="xs">
                  {t('stats.noShows')}
                </Title>
                {(['value', 'previous'] as const).map((which, idx) => {
                  const { attended, noShows, noShowRate } = s.noShows!;
                  const n = { noShows: noShows[which] ?? 0, noShowRate: noShowRate[which] };
                  const known = (attended[which] ?? 0) + n.noShows;
                  return (
                    <Text size="sm" key={idx}>
                      {t('stats.yearValue', {
                        year: idx === 0 ? year : year - 1,
                        value:
                          n.noShowRate === null
                            ? t('stats.noShowNone')
                            : t('stats.noShowRate', { rate: formatNumber(n.noShowRate, { style: 'percent', maximumFractionDigits: 1 }), noShows: n.noShows, known }),
                      })}
                    </Text>
                  );
                })}
              </Paper>
            )}
          </SimpleGrid>
        </Stack>
      )}
      <DrillModal year={year} drill={drill} onClose={() => setDrill(null)} />
    </>
  );
}

function FigureTable({ title, rows, year, chart, onOpen }: { title: string; rows: Row[]; year: number; chart: boolean; onOpen: (key: string, label: string) => void }) {
  const { t } = useTranslation('socialdesk');
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {chart && rows.some((r) => r.figure.value || r.figure.previous) && (
        <BarChart
          h={Math.max(180, rows.length * 34)}
          data={rows.map((r) => ({ label: r.label, [String(year)]: r.figure.value, [String(year - 1)]: r.figure.previous }))}
          dataKey="label"
          orientation="vertical"
          yAxisProps={{ width: 170 }}
          series={[
            { name: String(year), color: 'blue.7' },
            { name: String(year - 1), color: 'gray.5' },
          ]}
          withLegend
        />
      )}
      <TableScroll minWidth={420} label={title}>
        <Table mt="sm">
          <caption className="visually-hidden">{title}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('stats.figure')}</Table.Th>
              <Table.Th ta="right">{year}</Table.Th>
              <Table.Th ta="right">{year - 1}</Table.Th>
              <Table.Th ta="right">{t('stats.change')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.figure.key}>
                <Table.Td>{r.label}</Table.Td>
                <Table.Td ta="right">
                  {r.figure.value > 0 ? (
                    <Button size="compact-sm" variant="subtle" onClick={() => onOpen(r.figure.key, `${title} – ${r.label}`)}>
                      {formatNumber(r.figure.value)}
                      <span className="visually-hidden"> – {t('stats.open', { label: `${title} – ${r.label}` })}</span>
                    </Button>
                  ) : (
                    formatNumber(0)
                  )}
                </Table.Td>
                <Table.Td ta="right">{formatNumber(r.figure.previous)}</Table.Td>
                <Table.Td ta="right">{formatChange(r.figure.change)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Paper>
  );
}

function DrillModal({ year, drill, onClose }: { year: number; drill: { key: string; label: string } | null; onClose: () => void }) {
  const { t } = useTranslation('socialdesk');
  const d = useDrill(year, drill?.key ?? null);
  const exportUrl = (format: 'xlsx' | 'csv') => fileUrl('/api/socialdesk/stats/export', { year, key: drill?.key ?? '', format });
  return (
    <Modal opened={!!drill} onClose={onClose} size="xl" title={drill ? t('stats.drill', { label: drill.label, count: d.data?.count ?? '…' }) : ''} closeButtonProps={{ 'aria-label': t('stats.close') }}>
      <ProblemAlert error={d.error} />
      {d.isPending && <Loading />}
      {d.data && (
        <Stack>
          <Group gap="xs">
            <Button size="compact-sm" variant="default" onClick={() => download(exportUrl('xlsx'))}>
              {t('common:actions.exportXlsx')}
            </Button>
            <Button size="compact-sm" variant="default" onClick={() => download(exportUrl('csv'))}>
              {t('common:actions.exportCsv')}
            </Button>
          </Group>
          {d.data.kind === 'interviews' ? (
            <InterviewTable items={d.data.interviews} />
          ) : (
            <TableScroll minWidth={560} label={drill?.label}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('list.person')}</Table.Th>
                    <Table.Th>{t('stats.born')}</Table.Th>
                    <Table.Th>{t('stats.start')}</Table.Th>
                    <Table.Th ta="right">{t('stats.interviewsCount')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.data.people.map((p) => (
                    <Table.Tr key={p.personId}>
                      <Table.Td>{p.erased ? t('list.erased') : `${p.lastName} ${p.firstName}`}</Table.Td>
                      <Table.Td>{p.birthYear ?? '—'}</Table.Td>
                      <Table.Td>{p.followupStart ? formatDate(p.followupStart) : '—'}</Table.Td>
                      <Table.Td ta="right">{p.interviews}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </Stack>
      )}
    </Modal>
  );
}
