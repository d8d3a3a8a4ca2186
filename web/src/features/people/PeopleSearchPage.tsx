import { Anchor, Button, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/i18n';
import { hasRole, useMe } from '../../app/auth';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { Pager } from '../../ui/Pager';
import { Loading } from '../../ui/Loading';
import { PAGE_SIZE, PEOPLE_WRITERS, personName, useCommuneName, usePeopleSearch } from './api';
import './i18n';

/** Find a person: one box, searched as you type (accent- and typo-tolerant on the server). */
export function PeopleSearchPage() {
  const { t } = useTranslation('people');
  const me = useMe().data;
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const search = usePeopleSearch(debounced, page);
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

  return (
    <>
      <PageHeader
        title={t('search.title')}
        actions={
          hasRole(me, PEOPLE_WRITERS) && (
            <Button component={Link} to="/people/new">
              {t('search.new')}
            </Button>
          )
        }
      />
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <TextInput
          label={t('search.label')}
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
      ) : search.data ? (
        <>
          <Text size="sm" mb="xs" role="status" aria-live="polite">
            {search.data.total === 0 ? t('search.none') : t('search.results', { count: search.data.total })}
          </Text>
          {search.data.items.length > 0 && (
            <TableScroll minWidth={560} label={t('search.caption')}>
              <Table striped highlightOnHover>
                <caption className="visually-hidden">{t('search.caption')}</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('columns.name')}</Table.Th>
                    <Table.Th scope="col">{t('columns.birthDate')}</Table.Th>
                    <Table.Th scope="col">{t('columns.commune')}</Table.Th>
                    <Table.Th scope="col">{t('columns.phone')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {search.data.items.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/people/${p.id}`} fw={600}>
                          {personName(p, t('person.erased'))}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        {p.birthDate ? (
                          <>
                            {formatDate(p.birthDate)}
                            {p.age !== null && <Text span c="dimmed" size="sm">{` (${t('age', { count: p.age })})`}</Text>}
                          </>
                        ) : (
                          (p.birthYear ?? '')
                        )}
                      </Table.Td>
                      <Table.Td>{[p.postalCode, communeName(p.commune)].filter(Boolean).join(' ')}</Table.Td>
                      <Table.Td>{p.phone}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
          <Pager page={page} pageSize={PAGE_SIZE} total={search.data.total} onChange={setPage} />
        </>
      ) : null}
    </>
  );
}
