import { ActionIcon, Badge, Button, Checkbox, Fieldset, Group, Modal, NativeSelect, SimpleGrid, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { Loading } from '../../ui/Loading';
import { SITE_KINDS, useSaveSite, useSites, type OpeningPeriod, type Site } from './api';
import './i18n';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** "lundi 08:30–12:30, 13:30–16:30 · mardi …" */
export function useHoursText() {
  const { t } = useTranslation('admin');
  return (hours: OpeningPeriod[]) =>
    WEEKDAYS.filter((d) => hours.some((h) => h.weekday === d))
      .map(
        (d) =>
          `${t(`weekdays.${d}`)} ${hours
            .filter((h) => h.weekday === d)
            .sort((a, b) => a.from.localeCompare(b.from))
            .map((h) => `${h.from}–${h.to}`)
            .join(', ')}`,
      )
      .join(' · ');
}

/** The Centrale's sites (Maison de l'Emploi, desks, antennas) and their opening hours. */
export function SitesPage() {
  const { t } = useTranslation('admin');
  const [all, setAll] = useState(false);
  const sites = useSites(all);
  const [editing, setEditing] = useState<Site | 'new' | null>(null);
  const small = useMediaQuery('(max-width: 36em)');
  const hoursText = useHoursText();
  return (
    <>
      <PageHeader title={t('sites.title')} actions={<Button onClick={() => setEditing('new')}>{t('sites.new')}</Button>} />
      <Switch label={t('sites.showInactive')} checked={all} onChange={(e) => setAll(e.currentTarget.checked)} mb="md" />
      <ProblemAlert error={sites.error} />
      {sites.isPending ? (
        <Loading />
      ) : (
        <TableScroll minWidth={720} label={t('sites.caption')}>
          <Table striped>
            <caption className="visually-hidden">{t('sites.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('sites.name')}</Table.Th>
                <Table.Th scope="col">{t('sites.kind')}</Table.Th>
                <Table.Th scope="col">{t('sites.address')}</Table.Th>
                <Table.Th scope="col">{t('sites.hours')}</Table.Th>
                <Table.Th scope="col">{t('sites.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sites.data?.items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td fw={600}>
                    {s.name}{' '}
                    {!s.active && (
                      <Badge size="sm" variant="filled" color="gray.8">
                        {t('sites.inactive')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`sites.kinds.${s.kind}`, { defaultValue: s.kind })}</Table.Td>
                  <Table.Td>{[s.address, s.postalCode].filter(Boolean).join(', ')}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{s.openingHours.length ? hoursText(s.openingHours) : t('sites.closed')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="default" aria-label={t('sites.editLabel', { name: s.name })} onClick={() => setEditing(s)}>
                      {t('sites.editShort')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <Modal
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
        opened={editing !== null}
        onClose={() => setEditing(null)}
        fullScreen={small}
        size="xl"
        title={editing === 'new' ? t('sites.new') : editing ? t('sites.edit', { name: editing.name }) : ''}
      >
        {editing && <SiteForm site={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />}
      </Modal>
    </>
  );
}

function SiteForm({ site, onDone }: { site?: Site; onDone: () => void }) {
  const { t } = useTranslation('admin');
  const save = useSaveSite();
  const [name, setName] = useState(site?.name ?? '');
  const [kind, setKind] = useState<Site['kind']>(site?.kind ?? 'antenna');
  const [address, setAddress] = useState(site?.address ?? '');
  const [postalCode, setPostalCode] = useState(site?.postalCode ?? '');
  const [hours, setHours] = useState<OpeningPeriod[]>(site?.openingHours ?? []);
  const [active, setActive] = useState(site?.active ?? true);
  const errors = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  const setPeriod = (index: number, patch: Partial<OpeningPeriod>) => setHours((h) => h.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          { id: site?.id, name, kind, address: address.trim() || null, postalCode: postalCode.trim() || null, openingHours: hours, active },
          { onSuccess: onDone },
        );
      }}
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('sites.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} />
          <NativeSelect
            label={t('sites.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as Site['kind'])}
            data={SITE_KINDS.map((k) => ({ value: k, label: t(`sites.kinds.${k}`) }))}
          />
          <TextInput label={t('sites.address')} value={address} onChange={(e) => setAddress(e.currentTarget.value)} error={errors.address} />
          <TextInput
            label={t('sites.postalCode')}
            inputMode="numeric"
            maxLength={4}
            value={postalCode}
            onChange={(e) => setPostalCode(e.currentTarget.value)}
            error={errors.postalCode}
          />
        </SimpleGrid>
        <Fieldset legend={t('sites.hours')}>
          <Stack gap="sm">
            {WEEKDAYS.map((d) => {
              const day = t(`weekdays.${d}`);
              const periods = hours.map((p, i) => ({ p, i })).filter(({ p }) => p.weekday === d);
              return (
                <div key={d} role="group" aria-label={day}>
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Text fw={600} tt="capitalize" w={100}>
                      {day}
                    </Text>
                    {periods.length === 0 && (
                      <Text size="sm" c="dimmed" style={{ flex: 1 }}>
                        {t('sites.closed')}
                      </Text>
                    )}
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('sites.addPeriodLabel', { day })}
                      onClick={() => setHours((h) => [...h, { weekday: d, from: periods.length ? '13:30' : '08:30', to: periods.length ? '16:30' : '12:30' }])}
                    >
                      {t('sites.addPeriod')}
                    </Button>
                  </Group>
                  {periods.map(({ p, i }) => (
                    <Group key={i} gap="xs" mt={4} wrap="wrap" align="flex-end">
                      <TextInput
                        type="time"
                        label={`${t('sites.from')} (${day})`}
                        value={p.from}
                        onChange={(e) => setPeriod(i, { from: e.currentTarget.value })}
                        w={130}
                        size="xs"
                      />
                      <TextInput
                        type="time"
                        label={`${t('sites.to')} (${day})`}
                        value={p.to}
                        onChange={(e) => setPeriod(i, { to: e.currentTarget.value })}
                        w={130}
                        size="xs"
                        error={errors[`openingHours.${i}.to`]}
                      />
                      <ActionIcon
                        variant="subtle"
                        color="red.9"
                        aria-label={t('sites.removePeriod', { from: p.from, to: p.to, day })}
                        onClick={() => setHours((h) => h.filter((_, j) => j !== i))}
                        mb={4}
                      >
                        <span aria-hidden>✕</span>
                      </ActionIcon>
                    </Group>
                  ))}
                </div>
              );
            })}
          </Stack>
        </Fieldset>
        <Checkbox label={t('sites.active')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />
        <ProblemAlert error={save.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
