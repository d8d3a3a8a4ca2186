import { Badge, Button, Group, NativeSelect, Paper, SimpleGrid, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api';
import { useOrganisations } from '../organisations/public';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { temporaryPassword, useCreatePartnerAccount, usePartnerAccounts, useUpdatePartnerAccount, type PartnerAccount } from './api';
import './i18n';

type Org = { id: number; name: string };

function NewPartnerForm({ orgs }: { orgs: Org[] }) {
  const { t, i18n } = useTranslation('diagnostic');
  const create = useCreatePartnerAccount();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [locale, setLocale] = useState(i18n.language.slice(0, 2) === 'nl' ? 'nl' : 'fr');
  const [password, setPassword] = useState(() => temporaryPassword());
  const [done, setDone] = useState<{ email: string; password: string } | null>(null);
  const errors = create.error instanceof ApiError ? create.error.fieldErrors() : {};
  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby="partner-new">
      <Title order={2} size="h4" mb="sm" id="partner-new">
        {t('partners.new')}
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate(
            { name, email, organisationId: Number(organisationId), password, locale: locale as 'fr' | 'nl' | 'en' },
            {
              onSuccess: () => {
                setDone({ email, password });
                setName('');
                setEmail('');
                setPassword(temporaryPassword());
              },
            },
          );
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('partners.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} autoComplete="off" />
          <TextInput label={t('partners.email')} type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={errors.email} autoComplete="off" />
          <NativeSelect
            label={t('partners.organisation')}
            required
            value={organisationId}
            onChange={(e) => setOrganisationId(e.currentTarget.value)}
            error={errors.organisationId}
            data={[{ value: '', label: t('partners.chooseOrganisation') }, ...orgs.map((o) => ({ value: String(o.id), label: o.name }))]}
          />
          <NativeSelect label={t('partners.locale')} value={locale} onChange={(e) => setLocale(e.currentTarget.value)} data={['fr', 'nl', 'en'].map((l) => ({ value: l, label: t(`common:language.${l}`) }))} />
          <Group align="flex-end" wrap="nowrap" gap="xs">
            <TextInput
              label={t('partners.password')}
              description={t('partners.passwordHint')}
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={errors.password}
              autoComplete="off"
              style={{ flex: 1 }}
              styles={{ input: { fontFamily: 'monospace' } }}
            />
            <Button variant="default" onClick={() => setPassword(temporaryPassword())}>
              {t('partners.generate')}
            </Button>
          </Group>
        </SimpleGrid>
        <ProblemAlert error={create.error} />
        <Group justify="flex-end" mt="md">
          <Button type="submit" loading={create.isPending} disabled={!organisationId}>
            {t('partners.create')}
          </Button>
        </Group>
        {done && (
          <Text role="status" mt="sm">
            {t('partners.created', { email: done.email, password: done.password })}
          </Text>
        )}
      </form>
    </Paper>
  );
}

function PartnerRow({ a, orgs }: { a: PartnerAccount; orgs: Org[] }) {
  const { t } = useTranslation('diagnostic');
  const update = useUpdatePartnerAccount();
  const [organisationId, setOrganisationId] = useState(a.organisationId ? String(a.organisationId) : '');
  return (
    <Table.Tr>
      <Table.Th scope="row">
        {a.name}
        <Text size="sm" c="dimmed">
          {a.email}
        </Text>
      </Table.Th>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <NativeSelect
            aria-label={t('partners.organisationOf', { name: a.name })}
            value={organisationId}
            onChange={(e) => setOrganisationId(e.currentTarget.value)}
            data={[{ value: '', label: t('partners.noOrganisation') }, ...orgs.map((o) => ({ value: String(o.id), label: o.name }))]}
          />
          <Button
            size="xs"
            variant="default"
            disabled={!organisationId || Number(organisationId) === a.organisationId}
            loading={update.isPending && update.variables?.organisationId !== undefined}
            onClick={() => update.mutate({ userId: a.userId, organisationId: Number(organisationId) })}
          >
            {t('partners.move')}
          </Button>
        </Group>
        <ProblemAlert error={update.error} />
      </Table.Td>
      <Table.Td>{a.active ? <Badge color="green">{t('partners.active')}</Badge> : <Badge color="gray">{t('partners.disabled')}</Badge>}</Table.Td>
      <Table.Td>
        <Button
          size="xs"
          color={a.active ? 'red' : undefined}
          variant={a.active ? 'light' : 'filled'}
          aria-label={t(a.active ? 'partners.disableLabel' : 'partners.enableLabel', { name: a.name })}
          loading={update.isPending && update.variables?.active !== undefined}
          onClick={() => update.mutate({ userId: a.userId, active: !a.active })}
        >
          {t(a.active ? 'partners.disable' : 'partners.enable')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

/** Partner services' accounts: each belongs to an organisation of the registry and sees only that organisation's diagnostics. */
export function PartnersPage() {
  const { t } = useTranslation('diagnostic');
  const accounts = usePartnerAccounts();
  const organisations = useOrganisations();
  const orgs: Org[] = (organisations.data?.items ?? []).map((o) => ({ id: o.id, name: o.name }));
  return (
    <>
      <PageHeader title={t('partners.title')} />
      <Text mb="md">{t('partners.intro')}</Text>
      <NewPartnerForm orgs={orgs} />
      <ProblemAlert error={accounts.error ?? organisations.error} />
      {accounts.isPending ? (
        <Loading />
      ) : accounts.data && accounts.data.items.length === 0 ? (
        <Text>{t('partners.none')}</Text>
      ) : (
        accounts.data && (
          <TableScroll minWidth={720} label={t('partners.title')}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('partners.account')}</Table.Th>
                  <Table.Th>{t('partners.organisation')}</Table.Th>
                  <Table.Th>{t('partners.status')}</Table.Th>
                  <Table.Th>
                    <span className="visually-hidden">{t('partners.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {accounts.data.items.map((a) => (
                  <PartnerRow key={a.userId} a={a} orgs={orgs} />
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )
      )}
    </>
  );
}
