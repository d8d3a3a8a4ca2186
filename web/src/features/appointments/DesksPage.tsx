import { Alert, Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { Loading } from '../../ui/Loading';
import { useCreateDesk, useDesks, useSites, useStaff, useUpdateDesk, type Desk, type DeskPeriod } from './api';
import './i18n';
import { keepTyped } from '../../app/mutation';

const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'];

/** The desks held on appointment (e.g. the job desk at the Espace Social Télé-Service on Wednesday mornings). */
export function DesksPage() {
  const { t } = useTranslation('appointments');
  const desks = useDesks(true);
  const sites = useSites();
  const staff = useStaff();
  const create = useCreateDesk();
  const update = useUpdateDesk();
  const [siteId, setSiteId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [staffUserId, setStaffUserId] = useState<string | null>(null);
  const [slotMinutes, setSlotMinutes] = useState<number>(30);
  const [module, setModule] = useState<Desk['module']>('socialdesk');
  const [hours, setHours] = useState<DeskPeriod[]>([{ weekday: 3, from: '09:00', to: '12:00' }]);
  const siteName = (id: number) => sites.data?.items.find((s) => s.id === id)?.name ?? '';
  const staffName = (id: number) => staff.data?.items.find((s) => s.id === id)?.name ?? '';
  const setPeriod = (i: number, patch: Partial<DeskPeriod>) => setHours((h) => h.map((p, j) => (j === i ? { ...p, ...patch } : p)));

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!siteId || !staffUserId) return;
    create.mutate(
      { siteId: Number(siteId), name: name.trim(), staffUserId: Number(staffUserId), slotMinutes, hours, module },
      { onSuccess: () => setName(keepTyped(name, '')) },
    );
  };

  return (
    <>
      <PageHeader title={t('desks.title')} />
      <ProblemAlert error={desks.error ?? update.error} />
      {desks.isPending ? (
        <Loading />
      ) : desks.data?.items.length === 0 ? (
        <Text mb="md">{t('desks.none')}</Text>
      ) : (
        <TableScroll minWidth={640} label={t('desks.caption')}>
          <Table striped mb="lg">
            <caption className="visually-hidden">{t('desks.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('desks.name')}</Table.Th>
                <Table.Th scope="col">{t('desks.site')}</Table.Th>
                <Table.Th scope="col">{t('desks.staff')}</Table.Th>
                <Table.Th scope="col">{t('desks.hours')}</Table.Th>
                <Table.Th scope="col">{t('desks.slotMinutes')}</Table.Th>
                <Table.Th scope="col">{t('desks.module')}</Table.Th>
                <Table.Th scope="col">{t('columns.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {desks.data?.items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{d.name}</Table.Td>
                  <Table.Td>{siteName(d.siteId)}</Table.Td>
                  <Table.Td>{staffName(d.staffUserId)}</Table.Td>
                  <Table.Td>{d.hours.map((p) => `${t(`weekday.${p.weekday}`)} ${p.from}–${p.to}`).join(', ')}</Table.Td>
                  <Table.Td>{d.slotMinutes}</Table.Td>
                  <Table.Td>{t(`desks.modules.${d.module}`)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="wrap">
                      <Text size="sm">{d.active ? t('desks.active') : t('desks.inactive')}</Text>
                      <Button size="compact-xs" variant="default" onClick={() => update.mutate({ id: d.id, active: !d.active })}>
                        {d.active ? t('desks.deactivate') : t('desks.activate')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}

      <Paper withBorder p="md" component="form" onSubmit={submit}>
        <Title order={2} size="h3" mb="sm">
          {t('desks.new')}
        </Title>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('desks.site')} required value={siteId} onChange={setSiteId} data={(sites.data?.items ?? []).map((s) => ({ value: String(s.id), label: s.name }))} />
            <TextInput label={t('desks.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={120} />
            <Select label={t('desks.staff')} required value={staffUserId} onChange={setStaffUserId} data={(staff.data?.items ?? []).map((s) => ({ value: String(s.id), label: s.name }))} />
            <NumberInput label={t('desks.slotMinutes')} required min={5} max={240} step={5} value={slotMinutes} onChange={(v) => setSlotMinutes(Number(v) || 30)} />
            <Select
              label={t('desks.module')}
              description={t('desks.moduleHelp')}
              required
              allowDeselect={false}
              value={module}
              onChange={(v) => v && setModule(v as Desk['module'])}
              data={(['socialdesk', 'appointments'] as const).map((m) => ({ value: m, label: t(`desks.modules.${m}`) }))}
            />
          </SimpleGrid>
          <Title order={3} size="h5">
            {t('desks.hours')}
          </Title>
          {hours.map((p, i) => (
            <Group key={i} gap="sm" align="flex-end" wrap="wrap">
              <Select
                label={t('desks.weekday')}
                value={String(p.weekday)}
                onChange={(v) => setPeriod(i, { weekday: Number(v) })}
                data={WEEKDAYS.map((w) => ({ value: w, label: t(`weekday.${w}`) }))}
                w={160}
              />
              <TextInput type="time" label={t('desks.from')} value={p.from} onChange={(e) => setPeriod(i, { from: e.currentTarget.value })} w={120} />
              <TextInput type="time" label={t('desks.to')} value={p.to} onChange={(e) => setPeriod(i, { to: e.currentTarget.value })} w={120} />
              {hours.length > 1 && (
                <Button variant="subtle" color="red" onClick={() => setHours((h) => h.filter((_, j) => j !== i))}>
                  {t('desks.removePeriod')}
                </Button>
              )}
            </Group>
          ))}
          <Group>
            <Button variant="default" onClick={() => setHours((h) => [...h, { weekday: 3, from: '09:00', to: '12:00' }])}>
              {t('desks.addPeriod')}
            </Button>
          </Group>
          <ProblemAlert error={create.error} />
          {create.isSuccess && (
            <Alert role="status" variant="light" color="green">
              {t('desks.created')}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('common:actions.create')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </>
  );
}
