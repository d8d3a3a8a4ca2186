import { Anchor, Button, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/i18n';
import { useCan } from '../../app/auth';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { Pager } from '../../ui/Pager';
import { Loading } from '../../ui/Loading';
import { PAGE_SIZE, personName, useCommuneName, usePersonSearch } from './api';
import './i18n';

/** Find a person: one box for a name (spelling or sound), a phone number or a birth date, searched as you type. */
export function PeopleSearchPage() {
  const { t } = useTranslation('people');
  const canWrite = useCan('people.write');
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const search = usePersonSearch(debounced, { limit: PAGE_SIZE, page, minLength: 0 });
  const communeName = useCommuneName();

  // Keep the search in the address, so that "back" from a record shows the same results.
  useEffect(() => {
    if ((params.get('q') ?? '') === debounced) return;
    const next = new URLSearchParams(params);
    if (debounced) next.set('q', debounced);
    else next.delete('q');
    next.delete('page');
    setParams(next, { replace: true });
  }, [debounced, params, setParams]);

  const setPage = (p: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(p));
    setParams(next);
  };
  const data = search.data;
  const newPersonLink = debounced ? `/people/new?${new URLSearchParams({ typed: debounced })}` : '/people/new';

  return (
    <>
      <PageHeader
        title={t('search.title')}
        actions={
          canWrite && (
            <Button component={Link} to="/people/new">
              {t('search.new')}
            </Button>
          )
        }
      />
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <TextInput
          label={t('search.label')}
          description={t('picker.hint')}
          placeholder={t('search.placeholder')}
          type="search"
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          autoComplete="off"
          autoFocus
          mb="md"
        />
      </form>
      <ProblemAlert error={search.error} />
      {search.isPending ? (
        <Loading />
      ) : data ? (
        <>
          <Text size="sm" mb="xs" role="status" aria-live="polite">
            {data.total === 0 ? t('search.none') : data.totalIsMinimum ? t('search.resultsMore', { count: data.total }) : t('search.results', { count: data.total })}
          </Text>
          {data.items.length > 0 && (
            <TableScroll minWidth={480} label={t('search.caption')}>
              <Table striped highlightOnHover>
                <caption className="visually-hidden">{t('search.caption')}</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('columns.name')}</Table.Th>
                    <Table.Th scope="col">{t('columns.birthDate')}</Table.Th>
                    <Table.Th scope="col">{t('columns.commune')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/people/${p.id}`} fw={600}>
                          {personName(p, t('person.erased'))}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{p.birthDate ? formatDate(p.birthDate) : ''}</Table.Td>
                      <Table.Td>{communeName(p.commune)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
          <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} />
          {canWrite && debounced && (
            <Text size="sm" mt="md">
              <Anchor component={Link} to={newPersonLink}>
                {t('picker.create', { typed: debounced })}
              </Anchor>
            </Text>
          )}
        </>
      ) : null}
    </>
  );
}
