import { Button, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
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
import { labelOf, useFrontdeskStats, useSitesList, type Orientation } from './api';
import './i18n';

/** Counts of the front desk per day, month or year, by reason and by orientation; exportable. */
export function FrontDeskStatsPage() {
  const { t } = useTranslation('frontdesk');
  const year = currentYear();
  const [from, setFrom] = useState(`${year}-01-01`);
  const [to, setTo] = useState(`${year}-12-31`);
  const [groupBy, setGroupBy] = useState<'day' | 'month' | 'year'>('month');
  const [siteId, setSiteId] = useState('');
  const sites = useSitesList();
  const query = { from, to, groupBy, ...(siteId ? { siteId: Number(siteId) } : {}) };
  const stats = useFrontdeskStats(query);
  const s = stats.data;
  const orientationLabel = (o: Orientation) => (o.kind === 'organisation' ? (o.name ?? '?') : o.kind === 'none' ? t('form.noOrientation') : t(`services.${o.code}`));
  const exportQuery = (format: 'xlsx' | 'csv') => fileUrl('/api/frontdesk/stats/export', { ...query, format });

  return (
    <>
      <PageHeader
        title={t('stats.title')}
        actions={
          <>
            <Button variant="default" onClick={() => download(exportQuery('xlsx'))}>
              {t('common:actions.exportXlsx')}
            </Button>
            <Button variant="default" onClick={() => download(exportQuery('csv'))}>
              {t('common:actions.exportCsv')}
            </Button>
          </>
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 4 }} mb="md">
        <TextInput type="date" label={t('stats.from')} value={from} onChange={(e) => e.currentTarget.value && setFrom(e.currentTarget.value)} />
        <TextInput type="date" label={t('stats.to')} value={to} onChange={(e) => e.currentTarget.value && setTo(e.currentTarget.value)} />
        <NativeSelect
          label={t('stats.groupBy')}
          value={groupBy}
          onChange={(e) => setGroupBy(e.currentTarget.value as 'day')}
          data={(['day', 'month', 'year'] as const).map((g) => ({ value: g, label: t(`stats.${g}`) }))}
        />
        <NativeSelect
          label={t('stats.site')}
          value={siteId}
          onChange={(e) => setSiteId(e.currentTarget.value)}
          data={[{ value: '', label: t('stats.allSites') }, ...(sites.data?.items ?? []).map((x) => ({ value: String(x.id), label: x.name }))]}
        />
      </SimpleGrid>
      <ProblemAlert error={stats.error} />
      {stats.isPending && <Loading />}
      {s && (
        <Stack>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {(
              [
                ['total', s.total],
                ['anonymous', s.anonymous],
                ['distinctPeople', s.distinctPeople],
                ['outOfHours', s.outOfHours],
              ] as const
            ).map(([k, v]) => (
              <Paper withBorder p="sm" key={k}>
                <Text size="sm" c="dimmed">
                  {t(`stats.${k}`)}
                </Text>
                <Text fz={26} fw={700}>
                  {formatNumber(v)}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          {s.total === 0 ? (
            <Text role="status">{t('stats.none')}</Text>
          ) : (
            <>
              <Paper withBorder p="md">
                <Title order={2} size="h4" mb="sm">
                  {t('stats.chart')}
                </Title>
                <BarChart h={260} data={s.periods.map((p) => ({ period: p.period, [t('stats.total')]: p.total }))} dataKey="period" series={[{ name: t('stats.total'), color: 'blue.7' }]} />
              </Paper>
              <Paper withBorder p="md">
                <Title order={2} size="h4" mb="sm">
                  {t('stats.periods')}
                </Title>
                <TableScroll minWidth={480} label={t('stats.periods')}>
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('stats.period')}</Table.Th>
                        <Table.Th ta="right">{t('stats.total')}</Table.Th>
                        <Table.Th ta="right">{t('stats.anonymous')}</Table.Th>
                        <Table.Th ta="right">{t('stats.distinctPeople')}</Table.Th>
                        <Table.Th ta="right">{t('stats.outOfHours')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {s.periods.map((p) => (
                        <Table.Tr key={p.period}>
                          <Table.Td>{p.period}</Table.Td>
                          <Table.Td ta="right">{formatNumber(p.total)}</Table.Td>
                          <Table.Td ta="right">{formatNumber(p.anonymous)}</Table.Td>
                          <Table.Td ta="right">{formatNumber(p.distinctPeople)}</Table.Td>
                          <Table.Td ta="right">{formatNumber(p.outOfHours)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </TableScroll>
              </Paper>
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                <CountTable
                  title={t('stats.byReason')}
                  rows={s.byReason.filter((r) => r.count > 0).map((r) => ({ key: r.code, label: labelOf(r), count: r.count }))}
                />
                <CountTable title={t('stats.byOrientation')} rows={s.byOrientation.map((o) => ({ key: o.key, label: orientationLabel(o), count: o.count }))} />
              </SimpleGrid>
            </>
          )}
        </Stack>
      )}
    </>
  );
}

function CountTable({ title, rows }: { title: string; rows: { key: string; label: string; count: number }[] }) {
  const { t } = useTranslation('frontdesk');
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <BarChart
        h={Math.max(160, rows.length * 30)}
        data={rows.map((r) => ({ label: r.label, [t('stats.count')]: r.count }))}
        dataKey="label"
        orientation="vertical"
        yAxisProps={{ width: 170 }}
        series={[{ name: t('stats.count'), color: 'teal.7' }]}
      />
      <Table mt="sm">
        <caption className="visually-hidden">{title}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{title}</Table.Th>
            <Table.Th ta="right">{t('stats.count')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Td>{r.label}</Table.Td>
              <Table.Td ta="right">{formatNumber(r.count)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
