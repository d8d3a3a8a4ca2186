import { useState } from 'react';
import { Button, Checkbox, Group, MultiSelect, NumberInput, Paper, SimpleGrid, Stack, Switch, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { Loading } from '../../ui/Loading';
import { EQUIPMENT, useAddClosure, useAllRooms, useClosures, useCreateRoom, useOrganisationSettings, useRemoveClosure, useSetOrganisationSettings, useUpdateRoom, type Room } from './api';
import './i18n';
import { keepTyped } from '../../app/mutation';

const euros = (cents: number) => cents / 100;

function RoomForm({ room, onDone }: { room?: Room; onDone: () => void }) {
  const { t } = useTranslation('rooms');
  const create = useCreateRoom();
  const update = useUpdateRoom();
  const [name, setName] = useState(room?.name ?? '');
  const [capacity, setCapacity] = useState<number | string>(room?.capacity ?? 10);
  const [equipment, setEquipment] = useState<string[]>(room?.equipment ?? []);
  const [half, setHalf] = useState<number | string>(euros(room?.halfDayPriceCents ?? 0));
  const [day, setDay] = useState<number | string>(euros(room?.dayPriceCents ?? 0));
  const [photoUrl, setPhotoUrl] = useState(room?.photoUrl ?? '');
  const [accessNotes, setAccessNotes] = useState(room?.accessNotes ?? '');
  const [active, setActive] = useState(room?.active ?? true);
  const m = room ? update : create;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const body = {
          name,
          capacity: Number(capacity),
          equipment: equipment as Room['equipment'],
          halfDayPriceCents: Math.round(Number(half) * 100),
          dayPriceCents: Math.round(Number(day) * 100),
          photoUrl: photoUrl || null,
          accessNotes: accessNotes || null,
          active,
        };
        if (room) update.mutate({ id: room.id, ...body }, { onSuccess: onDone });
        else create.mutate(body, { onSuccess: onDone });
      }}
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('admin.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required maxLength={120} />
          <NumberInput label={t('admin.capacity')} value={capacity} onChange={setCapacity} min={1} max={1000} required />
          <NumberInput label={t('admin.halfDayPrice')} value={half} onChange={setHalf} min={0} decimalScale={2} />
          <NumberInput label={t('admin.dayPrice')} value={day} onChange={setDay} min={0} decimalScale={2} />
        </SimpleGrid>
        <MultiSelect label={t('admin.equipment')} value={equipment} onChange={setEquipment} data={EQUIPMENT.map((e) => ({ value: e, label: t(`equipment.${e}`) }))} />
        <TextInput type="url" label={t('admin.photoUrl')} value={photoUrl} onChange={(e) => setPhotoUrl(e.currentTarget.value)} />
        <Textarea label={t('admin.accessNotes')} value={accessNotes} onChange={(e) => setAccessNotes(e.currentTarget.value)} maxLength={2000} />
        {room && <Checkbox label={t('admin.active')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />}
        <ProblemAlert error={m.error} />
        <Group>
          <Button type="submit" loading={m.isPending}>
            {t('calendar.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('calendar.close')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Logistics: rooms (capacity, equipment, prices, access), closures, and which organisations are named publicly or free. */
export function RoomsAdminPage() {
  const { t } = useTranslation('rooms');
  const rooms = useAllRooms();
  const closures = useClosures();
  const orgs = useOrganisationSettings();
  const addClosure = useAddClosure();
  const removeClosure = useRemoveClosure();
  const setOrg = useSetOrganisationSettings();
  const [editing, setEditing] = useState<Room | 'new' | null>(null);
  const [closure, setClosure] = useState({ roomId: '', from: '', to: '', reason: '' });
  const roomName = (id: number) => rooms.data?.items.find((r) => r.id === id)?.name ?? '';
  return (
    <>
      <PageHeader title={t('admin.title')} actions={<Button onClick={() => setEditing('new')}>{t('admin.newRoom')}</Button>} />
      {editing && (
        <Paper withBorder p="md" mb="md">
          <Title order={2} size="h3" mb="sm">
            {editing === 'new' ? t('admin.newRoom') : editing.name}
          </Title>
          <RoomForm room={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />
        </Paper>
      )}
      {rooms.isPending ? (
        <Loading />
      ) : (
        <TableScroll minWidth={760} label={t('admin.rooms')}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.name')}</Table.Th>
                <Table.Th scope="col">{t('admin.capacity')}</Table.Th>
                <Table.Th scope="col">{t('admin.equipment')}</Table.Th>
                <Table.Th scope="col">{t('admin.halfDayPrice')}</Table.Th>
                <Table.Th scope="col">{t('admin.dayPrice')}</Table.Th>
                <Table.Th scope="col">{t('pending.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rooms.data?.items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    {r.name}
                    {!r.active && ` (${t('admin.inactive')})`}
                  </Table.Td>
                  <Table.Td>{r.capacity}</Table.Td>
                  <Table.Td>{r.equipment.map((e) => t(`equipment.${e}`)).join(', ')}</Table.Td>
                  <Table.Td>{euros(r.halfDayPriceCents).toFixed(2)} €</Table.Td>
                  <Table.Td>{euros(r.dayPriceCents).toFixed(2)} €</Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" variant="default" aria-label={t('admin.editLabel', { name: r.name })} onClick={() => setEditing(r)}>
                      {t('admin.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}

      <Paper withBorder p="md" mt="lg">
        <Title order={2} size="h3" mb="sm">
          {t('admin.closures')}
        </Title>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            addClosure.mutate(
              { roomId: Number(closure.roomId), fromDate: closure.from, toDate: closure.to, reason: closure.reason || null },
              { onSuccess: () => setClosure(keepTyped(closure, { roomId: '', from: '', to: '', reason: '' })) },
            );
          }}
        >
          <SimpleGrid cols={{ base: 1, sm: 4 }} mb="sm">
            <NativeRoomSelect label={t('calendar.room')} value={closure.roomId} rooms={rooms.data?.items ?? []} onChange={(v) => setClosure({ ...closure, roomId: v })} />
            <TextInput type="date" label={t('admin.closedFrom')} value={closure.from} onChange={(e) => setClosure({ ...closure, from: e.currentTarget.value })} required />
            <TextInput type="date" label={t('admin.closedTo')} value={closure.to} onChange={(e) => setClosure({ ...closure, to: e.currentTarget.value })} required />
            <TextInput label={t('admin.reason')} value={closure.reason} onChange={(e) => setClosure({ ...closure, reason: e.currentTarget.value })} maxLength={500} />
          </SimpleGrid>
          <ProblemAlert error={addClosure.error ?? removeClosure.error} />
          <Button type="submit" mb="sm" loading={addClosure.isPending}>
            {t('admin.addClosure')}
          </Button>
        </form>
        {(closures.data?.items ?? []).length === 0 ? (
          <Text size="sm">{t('admin.noClosure')}</Text>
        ) : (
          <Table>
            <Table.Tbody>
              {closures.data?.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{roomName(c.roomId)}</Table.Td>
                  <Table.Td>
                    {formatDateTime(c.startsAt)} → {formatDateTime(c.endsAt)}
                  </Table.Td>
                  <Table.Td>{c.reason}</Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" color="red" variant="subtle" aria-label={t('admin.removeClosureLabel', { room: roomName(c.roomId) })} onClick={() => removeClosure.mutate(c.id)}>
                      {t('admin.removeClosure')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>

      <Paper withBorder p="md" mt="lg">
        <Title order={2} size="h3" mb="sm">
          {t('admin.organisations')}
        </Title>
        <Text size="sm" mb="sm">
          {t('admin.organisationsHelp')}
        </Text>
        <ProblemAlert error={setOrg.error} />
        <TableScroll minWidth={560} label={t('admin.organisations')}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.organisation')}</Table.Th>
                <Table.Th scope="col">{t('admin.showPublicly')}</Table.Th>
                <Table.Th scope="col">{t('admin.free')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {orgs.data?.items.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>{o.name}</Table.Td>
                  <Table.Td>
                    <Switch aria-label={t('admin.showPubliclyLabel', { name: o.name })} checked={o.showPublicly} onChange={(e) => setOrg.mutate({ id: o.id, showPublicly: e.currentTarget.checked })} />
                  </Table.Td>
                  <Table.Td>
                    {o.isInternalPartner ? (
                      <Text size="sm">{t('admin.internalPartner')}</Text>
                    ) : (
                      <Switch aria-label={t('admin.freeLabel', { name: o.name })} checked={o.freeOfCharge} onChange={(e) => setOrg.mutate({ id: o.id, freeOfCharge: e.currentTarget.checked })} />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Paper>
    </>
  );
}

function NativeRoomSelect({ label, value, rooms, onChange }: { label: string; value: string; rooms: Room[]; onChange: (v: string) => void }) {
  return (
    <Stack gap={4}>
      <label htmlFor="closure-room" style={{ fontSize: 14, fontWeight: 500 }}>
        {label}
      </label>
      <select id="closure-room" required value={value} onChange={(e) => onChange(e.currentTarget.value)} style={{ height: 36, borderRadius: 4, border: '1px solid #ced4da', padding: '0 8px' }}>
        <option value="">—</option>
        {rooms.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
    </Stack>
  );
}
