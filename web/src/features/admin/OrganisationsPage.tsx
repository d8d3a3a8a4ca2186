import { Anchor, Badge, Button, Checkbox, Group, Modal, NativeSelect, SimpleGrid, Stack, Switch, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { Loading } from '../../ui/Loading';
import { ORGANISATION_TYPES, useOrganisations, useSaveOrganisation, type Organisation } from './api';
import './i18n';

/** Partner organisations: Actiris, Mission Locale, CPAS, ALE, training bodies, employers... */
export function OrganisationsPage() {
  const { t } = useTranslation('admin');
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const [all, setAll] = useState(false);
  const list = useOrganisations(debounced, all);
  const [editing, setEditing] = useState<Organisation | 'new' | null>(null);
  const small = useMediaQuery('(max-width: 36em)');
  return (
    <>
      <PageHeader title={t('organisations.title')} actions={<Button onClick={() => setEditing('new')}>{t('organisations.new')}</Button>} />
      <Group align="flex-end" mb="md" wrap="wrap">
        <TextInput label={t('organisations.search')} type="search" value={q} onChange={(e) => setQ(e.currentTarget.value)} style={{ flex: '1 1 240px' }} />
        <Switch label={t('organisations.showInactive')} checked={all} onChange={(e) => setAll(e.currentTarget.checked)} mb={6} />
      </Group>
      <ProblemAlert error={list.error} />
      {list.isPending ? (
        <Loading />
      ) : list.data?.items.length === 0 ? (
        <Text role="status">{t('organisations.none')}</Text>
      ) : (
        <TableScroll minWidth={760} label={t('organisations.caption')}>
          <Table striped>
            <caption className="visually-hidden">{t('organisations.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('organisations.name')}</Table.Th>
                <Table.Th scope="col">{t('organisations.type')}</Table.Th>
                <Table.Th scope="col">{t('organisations.address')}</Table.Th>
                <Table.Th scope="col">{t('organisations.contact')}</Table.Th>
                <Table.Th scope="col">{t('organisations.services')}</Table.Th>
                <Table.Th scope="col">{t('organisations.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.items.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td fw={600}>
                    {o.name}{' '}
                    {o.isInternalPartner && (
                      <Badge size="sm" variant="light">
                        {t('organisations.internal')}
                      </Badge>
                    )}
                    {!o.active && (
                      <Badge size="sm" variant="filled" color="gray.8">
                        {t('organisations.inactive')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`organisations.types.${o.type}`, { defaultValue: o.type })}</Table.Td>
                  <Table.Td>{[o.address, o.postalCode].filter(Boolean).join(', ')}</Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      {o.contactName && <Text size="sm">{o.contactName}</Text>}
                      {o.phone && <Text size="sm">{o.phone}</Text>}
                      {o.email && (
                        <Anchor href={`mailto:${o.email}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
                          {o.email}
                        </Anchor>
                      )}
                      {o.website && /^https?:\/\//.test(o.website) && (
                        <Anchor href={o.website} target="_blank" rel="noopener noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }}>
                          {o.website}
                        </Anchor>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-wrap' }}>
                      {o.services}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="default" aria-label={t('organisations.editLabel', { name: o.name })} onClick={() => setEditing(o)}>
                      {t('organisations.editShort')}
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
        size="lg"
        title={editing === 'new' ? t('organisations.new') : editing ? t('organisations.edit', { name: editing.name }) : ''}
      >
        {editing && <OrganisationForm organisation={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />}
      </Modal>
    </>
  );
}

function OrganisationForm({ organisation, onDone }: { organisation?: Organisation; onDone: () => void }) {
  const { t } = useTranslation('admin');
  const save = useSaveOrganisation();
  const [f, setF] = useState({
    name: organisation?.name ?? '',
    type: organisation?.type ?? 'association',
    address: organisation?.address ?? '',
    postalCode: organisation?.postalCode ?? '',
    phone: organisation?.phone ?? '',
    email: organisation?.email ?? '',
    website: organisation?.website ?? '',
    contactName: organisation?.contactName ?? '',
    services: organisation?.services ?? '',
    isInternalPartner: organisation?.isInternalPartner ?? false,
    active: organisation?.active ?? true,
  });
  const errors = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  const text = (k: 'name' | 'address' | 'postalCode' | 'phone' | 'email' | 'website' | 'contactName' | 'services') => ({
    value: f[k],
    error: errors[k],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const v = e.currentTarget.value;
      setF((x) => ({ ...x, [k]: v }));
    },
  });
  const orNull = (v: string) => (v.trim() === '' ? null : v.trim());
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          {
            id: organisation?.id,
            name: f.name,
            type: f.type as (typeof ORGANISATION_TYPES)[number],
            address: orNull(f.address),
            postalCode: orNull(f.postalCode),
            phone: orNull(f.phone),
            email: orNull(f.email),
            website: orNull(f.website),
            contactName: orNull(f.contactName),
            services: orNull(f.services),
            isInternalPartner: f.isInternalPartner,
            active: f.active,
          },
          { onSuccess: onDone },
        );
      }}
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('organisations.name')} required {...text('name')} />
          <NativeSelect
            label={t('organisations.type')}
            value={f.type}
            onChange={(e) => {
              const v = e.currentTarget.value as Organisation['type'];
              setF((x) => ({ ...x, type: v }));
            }}
            data={ORGANISATION_TYPES.map((k) => ({ value: k, label: t(`organisations.types.${k}`) }))}
          />
          <TextInput label={t('organisations.address')} {...text('address')} />
          <TextInput label={t('organisations.postalCode')} inputMode="numeric" maxLength={4} {...text('postalCode')} />
          <TextInput label={t('organisations.contactName')} {...text('contactName')} />
          <TextInput label={t('organisations.phone')} type="tel" {...text('phone')} />
          <TextInput label={t('organisations.email')} type="email" {...text('email')} />
          <TextInput label={t('organisations.website')} description={t('organisations.websiteHint')} type="url" {...text('website')} />
        </SimpleGrid>
        <Textarea label={t('organisations.services')} autosize minRows={3} maxRows={10} {...text('services')} />
        <Checkbox
          label={t('organisations.internalPartner')}
          checked={f.isInternalPartner}
          onChange={(e) => {
            const v = e.currentTarget.checked;
            setF((x) => ({ ...x, isInternalPartner: v }));
          }}
        />
        <Checkbox
          label={t('organisations.active')}
          checked={f.active}
          onChange={(e) => {
            const v = e.currentTarget.checked;
            setF((x) => ({ ...x, active: v }));
          }}
        />
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
