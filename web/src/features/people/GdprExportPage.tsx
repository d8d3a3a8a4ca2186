import { Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { Loading } from '../../ui/Loading';
import { personName, usePersonExport } from './api';
import { PersonData, formatTimelineDate, useTimelineLabel } from './PersonData';
import './i18n';

/** Everything held on a person (GDPR right of access), as a page to print or save as PDF. */
export function GdprExportPage() {
  const { t } = useTranslation('people');
  const id = Number(useParams().id);
  const data = usePersonExport(id);
  const label = useTimelineLabel();
  if (data.isPending) return <Loading />;
  if (!data.data) return <ProblemAlert error={data.error} />;
  const { person, consents, timeline, accessLog, exportedAt } = data.data;
  return (
    <>
      <PageHeader
        title={t('export.title', { name: personName(person, t('person.erased')) })}
        actions={
          <>
            <Button className="no-print" onClick={() => window.print()}>
              {t('common:actions.print')}
            </Button>
            <Button className="no-print" variant="default" component={Link} to={`/people/${id}`}>
              {t('common:actions.back')}
            </Button>
          </>
        }
      />
      <Text size="sm" mb="md">
        {t('export.exportedAt', { date: formatDateTime(exportedAt) })} · {t('person.id', { id: person.id })}
      </Text>
      <Stack>
        <Paper withBorder p="md">
          <Title order={2} size="h3" mb="sm">
            {t('export.person')}
          </Title>
          <PersonData person={person} />
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h3" mb="sm">
            {t('export.consents')}
          </Title>
          {consents.length === 0 ? (
            <Text size="sm">{t('consent.none')}</Text>
          ) : (
            <TableScroll minWidth={420} label={t('export.consents')}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('consent.purpose')}</Table.Th>
                    <Table.Th scope="col">{t('export.at')}</Table.Th>
                    <Table.Th scope="col">{t('consent.inactive')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {consents.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>{t(`consent.${c.purpose}`, { defaultValue: c.purpose })}</Table.Td>
                      <Table.Td>{formatDate(c.givenAt)}</Table.Td>
                      <Table.Td>{c.withdrawnAt ? formatDate(c.withdrawnAt) : t('person.empty')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h3" mb="sm">
            {t('export.timeline')}
          </Title>
          <TableScroll minWidth={420} label={t('export.timeline')}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('export.at')}</Table.Th>
                  <Table.Th scope="col">{t('export.what')}</Table.Th>
                  <Table.Th scope="col">{t('export.detail')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {timeline.map((e, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{formatTimelineDate(e.at)}</Table.Td>
                    <Table.Td>{label(e)}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{e.summary ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h3" mb="sm">
            {t('export.accessLog')}
          </Title>
          <TableScroll minWidth={420} label={t('export.accessLog')}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('export.at')}</Table.Th>
                  <Table.Th scope="col">{t('export.action')}</Table.Th>
                  <Table.Th scope="col">{t('export.by')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {accessLog.map((a, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{formatDateTime(a.at)}</Table.Td>
                    <Table.Td>{a.action}</Table.Td>
                    <Table.Td>{a.actorName ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </Paper>
      </Stack>
    </>
  );
}
