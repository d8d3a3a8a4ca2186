import { Anchor, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatNumber, intlLocale } from '../../app/i18n';
import { currentYear } from '../../app/time';
import { FigureCard } from '../../ui/FigureCard';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { useSiteStats } from './api';
import './i18n';

/**
 * The website's own analytics for the communication officer: page views and visitors (the sum of daily unique
 * visitors, as the server counts them without cookies) per month, with a chart and the same figures in a table, then
 * each month's top pages and referring domains.
 */
export function SiteStatsPage() {
  const { t } = useTranslation('site');
  const thisYear = currentYear();
  const [year, setYear] = useState(thisYear);
  const stats = useSiteStats(year);
  const s = stats.data;
  const monthName = (ym: string) => new Intl.DateTimeFormat(intlLocale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${ym}-15T12:00:00Z`));
  const views = t('stats.pageViews');
  const visitors = t('stats.visitors');

  return (
    <>
      <PageHeader
        title={t('stats.title')}
        actions={<NativeSelect aria-label={t('stats.year')} value={String(year)} data={Array.from({ length: 6 }, (_, i) => String(thisYear - i))} onChange={(e) => setYear(Number(e.currentTarget.value))} />}
      />
      <ProblemAlert error={stats.error} />
      {!s ? (
        stats.isPending && <Loading />
      ) : (
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <FigureCard id="site-fig-views" label={views} figure={s.figures.pageViews} previousYear={year - 1} />
            <FigureCard id="site-fig-visitors" label={visitors} figure={s.figures.visitors} previousYear={year - 1} />
          </SimpleGrid>
          <Text size="sm">{s.visitorsMeaning}</Text>
          <Text size="sm">{t('stats.privacy')}</Text>
          {s.months.length === 0 ? (
            <Text>{t('stats.none')}</Text>
          ) : (
            <>
              <Paper withBorder p="md">
                <Title order={2} size="h4" mb="sm">
                  {t('stats.chart')}
                </Title>
                {/* the same figures are in the table below, for a screen reader */}
                <div aria-hidden="true">
                  <BarChart
                    h={240}
                    data={s.months.map((m) => ({ month: monthName(m.month), [views]: m.pageViews, [visitors]: m.visitors }))}
                    dataKey="month"
                    yAxisProps={{ allowDecimals: false }}
                    valueFormatter={(v) => formatNumber(v)}
                    series={[
                      { name: views, color: 'blue.7' },
                      { name: visitors, color: 'teal.8' },
                    ]}
                    withLegend
                  />
                </div>
              </Paper>
              <TableScroll minWidth={360} label={t('stats.caption')}>
                <Table striped>
                  <caption className="visually-hidden">{t('stats.caption')}</caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('stats.month')}</Table.Th>
                      <Table.Th ta="right">{views}</Table.Th>
                      <Table.Th ta="right">{visitors}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {s.months.map((m) => (
                      <Table.Tr key={m.month}>
                        <Table.Th scope="row">{monthName(m.month)}</Table.Th>
                        <Table.Td ta="right">{formatNumber(m.pageViews)}</Table.Td>
                        <Table.Td ta="right">{formatNumber(m.visitors)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
              <Title order={2} size="h4">
                {t('stats.monthOf')}
              </Title>
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                {s.months.map((m) => (
                  <Paper key={m.month} withBorder p="sm" component="section" aria-labelledby={`site-month-${m.month}`}>
                    <Title order={3} size="h5" id={`site-month-${m.month}`} mb="xs">
                      {monthName(m.month)}
                    </Title>
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <RankTable caption={`${t('stats.topPages')} — ${monthName(m.month)}`} title={t('stats.topPages')} head={t('stats.page')} rows={m.topPages.map((p) => [p.path, p.views])} />
                      <RankTable caption={`${t('stats.referrers')} — ${monthName(m.month)}`} title={t('stats.referrers')} head={t('stats.domain')} rows={m.referrers.map((r) => [r.domain, r.views])} />
                    </SimpleGrid>
                  </Paper>
                ))}
              </SimpleGrid>
            </>
          )}
          <Paper withBorder p="sm">
            <Title order={2} size="h4" mb="xs">
              {t('stats.followers')}
            </Title>
            <Text size="sm">
              {t('stats.followersHint')}{' '}
              <Anchor component={Link} to="/observatory/reach">
                {t('stats.followersLink')}
              </Anchor>
            </Text>
          </Paper>
        </Stack>
      )}
    </>
  );
}

function RankTable({ caption, title, head, rows }: { caption: string; title: string; head: string; rows: [string, number][] }) {
  const { t } = useTranslation('site');
  return (
    <Table>
      <caption className="visually-hidden">{caption}</caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{head}</Table.Th>
          <Table.Th ta="right">{t('stats.views')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.length === 0 && (
          <Table.Tr>
            <Table.Td colSpan={2}>
              <Text size="sm" component="span">
                {title}: —
              </Text>
            </Table.Td>
          </Table.Tr>
        )}
        {rows.map(([k, v]) => (
          <Table.Tr key={k}>
            <Table.Td style={{ wordBreak: 'break-all' }}>{k}</Table.Td>
            <Table.Td ta="right">{formatNumber(v)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
