import { useState } from 'react';
import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { formatDateTime } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { TableScroll } from '../../ui/TableScroll';
import { inLanguage, useEvents } from './api';
import { EventForm } from './EventForm';
import './i18n';

/** The events: the list, latest first, and a new event. */
export function EventsPage() {
  const { t } = useTranslation('events');
  const canManage = useCan('events.manage');
  const [creating, setCreating] = useState(false);
  const list = useEvents({ limit: 100 });
  const navigate = useNavigate();
  return (
    <Stack>
      <PageHeader
        title={t('list.title')}
        actions={
          canManage && (
            <Button onClick={() => setCreating((c) => !c)} variant={creating ? 'default' : 'filled'}>
              {t('list.new')}
            </Button>
          )
        }
      />
      {creating && <EventForm onDone={(id) => navigate(`/events/${id}`)} onCancel={() => setCreating(false)} />}
      <ProblemAlert error={list.error} />
      {list.isPending ? (
        <Loading />
      ) : !list.data?.items.length ? (
        <Text>{t('list.none')}</Text>
      ) : (
        <TableScroll minWidth={520}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.when')}</Table.Th>
                <Table.Th>{t('list.event')}</Table.Th>
                <Table.Th>{t('list.place')}</Table.Th>
                <Table.Th>{t('list.places')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{formatDateTime(e.startsAt)}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/events/${e.id}`}>
                      {inLanguage(e.title)}
                    </Anchor>{' '}
                    <Badge variant="light" size="sm">
                      {t(`kind.${e.kind}`)}
                    </Badge>{' '}
                    {e.status !== 'published' && (
                      <Badge color="gray.8" size="sm">
                        {t(`status.${e.status}`)}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{e.place ?? '—'}</Table.Td>
                  <Table.Td>
                    {e.registered}
                    {e.capacity ? ` / ${e.capacity}` : ''}
                    {e.waiting ? ` (+${e.waiting})` : ''}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}
