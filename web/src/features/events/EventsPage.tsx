import { useState } from 'react';
import dayjs from 'dayjs';
import { TIME_ZONE } from '../../app/time';
import { Anchor, Badge, Button, Checkbox, Group, MultiSelect, NativeSelect, NumberInput, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api';
import { useCan } from '../../app/auth';
import { formatDateTime } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { TableScroll } from '../../ui/TableScroll';
import { useOrganisations } from '../organisations/public';
import { EVENT_KINDS, TARGET_PUBLICS, inLanguage, useCreateEvent, useEvents, type EventInput } from './api';
import { useRoomOptions } from './rooms';
import './i18n';

/** A Brussels wall time ("2026-10-06", "10:00") as an instant with its offset, through the app's time zone setup (dayjs). */
const brusselsIso = (date: string, time: string) => dayjs.tz(`${date}T${time}`, TIME_ZONE).format();

function CreateEvent({ onDone }: { onDone: (id: number) => void }) {
  const { t } = useTranslation('events');
  const create = useCreateEvent();
  const organisations = useOrganisations();
  const rooms = useRoomOptions();
  const [f, setF] = useState({ kind: 'info_session', titleFr: '', titleNl: '', titleEn: '', descriptionFr: '', descriptionNl: '', startDate: '', startTime: '09:30', endDate: '', endTime: '12:00', place: 'room', roomId: '', venueName: '', venueAddress: '', status: 'published', waitingList: true });
  const [capacity, setCapacity] = useState<number | string>('');
  const [publics, setPublics] = useState<string[]>(['job_seekers']);
  const [partners, setPartners] = useState<string[]>([]);
  const errors = create.error instanceof ApiError ? create.error.fieldErrors() : {};
  const set = (k: keyof typeof f) => (e: { currentTarget: { value: string } }) => setF({ ...f, [k]: e.currentTarget.value });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const body: EventInput = {
      kind: f.kind as EventInput['kind'],
      status: f.status as EventInput['status'],
      titleFr: f.titleFr,
      titleNl: f.titleNl,
      titleEn: f.titleEn || null,
      descriptionFr: f.descriptionFr || null,
      descriptionNl: f.descriptionNl || null,
      startsAt: f.startDate ? brusselsIso(f.startDate, f.startTime) : '',
      endsAt: brusselsIso(f.endDate || f.startDate, f.endTime),
      roomId: f.place === 'room' && f.roomId ? Number(f.roomId) : null,
      venueName: f.place === 'venue' ? f.venueName || null : null,
      venueAddress: f.place === 'venue' ? f.venueAddress || null : null,
      capacity: capacity === '' ? null : Number(capacity),
      targetPublics: publics as EventInput['targetPublics'],
      partnerIds: partners.map(Number),
      waitingList: f.waitingList,
    };
    create.mutate(body, { onSuccess: (ev) => onDone(ev.id) });
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
      <Title order={2} size="h3" mb="sm">
        {t('list.new')}
      </Title>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect label={t('form.kind')} value={f.kind} onChange={set('kind')} data={EVENT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
          <NativeSelect label={t('form.status')} value={f.status} onChange={set('status')} data={['draft', 'published'].map((s) => ({ value: s, label: t(`status.${s}`) }))} />
          <TextInput label={t('form.titleFr')} required value={f.titleFr} onChange={set('titleFr')} error={errors.titleFr} />
          <TextInput label={t('form.titleNl')} required value={f.titleNl} onChange={set('titleNl')} error={errors.titleNl} />
          <TextInput label={t('form.titleEn')} value={f.titleEn} onChange={set('titleEn')} />
          <NumberInput label={t('form.capacity')} min={1} value={capacity} onChange={setCapacity} error={errors.capacity} />
          <TextInput type="date" label={t('form.startDate')} required value={f.startDate} onChange={set('startDate')} error={errors.startsAt} />
          <TextInput type="time" label={`${t('form.startDate')} (HH:MM)`} required value={f.startTime} onChange={set('startTime')} />
          <TextInput type="date" label={t('form.endDate')} value={f.endDate} onChange={set('endDate')} error={errors.endsAt} />
          <TextInput type="time" label={`${t('form.endDate')} (HH:MM)`} required value={f.endTime} onChange={set('endTime')} />
        </SimpleGrid>
        <div>
          <Text size="sm" fw={500} id="place-kind">
            {t('form.placeKind')}
          </Text>
          <SegmentedControl
            aria-labelledby="place-kind"
            value={f.place}
            onChange={(v) => setF({ ...f, place: v })}
            data={[
              { value: 'room', label: t('form.ourRoom') },
              { value: 'venue', label: t('form.venue') },
            ]}
          />
        </div>
        {f.place === 'room' ? (
          <NativeSelect label={t('form.room')} value={f.roomId} onChange={set('roomId')} data={[{ value: '', label: '—' }, ...rooms.map((r) => ({ value: String(r.id), label: `${r.name} (${r.capacity})` }))]} error={errors.roomId} />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('form.venueName')} value={f.venueName} onChange={set('venueName')} />
            <TextInput label={t('form.venueAddress')} value={f.venueAddress} onChange={set('venueAddress')} />
          </SimpleGrid>
        )}
        <Textarea label={t('form.descriptionFr')} value={f.descriptionFr} onChange={set('descriptionFr')} autosize minRows={2} />
        <Textarea label={t('form.descriptionNl')} value={f.descriptionNl} onChange={set('descriptionNl')} autosize minRows={2} />
        <MultiSelect label={t('form.publics')} data={TARGET_PUBLICS.map((p) => ({ value: p, label: t(`publics.${p}`) }))} value={publics} onChange={setPublics} />
        <MultiSelect label={t('form.partners')} searchable data={(organisations.data?.items ?? []).map((o) => ({ value: String(o.id), label: o.name }))} value={partners} onChange={setPartners} />
        <Checkbox label={t('form.waitingList')} checked={f.waitingList} onChange={(e) => setF({ ...f, waitingList: e.currentTarget.checked })} />
        <ProblemAlert error={create.error} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('form.create')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

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
      {creating && <CreateEvent onDone={(id) => navigate(`/events/${id}`)} />}
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
