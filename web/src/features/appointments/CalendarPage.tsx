import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/i18n';
import { useCan } from '../../app/auth';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { Loading } from '../../ui/Loading';
import { addDays, brusselsToday, personLabel, useCalendar, useCancel, useOutcome, useSites, useStaff, type Appointment } from './api';
import './i18n';

const STATUS_COLOURS = { booked: 'blue', attended: 'green', no_show: 'orange', cancelled: 'gray' } as const;

export function StatusBadge({ status }: { status: Appointment['status'] }) {
  const { t } = useTranslation('appointments');
  return (
    // A coloured dot and dark text: the colour only adds to the word (contrast AA on any row).
    <Badge color={STATUS_COLOURS[status]} variant="dot">
      {t(`status.${status}`)}
    </Badge>
  );
}

/** Day or week calendar of appointments, per staff member or site, with the desks' open hours. */
export function CalendarPage() {
  const { t } = useTranslation('appointments');
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'day' ? 'day' : 'week';
  const date = params.get('date') ?? brusselsToday();
  const staffUserId = params.get('staff') ?? '';
  const siteId = params.get('site') ?? '';
  const calendar = useCalendar({ view, date, staffUserId, siteId });
  const staff = useStaff();
  const sites = useSites();
  const outcome = useOutcome();
  const cancel = useCancel();
  const canManage = useCan('appointments.manage');

  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const step = view === 'day' ? 1 : 7;

  return (
    <>
      <PageHeader
        title={t('calendar.title')}
        actions={
          <>
            {canManage && (
              <Button component={Link} to={`/appointments/book?date=${date}`}>
                {t('calendar.book')}
              </Button>
            )}
            {canManage && (
              <Button variant="default" component={Link} to={`/appointments/to-call?date=${addDays(brusselsToday(), 1)}`}>
                {t('calendar.toCall')}
              </Button>
            )}
          </>
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} mb="md">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="calendar-view-label">
            {t('calendar.view')}
          </Text>
          <SegmentedControl
            aria-labelledby="calendar-view-label"
            value={view}
            onChange={(v) => set('view', v)}
            data={[
              { value: 'day', label: t('calendar.day') },
              { value: 'week', label: t('calendar.week') },
            ]}
          />
        </Stack>
        <TextInput type="date" label={t('calendar.date')} value={date} onChange={(e) => e.currentTarget.value && set('date', e.currentTarget.value)} />
        <Select
          label={t('calendar.staff')}
          value={staffUserId || null}
          onChange={(v) => set('staff', v)}
          clearable
          placeholder={t('calendar.all')}
          data={(staff.data?.items ?? []).map((s) => ({ value: String(s.id), label: s.name }))}
        />
        <Select
          label={t('calendar.site')}
          value={siteId || null}
          onChange={(v) => set('site', v)}
          clearable
          placeholder={t('calendar.all')}
          data={(sites.data?.items ?? []).map((s) => ({ value: String(s.id), label: s.name }))}
        />
      </SimpleGrid>
      <Group mb="md" gap="xs" wrap="wrap">
        <Button variant="default" onClick={() => set('date', addDays(date, -step))}>
          {t('calendar.previous')}
        </Button>
        <Button variant="default" onClick={() => set('date', brusselsToday())}>
          {t('calendar.today')}
        </Button>
        <Button variant="default" onClick={() => set('date', addDays(date, step))}>
          {t('calendar.next')}
        </Button>
      </Group>
      <ProblemAlert error={calendar.error ?? outcome.error ?? cancel.error} />
      {calendar.isPending ? (
        <Loading />
      ) : (
        <Stack gap="md">
          {calendar.data?.days
            .filter((d) => view === 'day' || d.sessions.length > 0 || d.appointments.length > 0)
            .map((day) => (
              <Paper key={day.date} withBorder p="md">
                <Title order={2} size="h4" mb="xs">
                  {formatDate(day.date, { dateStyle: 'full' })}
                </Title>
                {day.sessions.map((s) => (
                  <Text key={`${s.deskId}-${s.from}`} size="sm" c="dimmed">
                    {t('calendar.open', { desk: s.deskName, site: s.siteName, from: s.from, to: s.to, staff: s.staffName })}
                  </Text>
                ))}
                {day.appointments.length === 0 ? (
                  <Text size="sm" mt="xs">
                    {t('calendar.none')}
                  </Text>
                ) : (
                  <TableScroll minWidth={760} label={t('calendar.caption', { date: formatDate(day.date) })}>
                    <Table striped mt="xs">
                      <caption className="visually-hidden">{t('calendar.caption', { date: formatDate(day.date) })}</caption>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">{t('columns.time')}</Table.Th>
                          <Table.Th scope="col">{t('columns.person')}</Table.Th>
                          <Table.Th scope="col">{t('columns.desk')}</Table.Th>
                          <Table.Th scope="col">{t('columns.staff')}</Table.Th>
                          <Table.Th scope="col">{t('columns.status')}</Table.Th>
                          <Table.Th scope="col">{t('columns.actions')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {day.appointments.map((a) => {
                          const name = personLabel(a.person, t('erased'));
                          return (
                            <Table.Tr key={a.id}>
                              <Table.Td>
                                {a.start}–{a.end}
                              </Table.Td>
                              <Table.Td>
                                <Anchor component={Link} to={`/people/${a.person.id}`}>
                                  {name}
                                </Anchor>
                                {a.purpose && (
                                  <Text size="xs" c="dimmed">
                                    {a.purpose}
                                  </Text>
                                )}
                                {a.withheld && (
                                  <Text size="xs" c="dimmed">
                                    {t('calendar.withheld')}
                                  </Text>
                                )}
                              </Table.Td>
                              <Table.Td>
                                {a.desk.name}
                                <Text size="xs" c="dimmed">
                                  {a.site.name}
                                </Text>
                              </Table.Td>
                              <Table.Td>{a.staff.name}</Table.Td>
                              <Table.Td>
                                <StatusBadge status={a.status} />
                              </Table.Td>
                              <Table.Td>
                                <Group gap={4} wrap="wrap">
                                  {canManage && a.status !== 'cancelled' && a.date <= brusselsToday() && a.status !== 'attended' && (
                                    <Button size="compact-xs" color="teal.9" aria-label={t('actions.attendedLabel', { name })} onClick={() => outcome.mutate({ id: a.id, outcome: 'attended' })}>
                                      {t('actions.attended')}
                                    </Button>
                                  )}
                                  {canManage && a.status !== 'cancelled' && a.date <= brusselsToday() && a.status !== 'no_show' && (
                                    <Button size="compact-xs" color="red.9" variant="outline" aria-label={t('actions.noShowLabel', { name })} onClick={() => outcome.mutate({ id: a.id, outcome: 'no_show' })}>
                                      {t('actions.noShow')}
                                    </Button>
                                  )}
                                  {canManage && (a.status === 'attended' || a.status === 'no_show') && (
                                    <Button size="compact-xs" variant="subtle" aria-label={t('actions.undoLabel', { name })} onClick={() => outcome.mutate({ id: a.id, outcome: 'booked' })}>
                                      {t('actions.undo')}
                                    </Button>
                                  )}
                                  {canManage && a.status === 'booked' && (
                                    <Button size="compact-xs" variant="default" component={Link} to={`/appointments/book?reschedule=${a.id}&date=${a.date}&deskId=${a.desk.id}`} aria-label={t('actions.moveLabel', { name })}>
                                      {t('actions.move')}
                                    </Button>
                                  )}
                                  {canManage && a.status === 'booked' && (
                                    <Button
                                      size="compact-xs"
                                      color="red"
                                      variant="subtle"
                                      aria-label={t('actions.cancelLabel', { name })}
                                      onClick={() => {
                                        if (window.confirm(t('actions.cancelConfirm', { name, date: formatDate(a.date), time: a.start }))) cancel.mutate({ id: a.id });
                                      }}
                                    >
                                      {t('actions.cancel')}
                                    </Button>
                                  )}
                                  {a.status !== 'cancelled' && (
                                    <Button size="compact-xs" variant="subtle" component={Link} to={`/appointments/${a.id}/card`} aria-label={t('actions.cardLabel', { name })}>
                                      {t('actions.card')}
                                    </Button>
                                  )}
                                </Group>
                              </Table.Td>
                            </Table.Tr>
                          );
                        })}
                      </Table.Tbody>
                    </Table>
                  </TableScroll>
                )}
              </Paper>
            ))}
          {calendar.data && calendar.data.days.every((d) => d.sessions.length === 0 && d.appointments.length === 0) && view === 'week' && <Text>{t('calendar.none')}</Text>}
        </Stack>
      )}
    </>
  );
}
