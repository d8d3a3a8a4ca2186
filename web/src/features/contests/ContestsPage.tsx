import { Anchor, Badge, Button, Group, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { formatDate } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { useContests, useCreateContest } from './api';
import './i18n';

export const statusColor = { draft: 'gray.7', open: 'teal.9', closed: 'dark.6' } as const;

/** The contests (Fundtruck's pitch contest...), and a form to start one. */
export function ContestsPage() {
  const { t } = useTranslation('contests');
  const list = useContests();
  const canManage = useCan('contests.manage');
  const create = useCreateContest();
  const navigate = useNavigate();
  const [form, setForm] = useState({ name: '', heldOn: '', eventId: '' as string | number });
  return (
    <>
      <PageHeader title={t('list.title')} />
      <Stack gap="lg">
        {list.isPending ? (
          <Loading />
        ) : !list.data ? (
          <ProblemAlert error={list.error} />
        ) : list.data.items.length === 0 ? (
          <Text>{t('list.none')}</Text>
        ) : (
          <TableScroll minWidth={520} label={t('list.title')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('list.name')}</Table.Th>
                  <Table.Th>{t('list.date')}</Table.Th>
                  <Table.Th>{t('list.status')}</Table.Th>
                  <Table.Th ta="right">{t('list.candidates')}</Table.Th>
                  <Table.Th ta="right">{t('list.jurors')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/contests/${c.id}`}>
                        {c.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{c.heldOn ? formatDate(c.heldOn) : '—'}</Table.Td>
                    <Table.Td>
                      <Badge color={statusColor[c.status]} variant="filled">
                        {t(`status.${c.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">{c.candidates}</Table.Td>
                    <Table.Td ta="right">{c.jurors}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
        {canManage && (
          <Paper withBorder p="md" component="section" aria-labelledby="new-contest">
            <Title order={2} size="h4" mb="sm" id="new-contest">
              {t('list.create')}
            </Title>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                create.mutate({ name: form.name, heldOn: form.heldOn || null, eventId: form.eventId ? Number(form.eventId) : null }, { onSuccess: (c) => navigate(`/contests/${c.id}`) });
              }}
            >
              <Group align="flex-end" wrap="wrap">
                <TextInput label={t('list.name')} required value={form.name} onChange={(e) => setForm({ ...form, name: e.currentTarget.value })} miw={240} />
                <TextInput type="date" label={t('list.date')} value={form.heldOn} onChange={(e) => setForm({ ...form, heldOn: e.currentTarget.value })} />
                <NumberInput label={t('list.eventId')} value={form.eventId} onChange={(v) => setForm({ ...form, eventId: v })} min={1} allowDecimal={false} miw={160} />
                <Button type="submit" loading={create.isPending}>
                  {t('list.submit')}
                </Button>
              </Group>
              <ProblemAlert error={create.error} />
            </form>
          </Paper>
        )}
      </Stack>
    </>
  );
}
