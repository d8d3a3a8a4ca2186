import { Badge, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, formatTime } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { inLang, useProgress, useSessionDetail } from './api';
import { LevelsTable } from './ResultSheet';
import './i18n';

/** One diagnostic: its levels, every answer, and the person's first and latest diagnostic side by side. */
export function SessionPage() {
  const { t, i18n } = useTranslation('diagnostic');
  const id = Number(useParams().id);
  const detail = useSessionDetail(id);
  const d = detail.data;
  const progress = useProgress(d?.personId ?? null);
  if (detail.isPending) return <Loading />;
  if (!d) return <ProblemAlert error={detail.error} />;
  const p = progress.data;
  return (
    <>
      <PageHeader title={t('detail.title', { date: formatDate(d.startedAt) })} />
      <Stack>
        <Text>
          {d.person ? `${d.person.firstName} ${d.person.lastName}` : (d.reference ?? t('list.anonymous'))}
          {d.organisation ? ` · ${d.organisation.name}` : ''} · {d.mode === 'alone' ? t('list.alone') : t('list.helped', { name: d.helper ?? '?' })}
        </Text>
        {d.levels ? (
          <Paper withBorder p="md">
            <LevelsTable levels={d.levels} caption={t('result.overall', { level: t(`level.${d.overallLevel}`) })} />
          </Paper>
        ) : (
          <Text>{t('detail.notFinished')}</Text>
        )}
        {p && p.first && p.latest && (
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('detail.progress')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <LevelsTable levels={p.first} caption={t('detail.first')} />
              <LevelsTable levels={p.latest} caption={t('detail.latest')} />
            </SimpleGrid>
          </Paper>
        )}
        <Title order={2} size="h4">
          {t('detail.answers')}
        </Title>
        <TableScroll minWidth={560} label={t('detail.answers')}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>#</Table.Th>
                <Table.Th>{t('detail.item')}</Table.Th>
                <Table.Th>{t('bank.area')}</Table.Th>
                <Table.Th>{t('detail.response')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.answers.map((a) => (
                <Table.Tr key={a.position}>
                  <Table.Td>{a.position}</Table.Td>
                  <Table.Td>
                    {inLang(a.prompt, i18n.language)}
                    <Text size="xs" c="dimmed">
                      {a.itemCode} · {t('bank.level')} {a.level} · {formatTime(a.at)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`area.${a.area}`)}</Table.Td>
                  <Table.Td>
                    <Badge variant="filled" color={a.correct ? 'teal.9' : 'gray.7'} style={{ textTransform: 'none' }}>
                      {a.response === null ? t('detail.dontKnow') : a.correct ? t('detail.right') : t('detail.wrong')}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Stack>
    </>
  );
}
