import { Anchor, Badge, Button, Group, Modal, NativeSelect, NumberInput, Select, SimpleGrid, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstitutionVars } from '../../app/institution';
import { fileUrl } from '../../app/api';
import { useCan } from '../../app/auth';
import { formatDate } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { TableScroll } from '../../ui/TableScroll';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { Pager } from '../../ui/Pager';
import { useOrganisations } from '../organisations/public';
import { inLanguage, SOURCES, STATUSES, useOffers, useSaveOffer, type Offer, type OffersQuery } from './api';
import { OfferForm } from './OfferForm';
import './i18n';

const PAGE = 25;

/** Staff: every job offer, by status; add, edit, publish, mark filled; export. */
export function OffersPage() {
  const { t } = useTranslation('offers');
  const inst = useInstitutionVars();
  const canWrite = useCan('offers.write');
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<OffersQuery['status'] | ''>('');
  const [offset, setOffset] = useState(0);
  const query: OffersQuery = { ...(q.trim() ? { q: q.trim() } : {}), ...(status ? { status } : {}), limit: PAGE, offset };
  const offers = useOffers(query);
  const [editing, setEditing] = useState<Offer | 'new' | null>(null);
  const save = useSaveOffer();
  const [saved, setSaved] = useState(false);

  return (
    <>
      <PageHeader
        title={t('list.title')}
        actions={
          <>
            <Button component="a" variant="default" href={fileUrl('/api/offers/export', status ? { status, format: 'xlsx' } : { format: 'xlsx' })}>
              {t('list.export')}
            </Button>
            {canWrite && (
              <Button
                onClick={() => {
                  save.reset();
                  setEditing('new');
                }}
              >
                {t('list.add')}
              </Button>
            )}
          </>
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} mb="md">
        <TextInput label={t('list.search')} value={q} onChange={(e) => (setQ(e.currentTarget.value), setOffset(0))} />
        <NativeSelect
          label={t('list.status')}
          value={status}
          onChange={(e) => (setStatus(e.currentTarget.value as OffersQuery['status'] | ''), setOffset(0))}
          data={[{ value: '', label: t('list.allStatuses') }, ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
        />
      </SimpleGrid>
      {saved && (
        <Text role="status" c="#1b5e20" mb="sm">
          {t('list.saved')}
        </Text>
      )}
      <ProblemAlert error={offers.error} />
      {offers.isPending ? (
        <Loading />
      ) : (
        offers.data && (
          <>
            <Text size="sm" mb="xs">
              {t('list.total', { count: offers.data.total })}
            </Text>
            <TableScroll minWidth={860} label={t('list.caption')}>
              <Table striped>
                <caption className="visually-hidden">{t('list.caption')}</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('list.offer')}</Table.Th>
                    <Table.Th>{t('list.employer')}</Table.Th>
                    <Table.Th>{t('list.contract')}</Table.Th>
                    <Table.Th>{t('list.positions')}</Table.Th>
                    <Table.Th>{t('list.validThrough')}</Table.Th>
                    <Table.Th>{t('list.status')}</Table.Th>
                    {canWrite && <Table.Th>{t('list.actions')}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {offers.data.items.length === 0 && (
                    <Table.Tr>
                      <Table.Td colSpan={7}>{t('list.none')}</Table.Td>
                    </Table.Tr>
                  )}
                  {offers.data.items.map((o) => (
                    <Table.Tr key={o.id}>
                      <Table.Td>
                        {o.status === 'published' ? <Anchor href={`/p/offers/${o.id}`}>{inLanguage(o.title)}</Anchor> : inLanguage(o.title)}
                        <Text size="xs">{t(`source.${o.source}`, inst)}{o.eventId ? ` · ${t('event', { id: o.eventId })}` : ''}</Text>
                      </Table.Td>
                      <Table.Td>{o.employer.name}</Table.Td>
                      <Table.Td>{t(`contract.${o.contractType}`)}</Table.Td>
                      <Table.Td>{o.positions}</Table.Td>
                      <Table.Td>{formatDate(o.validThrough)}</Table.Td>
                      <Table.Td>
                        <Badge variant="filled" color={o.status === 'published' ? '#1b5e20' : o.status === 'draft' ? 'gray.7' : 'dark'}>
                          {t(`status.${o.status}`)}
                        </Badge>
                      </Table.Td>
                      {canWrite && (
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            <Button size="xs" variant="default" onClick={() => (save.reset(), setEditing(o))} aria-label={t('list.edit', { title: inLanguage(o.title) })}>
                              {t('space.edit')}
                            </Button>
                            {o.status === 'draft' && (
                              <Button size="xs" onClick={() => save.mutate({ id: o.id, body: { status: 'published' } })}>
                                {t('list.publish')}
                              </Button>
                            )}
                            {o.status === 'published' && (
                              <Button size="xs" variant="default" onClick={() => save.mutate({ id: o.id, body: { status: 'filled' } })}>
                                {t('list.filled')}
                              </Button>
                            )}
                          </Group>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
            <Pager total={offers.data.total} pageSize={PAGE} page={offset / PAGE + 1} onChange={(p) => setOffset((p - 1) * PAGE)} />
          </>
        )
      )}
      <Modal closeButtonProps={{ 'aria-label': t('common:actions.close') }} opened={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? t('list.newTitle') : t('list.editTitle')} size="lg">
        {editing !== null && <StaffOfferForm offer={editing === 'new' ? null : editing} save={save} onDone={() => (setEditing(null), setSaved(true))} />}
      </Modal>
    </>
  );
}

function StaffOfferForm({ offer, save, onDone }: { offer: Offer | null; save: ReturnType<typeof useSaveOffer>; onDone: () => void }) {
  const { t } = useTranslation('offers');
  const inst = useInstitutionVars();
  const orgs = useOrganisations('', false);
  const [organisationId, setOrganisationId] = useState<string | null>(offer ? String(offer.employer.id) : null);
  const [source, setSource] = useState<Offer['source']>(offer?.source ?? 'staff');
  const [eventId, setEventId] = useState<number | string>(offer?.eventId ?? '');
  return (
    <>
      <ProblemAlert error={save.error} />
      <OfferForm
        initial={offer}
        pending={save.isPending}
        draftChoice={offer && offer.status !== 'draft' ? undefined : t('space.draft')}
        extra={
          <>
            <Select
              label={t('form.employer')}
              value={organisationId}
              onChange={setOrganisationId}
              data={(orgs.data?.items ?? []).map((o) => ({ value: String(o.id), label: o.name }))}
              searchable
              required
              nothingFoundMessage="—"
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect label={t('form.source')} value={source} onChange={(e) => setSource(e.currentTarget.value as Offer['source'])} data={SOURCES.map((s) => ({ value: s, label: t(`source.${s}`, inst) }))} />
              <NumberInput label={t('form.eventId')} value={eventId} onChange={setEventId} min={1} allowDecimal={false} />
            </SimpleGrid>
          </>
        }
        onSubmit={(fields, draft) => {
          const body = {
            ...fields,
            organisationId: Number(organisationId),
            source,
            eventId: eventId === '' ? null : Number(eventId),
            ...(offer && offer.status !== 'draft' ? {} : { status: draft ? ('draft' as const) : ('published' as const) }),
          };
          save.mutate({ id: offer?.id, body }, { onSuccess: onDone });
        }}
      />
    </>
  );
}
