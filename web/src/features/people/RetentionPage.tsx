import { Alert, Anchor, Button, Group, NumberInput, Paper, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { Loading } from '../../ui/Loading';
import { Pager } from '../../ui/Pager';
import { PAGE_SIZE, personName, useRetention, useSetRetention } from './api';
import './i18n';

/** GDPR retention: the period setting and the people inactive for longer, to review for erasure. */
export function RetentionPage() {
  const { t } = useTranslation('people');
  const [page, setPage] = useState(1);
  const list = useRetention(page);
  const save = useSetRetention();
  const [years, setYears] = useState<number | string>('');
  useEffect(() => {
    if (list.data && years === '') setYears(list.data.years);
  }, [list.data, years]);
  return (
    <>
      <PageHeader title={t('retention.title')} />
      <Text mb="md">{t('retention.intro')}</Text>
      <Paper withBorder p="md" mb="md">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (typeof years === 'number') save.mutate(years);
          }}
        >
          <Group align="flex-end" wrap="wrap">
            <NumberInput label={t('retention.years')} min={1} max={50} step={1} allowDecimal={false} value={years} onChange={setYears} w={220} />
            <Button type="submit" loading={save.isPending}>
              {t('retention.save')}
            </Button>
          </Group>
          <ProblemAlert error={save.error} />
          {save.isSuccess && (
            <Alert color="green" role="status" mt="sm">
              {t('retention.saved')}
            </Alert>
          )}
        </form>
      </Paper>
      <ProblemAlert error={list.error} />
      {list.isPending ? (
        <Loading />
      ) : list.data ? (
        <>
          <Text size="sm" mb="xs" role="status">
            {t('retention.cutoff', { date: formatDate(list.data.cutoff) })} · {list.data.total === 0 ? t('retention.none') : t('search.results', { count: list.data.total })}
          </Text>
          {list.data.items.length > 0 && (
            <TableScroll minWidth={480} label={t('retention.caption')}>
              <Table striped>
                <caption className="visually-hidden">{t('retention.caption')}</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('columns.name')}</Table.Th>
                    <Table.Th scope="col">{t('columns.firstContact')}</Table.Th>
                    <Table.Th scope="col">{t('columns.lastActivity')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/people/${p.id}`}>
                          {personName(p, t('person.erased'))}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{formatDate(p.firstContactDate)}</Table.Td>
                      <Table.Td>{formatDate(p.lastActivityAt)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
          <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onChange={setPage} />
        </>
      ) : null}
    </>
  );
}
