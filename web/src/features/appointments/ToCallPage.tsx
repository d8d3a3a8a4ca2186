import { Alert, Button, Table, Text, TextInput } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { Loading } from '../../ui/Loading';
import { addDays, brusselsToday, useSendReminders, useToCall } from './api';
import './i18n';

/** The printable list of people to phone about their appointment (tomorrow by default). */
export function ToCallPage() {
  const { t } = useTranslation('appointments');
  const [params, setParams] = useSearchParams();
  const date = params.get('date') ?? addDays(brusselsToday(), 1);
  const list = useToCall(date);
  const send = useSendReminders();
  return (
    <>
      <PageHeader
        title={t('toCall.title')}
        actions={
          <>
            <Button className="no-print" onClick={() => window.print()}>
              {t('common:actions.print')}
            </Button>
            {list.data?.mailEnabled && (
              <Button className="no-print" variant="default" loading={send.isPending} onClick={() => send.mutate(date)}>
                {t('toCall.sendNow')}
              </Button>
            )}
          </>
        }
      />
      <TextInput className="no-print" type="date" label={t('calendar.date')} value={date} onChange={(e) => e.currentTarget.value && setParams({ date: e.currentTarget.value }, { replace: true })} maw={220} mb="md" />
      <Text mb="sm">{t('toCall.intro', { date: formatDate(date, { dateStyle: 'full' }) })}</Text>
      {send.data && (
        <Alert role="status" mb="sm" variant="light">
          {t('toCall.sent', send.data)}
        </Alert>
      )}
      <ProblemAlert error={list.error ?? send.error} />
      {list.data && !list.data.mailEnabled && (
        <Alert role="status" mb="sm" variant="light" color="yellow">
          {t('toCall.mailOff')}
        </Alert>
      )}
      {list.isPending ? (
        <Loading />
      ) : list.data && list.data.items.length === 0 ? (
        <Text role="status">{t('toCall.none')}</Text>
      ) : (
        <TableScroll minWidth={640} label={t('toCall.title')}>
          <Table striped>
            <caption className="visually-hidden">{t('toCall.title')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('columns.time')}</Table.Th>
                <Table.Th scope="col">{t('columns.person')}</Table.Th>
                <Table.Th scope="col">{t('columns.phone')}</Table.Th>
                <Table.Th scope="col">{t('columns.desk')}</Table.Th>
                <Table.Th scope="col">{t('columns.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.items.map((i) => (
                <Table.Tr key={i.appointmentId}>
                  <Table.Td>
                    {i.start}–{i.end}
                  </Table.Td>
                  <Table.Td>
                    {i.person.firstName} {i.person.lastName}
                  </Table.Td>
                  <Table.Td>{i.person.phone ?? <Text fs="italic">{t('toCall.noPhone')}</Text>}</Table.Td>
                  <Table.Td>
                    {i.desk.name} ({i.site.name}) – {i.staff.name}
                  </Table.Td>
                  <Table.Td>{t(`toCall.reason.${i.reason}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </>
  );
}
