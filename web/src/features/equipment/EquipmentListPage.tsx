import { useState } from 'react';
import { Anchor, Button, Checkbox, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fileUrl } from '../../app/api';
import { useCan } from '../../app/auth';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { KINDS, STATUSES, useAssets, type AssetKind, type AssetStatus, type AssetsQuery } from './api';
import { AssetFlags, StatusBadge, whereOf } from './parts';
import './i18n';

/** The register: every device, found by words, kind or status; its labels, the inventory (the EPN's PCs among them, added with the room's). */
export function EquipmentListPage() {
  const { t } = useTranslation('equipment');
  const canManage = useCan('equipment.manage');
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const kind = (params.get('kind') ?? '') as AssetKind | '';
  const status = (params.get('status') ?? '') as AssetStatus | '';
  const includeRetired = params.get('retired') === 'true';
  const query: AssetsQuery = { ...(q.trim() ? { q: q.trim() } : {}), ...(kind ? { kind } : {}), ...(status ? { status } : {}), ...(includeRetired ? { includeRetired: 'true' } : {}) };
  const assets = useAssets(query);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const items = assets.data?.items ?? [];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        actions={
          canManage && (
            <Button component={Link} to="/equipment/new">
              {t('list.add')}
            </Button>
          )
        }
      />
      <Stack>
        <Group align="end" wrap="wrap">
          <TextInput label={t('list.search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} style={{ flex: '1 1 16rem' }} />
          <NativeSelect label={t('list.kind')} value={kind} onChange={(e) => set('kind', e.currentTarget.value)} data={[{ value: '', label: t('list.all') }, ...KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))]} />
          <NativeSelect label={t('list.status')} value={status} onChange={(e) => set('status', e.currentTarget.value)} data={[{ value: '', label: t('list.all') }, ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]} />
          <Checkbox label={t('list.retired')} checked={includeRetired} onChange={(e) => set('retired', e.currentTarget.checked ? 'true' : '')} mb={8} />
        </Group>
        <Group gap="xs" wrap="wrap">
          <Button variant="light" component={Link} to={`/equipment/labels?ids=${items.map((a) => a.id).join(',')}`} disabled={!items.length}>
            {t('list.labels')} ({items.length})
          </Button>
          <Button variant="default" component="a" href={fileUrl('/api/equipment/assets/export', { ...query, format: 'xlsx' })}>
            {t('list.export')}
          </Button>
          <Button variant="default" component="a" href={fileUrl('/api/equipment/assets/export', { ...query, format: 'csv' })}>
            {t('list.exportCsv')}
          </Button>
        </Group>
        <ProblemAlert error={assets.error} />
        {assets.isPending ? (
          <Loading />
        ) : items.length === 0 ? (
          <Text>{t('list.none')}</Text>
        ) : (
          <>
            <Text size="sm" aria-live="polite">
              {t('list.count', { count: items.length })}
            </Text>
            <TableScroll minWidth={760} label={t('list.caption')}>
              <Table striped highlightOnHover>
                <Table.Caption className="visually-hidden">{t('list.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('list.tag')}</Table.Th>
                    <Table.Th scope="col">{t('list.name')}</Table.Th>
                    <Table.Th scope="col">{t('list.kind')}</Table.Th>
                    <Table.Th scope="col">{t('list.where')}</Table.Th>
                    <Table.Th scope="col">{t('list.status')}</Table.Th>
                    <Table.Th scope="col">{t('list.flags')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{a.tag}</Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/equipment/assets/${a.id}`}>
                          {a.name}
                        </Anchor>
                        {a.brand && (
                          <Text size="xs" c="dimmed">
                            {[a.brand, a.model].filter(Boolean).join(' ')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{t(`kind.${a.kind}`)}</Table.Td>
                      <Table.Td>{whereOf(a)}</Table.Td>
                      <Table.Td>
                        <StatusBadge status={a.status} />
                      </Table.Td>
                      <Table.Td>
                        <AssetFlags asset={a} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          </>
        )}
      </Stack>
    </>
  );
}
