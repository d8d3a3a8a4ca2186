import { useState } from 'react';
import { Anchor, Button, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { download, fileUrl } from '../../app/api';
import { formatDate, formatNumber } from '../../app/i18n';
import { currentYear } from '../../app/time';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { TableScroll } from '../../ui/TableScroll';
import { useEventStats } from './api';
import './i18n';

/** Events over a year: figures beside the year before, participants per month (a chart), every event, exports. */
export function EventsStatsPage() {
  const { t } = useTranslation('events');
  const [year, setYear] = useState(currentYear());
  const stats = useEventStats({ year });
  const s = stats.data;
  const fig = (v: { value: number | null; previous: number | null; unit: string }) =>
    v.value === null ? '—' : v.unit === 'percent' ? formatNumber(v.value, { style: 'percent', maximumFractionDigits: 0 }) : formatNumber(v.value);
  const years = Array.from({ length: 6 }, (_, i) => currentYear() + 1 - i);
  return (
    <Stack>
      <PageHeader
        title={t('stats.title')}
        actions={
          <>
            <Button variant="default" onClick={() => download(fileUrl('/api/events/stats/export', { year, format: 'xlsx' }))}>
              {t('stats.xlsx')}
            </Button>
            <Button variant="default" onClick={() => download(fileUrl('/api/events/stats/export', { year, format: 'csv' }))}>
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
            {(['events', 'registrations', 'checkIns', 'walkIns', 'distinctPeople', 'showRate'] as const).map((k) => (
              <Paper withBorder p="sm" key={k}>
                <Text size="xs" c="dimmed">
                  {t(`stats.${k}`)}
                </Text>
                <Text size="xl" fw={700}>
                  {fig(s[k])}
                </Text>
                {s[k].previous !== null && (
                  <Text size="xs" c="dimmed">
                    {year - 1}: {fig({ ...s[k], value: s[k].previous })}
                  </Text>
                )}
              </Paper>
            ))}
          </SimpleGrid>
          <Text size="sm">{t('stats.headNote')}</Text>
          {s.perEvent.length === 0 ? (
            <Text>{t('stats.none')}</Text>
          ) : (
            <>
              <Paper withBorder p="md">
                <Title order={2} size="h4" mb="sm">
                  {t('stats.byMonth')}
                </Title>
                <BarChart
                  h={260}
                  data={s.byMonth.map((m) => ({ month: formatDate(`${m.month}-01`, { month: 'short', year: 'numeric' }), [t('stats.checkIns')]: m.checkIns, [t('stats.walkIns')]: m.walkIns }))}
                  dataKey="month"
                  type="stacked"
                  series={[
                    { name: t('stats.checkIns'), color: 'blue.6' },
                    { name: t('stats.walkIns'), color: 'teal.6' },
                  ]}
                  withLegend
                />
              </Paper>
              <Title order={2} size="h4">
                {t('stats.perEvent')}
              </Title>
              <TableScroll minWidth={520}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('stats.date')}</Table.Th>
                      <Table.Th>{t('stats.event')}</Table.Th>
                      <Table.Th>{t('stats.kind')}</Table.Th>
                      <Table.Th>{t('stats.registrations')}</Table.Th>
                      <Table.Th>{t('stats.checkIns')}</Table.Th>
                      <Table.Th>{t('stats.walkIns')}</Table.Th>
                      <Table.Th>{t('stats.distinctPeople')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {s.perEvent.map((e) => (
                      <Table.Tr key={e.id}>
                        <Table.Td>{formatDate(e.date)}</Table.Td>
                        <Table.Td>
                          <Anchor component={Link} to={`/events/${e.id}`}>
                            {e.title}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{t(`kind.${e.kind}`)}</Table.Td>
                        <Table.Td>{formatNumber(e.registrations)}</Table.Td>
                        <Table.Td>{formatNumber(e.checkIns)}</Table.Td>
                        <Table.Td>{formatNumber(e.walkIns)}</Table.Td>
                        <Table.Td>{formatNumber(e.distinctPeople)}</Table.Td>
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
