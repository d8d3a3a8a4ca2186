import { Alert, Anchor, Badge, Button, Group, NativeSelect, Paper, Progress, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { Pager } from '../../ui/Pager';
import { TableScroll } from '../../ui/TableScroll';
import { formatDate, formatNumber } from '../../app/i18n';
import {
  ROWS_PER_PAGE,
  useCommit,
  useDecide,
  useDryRun,
  useFixRow,
  useImport,
  useImports,
  useProgress,
  useSetMapping,
  useUndo,
  type Decision,
  type ImportCounts,
  type ImportDetail,
  type ImportField,
  type ImportRow,
  type RowFilter,
} from './api';
import './i18n';

export const STATUS_COLOURS = { draft: '#a8380b', committed: '#237032', undone: 'gray.7' } as const;
const ROW_COLOURS = { new: '#237032', update: 'blue.9', duplicate: '#a8380b', error: 'red.9', skipped: 'gray.7', waiting: 'violet.9' } as const;

/** One import: the columns' mapping, every row with its status (errors fixed in place, duplicates decided), the commit and its undo. */
export function ImportPage() {
  const { t } = useTranslation('imports');
  const id = Number(useParams().id);
  const [filter, setFilter] = useState<RowFilter>('all');
  const [page, setPage] = useState(1);
  const batch = useImport(id, filter, page);
  if (batch.isPending) return <Loading />;
  if (!batch.data) return <ProblemAlert error={batch.error} />;
  const b = batch.data;
  return (
    <>
      <PageHeader title={t('batch.title', { file: b.fileName })} />
      <Group gap="xs" mb="md">
        <Badge color={STATUS_COLOURS[b.status]} variant="filled" style={{ textTransform: 'none' }}>
          {t(`batchStatus.${b.status}`)}
        </Badge>
        <Text size="sm">{t('batch.source', { source: b.source })}</Text>
        <Anchor component={Link} to="/imports" size="sm">
          {t('batch.back')}
        </Anchor>
      </Group>
      {b.status === 'draft' ? (
        <Stack gap="lg">
          <MappingSection batch={b} />
          <RowsSection
            batch={b}
            filter={filter}
            page={page}
            onFilter={(f) => {
              setFilter(f);
              setPage(1);
            }}
            onPage={setPage}
          />
          <CommitSection batch={b} />
        </Stack>
      ) : (
        <DoneSection batch={b} />
      )}
    </>
  );
}

function MappingSection({ batch }: { batch: ImportDetail }) {
  const { t } = useTranslation('imports');
  const list = useImports();
  const FIELDS: ImportField[] = list.data?.kinds.find((k) => k.kind === batch.kind)?.fields ?? batch.mapping.filter((f): f is ImportField => !!f);
  const [mapping, setMapping] = useState(batch.mapping);
  const save = useSetMapping(batch.id);
  const [saved, setSaved] = useState(false);
  useEffect(() => setMapping(batch.mapping), [batch.mapping]);
  const changed = JSON.stringify(mapping) !== JSON.stringify(batch.mapping);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="mapping-title">
      <Title order={2} size="h4" id="mapping-title" mb="xs">
        {t('mapping.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('mapping.intro')}
      </Text>
      <Group align="flex-end" gap="sm">
        {batch.headers.map((h, i) => (
          <NativeSelect
            key={i}
            w={200}
            label={t('mapping.column', { name: h || t('mapping.unnamed', { n: i + 1 }) })}
            value={mapping[i] ?? ''}
            onChange={(e) => {
              const v = e.currentTarget.value as ImportField | '';
              setSaved(false);
              setMapping(mapping.map((m, j) => (j === i ? (v || null) : m)));
            }}
            data={[{ value: '', label: t('mapping.none') }, ...FIELDS.map((f) => ({ value: f, label: t(`field.${f}`) }))]}
          />
        ))}
      </Group>
      <ProblemAlert error={save.error} />
      <Group mt="sm">
        <Button variant={changed ? 'filled' : 'default'} loading={save.isPending} disabled={!changed} onClick={() => save.mutate(mapping, { onSuccess: () => setSaved(true) })}>
          {t('mapping.save')}
        </Button>
        {saved && (
          <Text size="sm" role="status">
            {t('mapping.saved')}
          </Text>
        )}
      </Group>
    </Paper>
  );
}

function Counts({ counts }: { counts: ImportCounts }) {
  const { t } = useTranslation('imports');
  return (
    <Group gap="xs" role="list" aria-label={t('rows.counts')}>
      {(['new', 'update', 'duplicate', 'error', 'waiting'] as const).filter((s) => s !== 'waiting' || counts.waiting > 0).map((s) => (
        <Badge key={s} role="listitem" color={ROW_COLOURS[s]} variant="filled" style={{ textTransform: 'none' }}>
          {t(`rowStatus.${s}Count`, { count: counts[s], n: formatNumber(counts[s]) })}
        </Badge>
      ))}
    </Group>
  );
}

function RowsSection({ batch, filter, page, onFilter, onPage }: { batch: ImportDetail; filter: RowFilter; page: number; onFilter: (f: RowFilter) => void; onPage: (p: number) => void }) {
  const { t } = useTranslation('imports');
  const fields = batch.mapping.filter((f): f is ImportField => !!f);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="rows-title">
      <Title order={2} size="h4" id="rows-title" mb="xs">
        {t('rows.title')}
      </Title>
      {batch.counts && <Counts counts={batch.counts} />}
      <SegmentedControl
        my="sm"
        aria-label={t('rows.filter')}
        value={filter}
        onChange={(v) => onFilter(v as RowFilter)}
        data={[
          { value: 'all', label: t('rows.all') },
          { value: 'errors', label: t('rows.errors') },
          { value: 'duplicates', label: t('rows.duplicates') },
        ]}
      />
      {batch.rows.length === 0 ? (
        <Text c="dimmed">{t('rows.none')}</Text>
      ) : (
        <TableScroll minWidth={260 + fields.length * 150} label={t('rows.title')}>
          <Table striped verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('rows.line')}</Table.Th>
                <Table.Th>{t('rows.status')}</Table.Th>
                {fields.map((f) => (
                  <Table.Th key={f}>{t(`field.${f}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {batch.rows.map((row) => (
                <RowLine key={row.index} batchId={batch.id} row={row} fields={fields} />
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <Pager page={page} pageSize={ROWS_PER_PAGE} total={batch.total} onChange={onPage} />
    </Paper>
  );
}

function RowLine({ batchId, row, fields }: { batchId: number; row: ImportRow; fields: ImportField[] }) {
  const { t } = useTranslation('imports');
  const line = row.index + 2; // the header is line 1
  return (
    <Table.Tr>
      <Table.Td>{line}</Table.Td>
      <Table.Td miw={200}>
        <Badge color={ROW_COLOURS[row.status]} variant="filled" style={{ textTransform: 'none' }}>
          {t(`rowStatus.${row.status}`)}
        </Badge>
        {row.duplicateOf && <DuplicateChoice batchId={batchId} row={row} line={line} />}
      </Table.Td>
      {fields.map((f) =>
        row.errors[f] ? (
          <Table.Td key={f} miw={150}>
            <FixCell batchId={batchId} row={row.index} field={f} value={row.cells[f] ?? ''} error={row.errors[f]!} label={t('rows.fixLabel', { field: t(`field.${f}`), line })} />
          </Table.Td>
        ) : row.notes[f] ? (
          <Table.Td key={f} miw={150}>
            {row.cells[f]}
            <Text size="xs" c="blue.9">
              {row.notes[f]}
            </Text>
          </Table.Td>
        ) : (
          <Table.Td key={f}>{row.cells[f]}</Table.Td>
        ),
      )}
    </Table.Tr>
  );
}

/** A cell in error, fixed where it is: saved when the field is left or Enter pressed. */
function FixCell({ batchId, row, field, value, error, label }: { batchId: number; row: number; field: ImportField; value: string; error: string; label: string }) {
  const [text, setText] = useState(value);
  const fix = useFixRow(batchId);
  useEffect(() => setText(value), [value]);
  const save = () => {
    if (text !== value) fix.mutate({ row, values: { [field]: text } });
  };
  return (
    <TextInput
      size="xs"
      aria-label={label}
      value={text}
      error={error}
      disabled={fix.isPending}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          save();
        }
      }}
    />
  );
}

function DuplicateChoice({ batchId, row, line }: { batchId: number; row: ImportRow; line: number }) {
  const { t } = useTranslation('imports');
  const decide = useDecide(batchId);
  const d = row.duplicateOf!;
  const value = row.decision?.action ?? '';
  const inRegistry = d.personId !== null;
  const who = `${d.name}${d.birthDate ? ` (${formatDate(d.birthDate)})` : ''}`;
  return (
    <Stack gap={2} mt={4}>
      <Text size="xs">
        {inRegistry ? (
          <>
            {t('duplicate.registry')}{' '}
            <Anchor component={Link} to={`/people/${d.personId}`} size="xs">
              {who}
            </Anchor>
          </>
        ) : (
          t('duplicate.file', { line: (d.row ?? 0) + 2, who })
        )}{' '}
        — {t(`duplicate.reason.${d.reason}`)}
      </Text>
      <NativeSelect
        size="xs"
        aria-label={t('duplicate.decisionLabel', { line })}
        value={value}
        disabled={decide.isPending}
        onChange={(e) => {
          const a = e.currentTarget.value;
          const decision: Decision = a === '' ? null : a === 'link' || a === 'merge' ? { action: a, personId: d.personId! } : { action: a as 'skip' | 'new' };
          decide.mutate({ row: row.index, decision });
        }}
        data={[
          { value: '', label: t('duplicate.undecided') },
          { value: 'skip', label: t('duplicate.skip') },
          ...(inRegistry
            ? [
                { value: 'link', label: t('duplicate.link') },
                { value: 'merge', label: t('duplicate.merge') },
              ]
            : []),
          { value: 'new', label: t('duplicate.new') },
        ]}
      />
    </Stack>
  );
}

function CommitSection({ batch }: { batch: ImportDetail }) {
  const { t } = useTranslation('imports');
  const dry = useDryRun(batch.id);
  const commit = useCommit(batch.id);
  const progress = useProgress(batch.id, commit.isPending);
  const p = progress.data;
  const percent = p && p.total ? Math.round((p.done / p.total) * 100) : 0;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="commit-title">
      <Title order={2} size="h4" id="commit-title" mb="xs">
        {t('commit.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('commit.intro')}
      </Text>
      <Group>
        <Button variant="default" loading={dry.isPending} onClick={() => dry.mutate()}>
          {t('commit.dryRun')}
        </Button>
        <Button loading={commit.isPending} onClick={() => commit.mutate()}>
          {t('commit.submit')}
        </Button>
      </Group>
      {dry.data && (
        <Alert mt="sm" color="blue" role="status" title={t('commit.dryTitle')}>
          {t('commit.dryResult', {
            create: formatNumber(dry.data.willCreate),
            update: formatNumber(dry.data.willUpdate),
            refuse: formatNumber(dry.data.willRefuse),
            skip: formatNumber(dry.data.willSkip),
          })}
          {dry.data.noted ? <Text size="sm">{t('commit.dryNoted', { count: dry.data.noted })}</Text> : null}
        </Alert>
      )}
      {commit.isPending && (
        <Stack gap={4} mt="sm">
          <Text size="sm" id="commit-progress-label">
            {p?.phase === 'writing' ? t('commit.writing', { done: formatNumber(p.done), total: formatNumber(p.total) }) : t('commit.checking')}
          </Text>
          <Progress value={p?.phase === 'writing' ? percent : 100} animated={p?.phase !== 'writing'} aria-labelledby="commit-progress-label" size="lg" />
        </Stack>
      )}
      <ProblemAlert error={dry.error ?? commit.error} />
    </Paper>
  );
}

function DoneSection({ batch }: { batch: ImportDetail }) {
  const { t } = useTranslation('imports');
  const undo = useUndo(batch.id);
  const [confirming, setConfirming] = useState(false);
  const c = batch.counts;
  return (
    <Paper withBorder p="md" component="section">
      {batch.status === 'committed' ? (
        <Alert color="green" role="status" title={t('done.title')} mb="sm">
          {t('done.result', { created: formatNumber(c?.created ?? 0), updated: formatNumber(c?.updated ?? 0), refused: formatNumber(c?.willRefuse ?? 0), skipped: formatNumber(c?.willSkip ?? 0) })}
        </Alert>
      ) : (
        <Alert color="gray" role="status" mb="sm">
          {t('done.undone')}
        </Alert>
      )}
      {batch.status === 'committed' && (
        <>
          <Text size="sm" mb="sm">
            {t('done.undoHint')}
          </Text>
          {confirming ? (
            <Group>
              <Text size="sm" fw={600}>
                {t('done.undoConfirm', { count: c?.created ?? 0 })}
              </Text>
              <Button color="red" loading={undo.isPending} onClick={() => undo.mutate(undefined, { onSettled: () => setConfirming(false) })}>
                {t('done.undoYes')}
              </Button>
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('done.undoNo')}
              </Button>
            </Group>
          ) : (
            <Button variant="default" color="red" onClick={() => setConfirming(true)}>
              {t('done.undo')}
            </Button>
          )}
        </>
      )}
      <ProblemAlert error={undo.error} />
    </Paper>
  );
}
