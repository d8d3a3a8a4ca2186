import { Anchor, Button, MultiSelect, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { formatDateTime } from '../../app/i18n';
import { today } from '../../app/time';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { TableScroll } from '../../ui/TableScroll';
import { useOrganisations } from '../organisations/public';
import { CIRCLE_KINDS, inLanguage, useCircles, useSaveCircle } from './api';
import './i18n';

/** Staff: circles, workshops and "job sur mesure" sessions; plan a new one with its partners. */
export function CirclesPage() {
  const { t, i18n } = useTranslation('matching');
  const circles = useCircles();
  const canWrite = useCan('matching.write');
  return (
    <Stack>
      <PageHeader title={t('circles.title')} />
      <ProblemAlert error={circles.error} />
      {circles.isPending ? (
        <Loading />
      ) : circles.data?.items.length ? (
        <TableScroll minWidth={560} label={t('circles.caption')}>
          <Table striped>
            <caption className="visually-hidden">{t('circles.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('circles.when')}</Table.Th>
                <Table.Th>{t('circles.name')}</Table.Th>
                <Table.Th>{t('circles.kind')}</Table.Th>
                <Table.Th>{t('circles.cases')}</Table.Th>
                <Table.Th>{t('circles.held')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {circles.data.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{formatDateTime(c.startsAt)}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/matching/circles/${c.id}`}>
                      {inLanguage(c.title, i18n.language)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`circleKind.${c.kind}`)}</Table.Td>
                  <Table.Td>{c.cases}</Table.Td>
                  <Table.Td>{c.heldAt ? t('circles.yes') : t('circles.no')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : (
        <Text>{t('circles.none')}</Text>
      )}
      {canWrite && <NewCircle />}
    </Stack>
  );
}

function NewCircle() {
  const { t } = useTranslation('matching');
  const save = useSaveCircle();
  const orgs = useOrganisations('', false);
  const blank = { kind: 'circle' as (typeof CIRCLE_KINDS)[number], titleFr: '', titleNl: '', date: today(), time: '09:30', place: '', partnerIds: [] as string[] };
  const [f, setF] = useState(blank);
  const [done, setDone] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ ...f, partnerIds: f.partnerIds.map(Number) }, { onSuccess: () => (setF(blank), setDone(true)) });
  };
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('circles.new')}
      </Title>
      <ProblemAlert error={save.error} />
      {done && (
        <Text role="status" c="#1b5e20" mb="sm">
          {t('circles.created')}
        </Text>
      )}
      <form onSubmit={submit}>
        <Stack>
          <NativeSelect label={t('circles.kind')} value={f.kind} onChange={(e) => setF({ ...f, kind: e.currentTarget.value as typeof f.kind })} data={CIRCLE_KINDS.map((k) => ({ value: k, label: t(`circleKind.${k}`) }))} maw={320} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('circles.titleFr')} value={f.titleFr} onChange={(e) => setF({ ...f, titleFr: e.currentTarget.value })} required maxLength={160} lang="fr" />
            <TextInput label={t('circles.titleNl')} value={f.titleNl} onChange={(e) => setF({ ...f, titleNl: e.currentTarget.value })} required maxLength={160} lang="nl" />
            <TextInput type="date" label={t('matches.date')} value={f.date} onChange={(e) => setF({ ...f, date: e.currentTarget.value })} required />
            <TextInput type="time" label={t('matches.time')} value={f.time} onChange={(e) => setF({ ...f, time: e.currentTarget.value })} required />
          </SimpleGrid>
          <TextInput label={t('matches.place')} value={f.place} onChange={(e) => setF({ ...f, place: e.currentTarget.value })} required maxLength={200} />
          <MultiSelect label={t('circles.partners')} data={(orgs.data?.items ?? []).map((o) => ({ value: String(o.id), label: o.name }))} value={f.partnerIds} onChange={(v) => setF({ ...f, partnerIds: v })} searchable />
          <Button type="submit" loading={save.isPending} maw={240}>
            {t('circles.create')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
