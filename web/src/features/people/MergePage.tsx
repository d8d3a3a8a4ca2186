import { Alert, Button, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { Loading } from '../../ui/Loading';
import { PAGE_SIZE, personName, useCommuneName, useMergePerson, usePersonSearch, usePerson, type Person } from './api';
import { PersonData } from './PersonData';
import './i18n';

/** Merge a duplicate into this record: find it, compare both side by side, confirm. */
export function MergePage() {
  const { t } = useTranslation('people');
  const keepId = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const otherId = Number(params.get('with')) || 0;
  const keep = usePerson(keepId);
  const other = usePerson(otherId);
  const merge = useMergePerson(keepId);
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const search = usePersonSearch(debounced, { limit: PAGE_SIZE });
  const communeName = useCommuneName();

  if (keep.isPending) return <Loading />;
  if (!keep.data) return <ProblemAlert error={keep.error} />;
  const keepName = personName(keep.data, t('person.erased'));
  const choose = (id: number) => setParams(id ? { with: String(id) } : {}, { replace: true });

  return (
    <>
      <PageHeader title={t('merge.title')} actions={<Button component={Link} to={`/people/${keepId}`} variant="default">{t('merge.back')}</Button>} />
      <Text mb="md">{t('merge.intro', { name: keepName })}</Text>
      {!otherId ? (
        <>
          <form role="search" onSubmit={(e) => e.preventDefault()}>
            <TextInput label={t('merge.search')} type="search" value={q} onChange={(e) => setQ(e.currentTarget.value)} autoComplete="off" mb="md" />
          </form>
          <ProblemAlert error={search.error} />
          {debounced && search.data && (
            <>
              <Text size="sm" role="status" mb="xs">
                {search.data.total === 0 ? t('search.none') : search.data.totalIsMinimum ? t('search.resultsMore', { count: search.data.total }) : t('search.results', { count: search.data.total })}
              </Text>
              <TableScroll minWidth={480} label={t('search.caption')}>
                <Table>
                  <caption className="visually-hidden">{t('search.caption')}</caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('columns.name')}</Table.Th>
                      <Table.Th scope="col">{t('columns.birthDate')}</Table.Th>
                      <Table.Th scope="col">{t('columns.commune')}</Table.Th>
                      <Table.Th scope="col">
                        <span className="visually-hidden">{t('merge.choose')}</span>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {search.data.items
                      .filter((p) => p.id !== keepId)
                      .map((p) => {
                        const name = personName(p, t('person.erased'));
                        return (
                          <Table.Tr key={p.id}>
                            <Table.Td>{name}</Table.Td>
                            <Table.Td>{formatDate(p.birthDate)}</Table.Td>
                            <Table.Td>{communeName(p.commune)}</Table.Td>
                            <Table.Td>
                              <Button size="xs" variant="light" onClick={() => choose(p.id)} aria-label={t('merge.chooseLabel', { name })}>
                                {t('merge.choose')}
                              </Button>
                            </Table.Td>
                          </Table.Tr>
                        );
                      })}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            </>
          )}
        </>
      ) : other.isPending ? (
        <Loading />
      ) : !other.data ? (
        <ProblemAlert error={other.error} />
      ) : (
        <Stack>
          <Title order={2} size="h3">
            {t('merge.preview')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Side title={t('merge.kept')} person={keep.data} highlight />
            <Side title={t('merge.removed')} person={other.data} />
          </SimpleGrid>
          <ProblemAlert error={merge.error} />
          {merge.isSuccess && (
            <Alert color="green" role="status">
              {t('merge.done')}
            </Alert>
          )}
          <Group wrap="wrap">
            <Button
              loading={merge.isPending}
              onClick={() => merge.mutate(otherId, { onSuccess: () => navigate(`/people/${keepId}`) })}
            >
              {t('merge.confirm')}
            </Button>
            <Button variant="default" component={Link} to={`/people/${otherId}/merge?with=${keepId}`} replace>
              {t('merge.swap')}
            </Button>
            <Button variant="subtle" onClick={() => choose(0)}>
              {t('common:actions.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
    </>
  );
}

function Side({ title, person, highlight }: { title: string; person: Person; highlight?: boolean }) {
  const { t } = useTranslation('people');
  return (
    <Paper withBorder p="md" style={highlight ? { borderWidth: 2, borderColor: 'var(--mantine-color-blue-8)' } : undefined}>
      <Title order={3} size="h4">
        {title}
      </Title>
      <Text fw={600} mb="sm">
        {personName(person, t('person.erased'))} · {t('person.id', { id: person.id })}
      </Text>
      <PersonData person={person} cols={{ base: 1 }} />
    </Paper>
  );
}
