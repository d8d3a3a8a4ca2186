import { Anchor, Badge, Button, FileInput, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { TableScroll } from '../../ui/TableScroll';
import { formatDateTime, formatNumber } from '../../app/i18n';
import { useImports, useUpload, type ImportKind } from './api';
import { STATUS_COLOURS } from './ImportPage';
import './i18n';

/** Bringing a file of people or of their history in: upload, then map, check, fix and commit on the import's page; the imports so far. */
export function ImportsPage() {
  const { t } = useTranslation('imports');
  const navigate = useNavigate();
  const list = useImports();
  const upload = useUpload();
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState('');
  const [kind, setKind] = useState<ImportKind>('people');
  const kinds = list.data?.kinds.map((k) => k.kind) ?? ['people'];
  // Rows of history name their person (room bookings name none): those files come after the people's.
  const namesPerson = !!list.data?.kinds.find((k) => k.kind === kind)?.fields.includes('personExternalId');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    upload.mutate({ file, kind, source: source.trim() || 'import' }, { onSuccess: (b) => navigate(`/imports/${b.id}`) });
  };
  return (
    <>
      <PageHeader title={t('list.title')} />
      <Text mb="md">{t('list.intro')}</Text>
      <Paper withBorder p="md" mb="lg" component="form" onSubmit={submit} aria-labelledby="import-upload-title">
        <Title order={2} size="h4" id="import-upload-title" mb="sm">
          {t('upload.title')}
        </Title>
        <Stack gap="sm" maw={520}>
          <NativeSelect label={t('kind.label')} description={namesPerson ? t('kind.hint') : undefined} value={kind} onChange={(e) => setKind(e.currentTarget.value as ImportKind)} data={kinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
          <FileInput label={t('upload.file')} description={t('upload.fileHint')} accept=".xlsx,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" value={file} onChange={setFile} required clearable clearButtonProps={{ 'aria-label': t('upload.clear') }} />
          <TextInput label={t('upload.source')} description={t('upload.sourceHint')} value={source} onChange={(e) => setSource(e.currentTarget.value)} maxLength={60} />
          <ProblemAlert error={upload.error} />
          <Button type="submit" loading={upload.isPending} disabled={!file} style={{ alignSelf: 'flex-start' }}>
            {t('upload.submit')}
          </Button>
        </Stack>
      </Paper>
      <Title order={2} size="h4" mb="sm">
        {t('list.history')}
      </Title>
      <ProblemAlert error={list.error} />
      {list.isPending ? (
        <Loading />
      ) : list.data?.items.length ? (
        <TableScroll minWidth={640} label={t('list.history')}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.file')}</Table.Th>
                <Table.Th>{t('list.source')}</Table.Th>
                <Table.Th>{t('list.date')}</Table.Th>
                <Table.Th>{t('list.status')}</Table.Th>
                <Table.Th ta="right">{t('list.rows')}</Table.Th>
                <Table.Th ta="right">{t('list.written')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/imports/${b.id}`}>
                      {b.fileName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{b.source}</Table.Td>
                  <Table.Td>{formatDateTime(b.committedAt ?? b.createdAt)}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOURS[b.status]} variant="filled" style={{ textTransform: 'none' }}>
                      {t(`batchStatus.${b.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">{b.counts ? formatNumber(b.counts.rows) : '—'}</Table.Td>
                  <Table.Td ta="right">
                    {b.counts?.created !== undefined ? t('list.writtenValue', { created: formatNumber(b.counts.created), updated: formatNumber(b.counts.updated ?? 0) }) : '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : (
        <Text c="dimmed">{t('list.none')}</Text>
      )}
    </>
  );
}
