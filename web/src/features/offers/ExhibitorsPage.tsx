import { Alert, Anchor, Button, Card, Code, Group, NativeSelect, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { fileUrl } from '../../app/api';
import { useCan } from '../../app/auth';
import { formatDate } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { TableScroll } from '../../ui/TableScroll';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { useOrganisations } from '../organisations/public';
import { inLanguage, KINDS, useAddExhibitor, useExhibitors, useMakeLink, useRevokeLink, type Exhibitor } from './api';
import './i18n';

/** Staff: the exhibitors of an event by stand, their private links, offers and job seekers met; the fair guide. */
export function ExhibitorsPage() {
  const { t } = useTranslation('offers');
  const canWrite = useCan('offers.write');
  const [params, setParams] = useSearchParams();
  const eventId = Number(params.get('event')) || null;
  const [typed, setTyped] = useState<number | string>(eventId ?? '');
  const exhibitors = useExhibitors(eventId);
  const makeLink = useMakeLink();
  const revoke = useRevokeLink();
  const [made, setMade] = useState<{ name: string; url: string } | null>(null);
  const items = exhibitors.data?.items ?? [];
  const eventTitle = items[0]?.event.title ? inLanguage(items[0].event.title) : eventId ? t('event', { id: eventId }) : '';
  const linkLabel = (x: Exhibitor) =>
    x.link.state === 'active' ? t('exhibitors.linkActive', { date: formatDate(new Date(Date.parse(x.link.expiresAt!) - 60_000)) }) : t(`exhibitors.link${x.link.state[0].toUpperCase()}${x.link.state.slice(1)}`);

  return (
    <>
      <PageHeader title={eventId ? `${t('exhibitors.title')} – ${eventTitle}` : t('exhibitors.title')} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (typed !== '') setParams({ event: String(typed) });
        }}
      >
        <Group align="flex-end" mb="md" wrap="wrap">
          <NumberInput label={t('exhibitors.eventId')} value={typed} onChange={setTyped} min={1} allowDecimal={false} w={200} />
          <Button type="submit" variant="default">
            {t('exhibitors.show')}
          </Button>
          {eventId && (
            <>
              <Button component="a" variant="default" href={`/p/offers/guide/${eventId}`}>
                {t('exhibitors.guide')}
              </Button>
              <Button component="a" variant="default" href={fileUrl('/api/offers/exhibitors/export', { eventId, format: 'xlsx' })}>
                {t('exhibitors.export')}
              </Button>
            </>
          )}
        </Group>
      </form>
      {!eventId ? (
        <Text>{t('exhibitors.pick')}</Text>
      ) : exhibitors.isPending ? (
        <Loading />
      ) : (
        <Stack gap="md">
          <ProblemAlert error={exhibitors.error ?? makeLink.error ?? revoke.error} />
          {made && (
            <Alert color="blue" role="status" title={t('exhibitors.linkMade', { name: made.name })} withCloseButton onClose={() => setMade(null)}>
              <Code block style={{ wordBreak: 'break-all' }}>
                {made.url}
              </Code>
            </Alert>
          )}
          <Text size="sm">
            {t('exhibitors.totals', {
              exhibitors: items.length,
              offers: items.reduce((n, x) => n + x.offers, 0),
              positions: items.reduce((n, x) => n + x.positions, 0),
              met: items.reduce((n, x) => n + x.metCount, 0),
            })}
          </Text>
          <TableScroll minWidth={820} label={t('exhibitors.caption')}>
            <Table striped>
              <caption className="visually-hidden">{t('exhibitors.caption')}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('exhibitors.stand')}</Table.Th>
                  <Table.Th>{t('exhibitors.organisation')}</Table.Th>
                  <Table.Th>{t('exhibitors.contact')}</Table.Th>
                  <Table.Th>{t('exhibitors.offers')}</Table.Th>
                  <Table.Th>{t('exhibitors.positions')}</Table.Th>
                  <Table.Th>{t('exhibitors.met')}</Table.Th>
                  <Table.Th>{t('exhibitors.link')}</Table.Th>
                  {canWrite && <Table.Th>{t('exhibitors.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={8}>{t('exhibitors.none')}</Table.Td>
                  </Table.Tr>
                )}
                {items.map((x) => (
                  <Table.Tr key={x.id}>
                    <Table.Td>{x.stand ?? '—'}</Table.Td>
                    <Table.Td>
                      {x.organisation.name}
                      <Text size="xs">{t(`kind.${x.kind}`)}</Text>
                    </Table.Td>
                    <Table.Td>
                      {x.contactName}
                      {x.contactEmail && (
                        <Text size="xs">
                          <Anchor href={`mailto:${x.contactEmail}`}>{x.contactEmail}</Anchor>
                        </Text>
                      )}
                      {x.contactPhone && <Text size="xs">{x.contactPhone}</Text>}
                    </Table.Td>
                    <Table.Td>{x.offers}</Table.Td>
                    <Table.Td>{x.positions}</Table.Td>
                    <Table.Td>{x.metCount}</Table.Td>
                    <Table.Td>{linkLabel(x)}</Table.Td>
                    {canWrite && (
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            loading={makeLink.isPending && makeLink.variables === x.id}
                            onClick={() => makeLink.mutate(x.id, { onSuccess: (l) => setMade({ name: x.organisation.name, url: `${window.location.origin}${l.path}` }) })}
                            aria-label={t('exhibitors.makeLink', { name: x.organisation.name })}
                          >
                            {t('exhibitors.makeLinkShort')}
                          </Button>
                          {x.link.state === 'active' && (
                            <Button size="xs" variant="default" color="red" onClick={() => revoke.mutate(x.id)} aria-label={t('exhibitors.revokeLink', { name: x.organisation.name })}>
                              {t('exhibitors.revoke')}
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
          {canWrite && <AddExhibitor eventId={eventId} />}
        </Stack>
      )}
    </>
  );
}

function AddExhibitor({ eventId }: { eventId: number }) {
  const { t } = useTranslation('offers');
  const orgs = useOrganisations('', false);
  const add = useAddExhibitor();
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [kind, setKind] = useState<(typeof KINDS)[number]>('employer');
  const [stand, setStand] = useState('');
  const [contactName, setContactName] = useState('');
  const [contactEmail, setContactEmail] = useState('');
  const [contactPhone, setContactPhone] = useState('');
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('exhibitors.add')}
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate(
            {
              eventId,
              organisationId: Number(organisationId),
              kind,
              stand: stand.trim() || null,
              contactName: contactName.trim() || null,
              contactEmail: contactEmail.trim() || null,
              contactPhone: contactPhone.trim() || null,
            },
            { onSuccess: () => (setOrganisationId(null), setStand(''), setContactName(''), setContactEmail(''), setContactPhone('')) },
          );
        }}
      >
        <Stack gap="sm">
          <ProblemAlert error={add.error} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('exhibitors.organisation')}
              value={organisationId}
              onChange={setOrganisationId}
              data={(orgs.data?.items ?? []).map((o) => ({ value: String(o.id), label: o.name }))}
              searchable
              required
            />
            <NativeSelect label={t('exhibitors.kind')} value={kind} onChange={(e) => setKind(e.currentTarget.value as typeof kind)} data={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
            <TextInput label={t('exhibitors.stand')} value={stand} onChange={(e) => setStand(e.currentTarget.value)} maxLength={20} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('exhibitors.contactName')} value={contactName} onChange={(e) => setContactName(e.currentTarget.value)} maxLength={120} />
            <TextInput label={t('exhibitors.contactEmail')} type="email" value={contactEmail} onChange={(e) => setContactEmail(e.currentTarget.value)} maxLength={200} />
            <TextInput label={t('exhibitors.contactPhone')} type="tel" value={contactPhone} onChange={(e) => setContactPhone(e.currentTarget.value)} maxLength={40} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={add.isPending}>
              {t('exhibitors.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
