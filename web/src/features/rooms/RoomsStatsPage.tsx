import { useState } from 'react';
import { Button, Group, NumberInput, Paper, SimpleGrid, Table, TextInput, Title } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { useTranslation } from 'react-i18next';
import { download, fileUrl } from '../../app/api';
import { formatDate, formatNumber } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { FigureCard } from '../../ui/FigureCard';
import { Loading } from '../../ui/Loading';
import { brusselsToday, useRoomStats } from './api';
import './i18n';
import { currentYear } from '../../app/time';

/** Logistics and director: bookings per month, organisation and room, occupancy rates, exports and monthly statements. */
export function RoomsStatsPage() {
  const { t } = useTranslation('rooms');
  const [year, setYear] = useState<number>(currentYear());
  const [month, setMonth] = useState(brusselsToday().slice(0, 7));
  const stats = useRoomStats(year);
  const s = stats.data;
  const monthName = (m: number) => formatDate(`${year}-${String(m).padStart(2, '0')}-15`, { month: 'short' });
  return (
    <>
      <PageHeader
        title={t('stats.title')}
        actions={
          <>
            <Button variant="default" onClick={() => download(fileUrl('/api/rooms/stats/export', { year, format: 'xlsx' }))}>
              {t('stats.xlsx')}
            </Button>
            <Button variant="default" onClick={() => download(fileUrl('/api/rooms/stats/export', { year, format: 'csv' }))}>
              {t('stats.csv')}
            </Button>
          </>
        }
      />
      <Group align="flex-end" mb="md" wrap="wrap">
        <NumberInput label={t('stats.year')} value={year} onChange={(v) => typeof v === 'number' && setYear(v)} min={2000} max={2100} w={120} />
      </Group>
      <ProblemAlert error={stats.error} />
      {!s ? (
        <Loading />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md">
            <FigureCard id="rooms-fig-bookings" label={t('stats.bookings')} figure={s.bookings} previousYear={year - 1} />
            <FigureCard id="rooms-fig-hours" label={t('stats.hours')} figure={s.hours} previousYear={year - 1} />
            <FigureCard id="rooms-fig-amount" label={t('stats.amount')} figure={s.amount} previousYear={year - 1} />
          </SimpleGrid>
          <Title order={2} size="h3" mb="xs">
            {t('stats.byMonth')}
          </Title>
          <BarChart
            h={240}
            mb="md"
            data={s.byMonth.map((m) => ({ month: monthName(m.month), [String(year)]: m.bookings, [String(year - 1)]: m.previousYearBookings }))}
            dataKey="month"
            series={[
              { name: String(year), color: 'blue.8' },
              { name: String(year - 1), color: 'gray.6' },
            ]}
            withLegend
          />
          <TableScroll minWidth={480} label={t('stats.byMonth')}>
            <Table striped mb="md">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('stats.month')}</Table.Th>
                  <Table.Th scope="col">{t('stats.bookings')}</Table.Th>
                  <Table.Th scope="col">{t('stats.hours')}</Table.Th>
                  <Table.Th scope="col">{year - 1}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.byMonth.map((m) => (
                  <Table.Tr key={m.month}>
                    <Table.Th scope="row">{monthName(m.month)}</Table.Th>
                    <Table.Td>{m.bookings}</Table.Td>
                    <Table.Td>{formatNumber(Math.round(m.hours))}</Table.Td>
                    <Table.Td>{m.previousYearBookings}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <Title order={2} size="h3" mb="xs">
            {t('stats.byRoom')}
          </Title>
          <TableScroll minWidth={640} label={t('stats.byRoom')}>
            <Table striped mb="md">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('calendar.room')}</Table.Th>
                  <Table.Th scope="col">{t('stats.bookings')}</Table.Th>
                  <Table.Th scope="col">{t('stats.hours')}</Table.Th>
                  <Table.Th scope="col">{t('stats.openingHours')}</Table.Th>
                  <Table.Th scope="col">{t('stats.occupancy')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.byRoom.map((r) => (
                  <Table.Tr key={r.roomId}>
                    <Table.Th scope="row">{r.name}</Table.Th>
                    <Table.Td>{r.bookings}</Table.Td>
                    <Table.Td>{formatNumber(Math.round(r.hours))}</Table.Td>
                    <Table.Td>{formatNumber(Math.round(r.openingHours))}</Table.Td>
                    <Table.Td>{formatNumber(r.occupancyRate, { style: 'percent', maximumFractionDigits: 1 })}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <Title order={2} size="h3" mb="xs">
            {t('stats.byOrganisation')}
          </Title>
          <TableScroll minWidth={640} label={t('stats.byOrganisation')}>
            <Table striped mb="md">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.organisation')}</Table.Th>
                  <Table.Th scope="col">{t('stats.bookings')}</Table.Th>
                  <Table.Th scope="col">{t('stats.hours')}</Table.Th>
                  <Table.Th scope="col">{t('stats.amount')}</Table.Th>
                  <Table.Th scope="col">{year - 1}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.byOrganisation.map((o) => (
                  <Table.Tr key={`${o.organisationId}-${o.name}`}>
                    <Table.Th scope="row">{o.name}</Table.Th>
                    <Table.Td>{o.bookings}</Table.Td>
                    <Table.Td>{formatNumber(Math.round(o.hours))}</Table.Td>
                    <Table.Td>{formatNumber(o.amountCents / 100, { style: 'currency', currency: 'EUR' })}</Table.Td>
                    <Table.Td>{o.previousYearBookings}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </>
      )}
      <Paper withBorder p="md" mt="lg">
        <Title order={2} size="h3" mb="xs">
          {t('stats.statement')}
        </Title>
        <Group align="flex-end" wrap="wrap">
          <TextInput type="month" label={t('stats.month')} value={month} onChange={(e) => setMonth(e.currentTarget.value)} />
          <Button variant="default" onClick={() => download(fileUrl('/api/rooms/statements/export', { month, format: 'xlsx' }))}>
            {t('stats.xlsx')}
          </Button>
          <Button variant="default" onClick={() => download(fileUrl('/api/rooms/statements/export', { month, format: 'csv' }))}>
            {t('stats.csv')}
          </Button>
        </Group>
      </Paper>
    </>
  );
}
