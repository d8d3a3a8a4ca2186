import { Alert, Anchor, Badge, Button, FileInput, Group, List, Modal, NativeSelect, NumberInput, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { download, fileUrl } from '../../app/api';
import { formatNumber } from '../../app/i18n';
import { currentYear } from '../../app/time';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { useDeletePastYear, useImportPastFile, usePastCatalog, usePastFigures, useSavePastFigures, type Language, type PastFigure, type PastImport } from './api';

type Labels = PastFigure['labels'];
const inLang = (v: Labels | null, lang: string) => (v ? (v[lang as Language] ?? v.fr ?? v.nl ?? v.en ?? '') : '');

/**
 * Earlier years' figures: the direction brings in a past year's people-reached lines and report figures (a file made
 * from the template, or one figure at a time), with their source, so that next year's report compares with them.
 */
export function PastFiguresPage() {
  const { t, i18n } = useTranslation('observatory');
  const [params, setParams] = useSearchParams();
  const now = currentYear();
  const year = params.get('year') ? Number(params.get('year')) : now - 1;
  const figures = usePastFigures(year);
  const catalog = usePastCatalog(true);
  const importFile = useImportPastFile();
  const save = useSavePastFigures();
  const remove = useDeletePastYear();
  const [source, setSource] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<PastImport | null>(null);
  const [one, setOne] = useState<{ key: string | null; value: number | string; label: string }>({ key: null, value: '', label: '' });
  const [confirming, setConfirming] = useState(false);
  const lang = i18n.language;
  const items = figures.data?.items ?? [];
  const labelOf = (f: Pick<PastFigure, 'kind' | 'labels' | 'sectionTitles' | 'chartTitles'>) =>
    f.kind === 'line'
      ? `${t('report.peopleReached')} · ${inLang(f.labels, lang)}`
      : [inLang(f.sectionTitles, lang), f.kind === 'breakdown' ? inLang(f.chartTitles, lang) : null, inLang(f.labels, lang)].filter(Boolean).join(' · ');
  const chooseYear = (y: string) => {
    setResult(null);
    setParams({ year: y });
  };
  const onDone = (r: PastImport) => {
    setResult(r);
    // After a dry run the same file is kept, to be imported.
    if (!r.dryRun) setFile(null);
  };
  const changedOnes = result ? result.changes.filter((c) => c.action === 'update') : [];
  const labelOfKey = (key: string) => {
    const item = result?.items.find((i) => i.key === key);
    return item ? labelOf(item) : key;
  };

  return (
    <>
      <PageHeader
        title={t('past.title', { year })}
        actions={
          <>
            <NativeSelect aria-label={t('common:year')} value={String(year)} data={Array.from({ length: 10 }, (_, i) => String(now - 1 - i))} onChange={(e) => chooseYear(e.currentTarget.value)} />
            <Button variant="default" onClick={() => download(fileUrl('/api/observatory/past-figures/template', { year, format: 'xlsx' }))}>
              {t('past.templateXlsx')}
            </Button>
            <Button variant="default" onClick={() => download(fileUrl('/api/observatory/past-figures/template', { year, format: 'csv' }))}>
              {t('past.templateCsv')}
            </Button>
          </>
        }
      />
      <Stack>
        <Text>{t('past.intro')}</Text>
        <Alert color="blue">
          <Text fw={700}>{t('past.recordsWinTitle')}</Text>
          <Text>{t('past.recordsWin')}</Text>
        </Alert>
        <TextInput label={t('past.source')} description={t('past.sourceHint', { year })} required value={source} onChange={(e) => setSource(e.currentTarget.value)} />

        <Paper withBorder p="md">
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (file) importFile.mutate({ year, source: source.trim(), file }, { onSuccess: onDone });
            }}
          >
            <Stack>
              <Title order={2} size="h4">
                {t('past.fileTitle', { year })}
              </Title>
              <FileInput
                label={t('past.file')}
                description={t('past.fileHint')}
                accept=".xlsx,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                value={file}
                onChange={setFile}
                required
                clearable
                clearButtonProps={{ 'aria-label': t('past.clear') }}
              />
              <ProblemAlert error={importFile.error} />
              <Group>
                <Button
                  variant="default"
                  loading={importFile.isPending && importFile.variables?.dryRun}
                  disabled={!file || !source.trim() || importFile.isPending}
                  onClick={() => file && importFile.mutate({ year, source: source.trim(), file, dryRun: true }, { onSuccess: onDone })}
                >
                  {t('past.dryRun')}
                </Button>
                <Button type="submit" loading={importFile.isPending && !importFile.variables?.dryRun} disabled={!file || !source.trim() || importFile.isPending}>
                  {t('past.import')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>

        {result && (
          <Alert color={result.dryRun ? 'blue' : 'green'} role="status">
            <Text fw={700}>{t(result.dryRun ? 'past.dryDone' : 'past.done', { year: result.year })}</Text>
            <Text>{t(result.dryRun ? 'past.dryCounts' : 'past.counts', { created: result.created, updated: result.updated, unchanged: result.unchanged })}</Text>
            {result.dryRun && changedOnes.length > 0 && (
              <List size="sm">
                {changedOnes.map((c) => (
                  <List.Item key={c.key}>{t('past.dryChange', { label: labelOfKey(c.key), previous: formatNumber(c.previous ?? 0), value: formatNumber(c.value) })}</List.Item>
                ))}
              </List>
            )}
            {result.superseded.length > 0 && <Text>{t(result.dryRun ? 'past.drySuperseded' : 'past.supersededCount', { count: result.superseded.length })}</Text>}
            {!result.dryRun && <Anchor component={Link} c="blue.9" to={`/observatory/report/${result.year + 1}`}>
              {t('past.seeReport', { year: result.year + 1 })}
            </Anchor>}
          </Alert>
        )}

        <Paper withBorder p="md">
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (one.key && one.value !== '')
                save.mutate(
                  { year, source: source.trim(), items: [{ key: one.key, value: Number(one.value), label: one.label.trim() || null }] },
                  {
                    onSuccess: (r) => {
                      onDone(r);
                      setOne({ key: null, value: '', label: '' });
                    },
                  },
                );
            }}
          >
            <Stack>
              <Title order={2} size="h4">
                {t('past.formTitle')}
              </Title>
              <Text size="sm">{t('past.formHint')}</Text>
              <Select
                label={t('past.key')}
                searchable
                required
                value={one.key}
                onChange={(key) => setOne({ ...one, key })}
                data={(catalog.data?.items ?? []).map((k) => ({ value: k.key, label: `${labelOf(k)} (${k.key})` }))}
                nothingFoundMessage={t('past.noKey')}
              />
              <NumberInput label={t('past.value')} required min={0} decimalScale={3} value={one.value} onChange={(value) => setOne({ ...one, value })} />
              <ProblemAlert error={save.error} />
              <Button type="submit" loading={save.isPending} disabled={!one.key || one.value === '' || !source.trim()} style={{ alignSelf: 'flex-start' }}>
                {t('past.save')}
              </Button>
            </Stack>
          </form>
        </Paper>

        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('past.listTitle', { year })}
          </Title>
          {items.length > 0 && (
            <Button color="red.9" variant="outline" onClick={() => setConfirming(true)}>
              {t('past.deleteYear', { year })}
            </Button>
          )}
        </Group>
        {figures.isPending && <Loading />}
        <ProblemAlert error={figures.error ?? remove.error} />
        {figures.data && items.length === 0 && <Text c="dimmed">{t('past.none', { year })}</Text>}
        {items.length > 0 && (
          <TableScroll minWidth={560} label={t('past.listTitle', { year })}>
            <Table withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('past.figure')}</Table.Th>
                  <Table.Th ta="right">{t('past.value')}</Table.Th>
                  <Table.Th>{t('past.source')}</Table.Th>
                  <Table.Th>{t('past.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((f) => (
                  <Table.Tr key={f.key}>
                    <Table.Td>
                      {labelOf(f)}
                      <Text size="xs" c="dimmed">
                        {f.key}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">{formatNumber(f.value, { maximumFractionDigits: 3 })}</Table.Td>
                    <Table.Td>{f.source}</Table.Td>
                    <Table.Td>
                      <Badge variant="dot" color={f.superseded ? 'gray' : 'grape'}>
                        {f.superseded ? t('past.superseded') : t('past.shown')}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('past.deleteYear', { year })} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
        <Stack>
          <Text>{t('past.deleteConfirm', { year, count: items.length })}</Text>
          <Group>
            <Button
              color="red.9"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(year, {
                  onSuccess: () => {
                    setConfirming(false);
                    setResult(null);
                  },
                })
              }
            >
              {t('past.deleteYes')}
            </Button>
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common:actions.cancel')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
