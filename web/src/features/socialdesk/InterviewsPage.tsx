import { Anchor, Badge, Button, NativeSelect, SimpleGrid, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../app/auth';
import { formatDate } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { Pager } from '../../ui/Pager';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { labelOf, useCategories, useInterviews, useSites, type Interview } from './api';
import './i18n';

const PAGE = 25;

export const interviewPersonName = (i: Interview, erased: string) => (i.person ? (i.person.erased ? erased : `${i.person.firstName} ${i.person.lastName}`) : '');

/** The social worker's list of interviews, newest first, with filters. */
export function InterviewsPage() {
  const { t } = useTranslation('socialdesk');
  const canWrite = useCan('socialdesk.write');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [siteId, setSiteId] = useState('');
  const [category, setCategory] = useState('');
  const [page, setPage] = useState(1);
  const sites = useSites();
  const categories = useCategories(true);
  const list = useInterviews({
    limit: PAGE,
    offset: (page - 1) * PAGE,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(siteId ? { siteId: Number(siteId) } : {}),
    ...(category ? { category } : {}),
  });
  return (
    <>
      <PageHeader
        title={t('list.title')}
        actions={
          canWrite && (
            <Button component={Link} to="/socialdesk/interviews/new">
              {t('list.new')}
            </Button>
          )
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 4 }} mb="md">
        <TextInput type="date" label={t('list.from')} value={from} onChange={(e) => (setFrom(e.currentTarget.value), setPage(1))} />
        <TextInput type="date" label={t('list.to')} value={to} onChange={(e) => (setTo(e.currentTarget.value), setPage(1))} />
        <NativeSelect
          label={t('list.site')}
          value={siteId}
          onChange={(e) => (setSiteId(e.currentTarget.value), setPage(1))}
          data={[{ value: '', label: t('list.allSites') }, ...(sites.data?.items ?? []).map((s) => ({ value: String(s.id), label: s.name }))]}
        />
        <NativeSelect
          label={t('list.category')}
          value={category}
          onChange={(e) => (setCategory(e.currentTarget.value), setPage(1))}
          data={[{ value: '', label: t('list.allCategories') }, ...(categories.data?.items ?? []).map((c) => ({ value: c.code, label: labelOf(c) }))]}
        />
      </SimpleGrid>
      <ProblemAlert error={list.error} />
      {list.isPending ? <Loading /> : list.data && list.data.items.length === 0 ? <Text role="status">{t('list.none')}</Text> : null}
      {list.data && list.data.items.length > 0 && <InterviewTable items={list.data.items} />}
      {list.data && <Pager page={page} total={list.data.total} pageSize={PAGE} onChange={setPage} />}
    </>
  );
}

export function InterviewTable({ items }: { items: Interview[] }) {
  const { t } = useTranslation('socialdesk');
  return (
    <TableScroll minWidth={720} label={t('list.caption')}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('list.date')}</Table.Th>
            <Table.Th>{t('list.person')}</Table.Th>
            <Table.Th>{t('list.site')}</Table.Th>
            <Table.Th>{t('list.kind')}</Table.Th>
            <Table.Th>{t('list.categories')}</Table.Th>
            <Table.Th>{t('list.next')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => {
            const name = interviewPersonName(i, t('list.erased'));
            return (
              <Table.Tr key={i.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/socialdesk/interviews/${i.id}`} aria-label={t('list.open', { date: formatDate(i.date), name })}>
                    {formatDate(i.date)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{name}</Table.Td>
                <Table.Td>{i.siteName}</Table.Td>
                <Table.Td>{t(`kind.${i.kind}`)}</Table.Td>
                <Table.Td>
                  {i.categories.map((c) => labelOf(c)).join(', ')}
                  {i.hasConfidentialNotes && (
                    <Badge ml="xs" size="xs" variant="outline" color="grape">
                      {t('list.confidential')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{i.nextStepDate ? `${formatDate(i.nextStepDate)} – ${i.nextStep ?? ''}` : (i.nextStep ?? '')}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
