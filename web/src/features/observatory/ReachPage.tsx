import { ActionIcon, Alert, Anchor, Badge, Button, Group, List, Modal, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { download, fileUrl } from '../../app/api';
import { formatDate, formatNumber } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import {
  useDeleteManualFigure,
  useManualFigures,
  usePeopleBehind,
  usePeopleReached,
  useSaveManualFigure,
  useSaveSettings,
  useSettings,
  type ManualFigureInput,
  type ReachRow,
  type Unit,
} from './api';
import { ComparisonBarChart } from './ComparisonBarChart';
import { PeopleReachedTable } from './ReportPage';
import { keepTyped } from '../../app/mutation';
import { TableScroll } from '../../ui/TableScroll';

const UNITS: Unit[] = ['distinct_people', 'participations', 'head_count', 'external'];

/** The report's closing table, "Nombre de personnes touchées", for a chosen year (the default year unless the address says one). */
export function ReachPage() {
  const { t } = useTranslation('observatory');
  const [params, setParams] = useSearchParams();
  const asked = params.get('year') ? Number(params.get('year')) : undefined;
  const reached = usePeopleReached(asked);
  const data = reached.data;
  const canEdit = useCan('observatory.edit');
  const [drill, setDrill] = useState<ReachRow | null>(null);
  return (
    <>
      <Modal opened={drill !== null} onClose={() => setDrill(null)} title={drill ? t('reach.peopleTitle', { line: drill.label }) : ''} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
        {drill && data && <PeopleBehind year={data.year} line={drill} />}
      </Modal>
      <PageHeader
        title={data ? t('reach.title', { year: data.year }) : t('nav.reach')}
        actions={
          data && (
            <>
              <NativeSelect
                aria-label={t('common:year')}
                value={String(data.year)}
                data={Array.from({ length: 8 }, (_, i) => String(data.defaultYear - i))}
                onChange={(e) => setParams({ year: e.currentTarget.value })}
              />
              <Button variant="default" onClick={() => download(fileUrl('/api/observatory/people-reached/export', { year: data.year, format: 'xlsx' }))}>
                {t('common:actions.exportXlsx')}
              </Button>
              <Button variant="default" onClick={() => download(fileUrl('/api/observatory/people-reached/export', { year: data.year, format: 'csv' }))}>
                {t('common:actions.exportCsv')}
              </Button>
            </>
          )
        }
      />
      <Text mb="md">{t('reach.intro')}</Text>
      {reached.isPending && <Loading />}
      <ProblemAlert error={reached.error} />
      {data && (
        <Stack>
          {data.empty && (
            <Alert color="gray" role="status">
              {t('reach.empty', { year: data.year })}
            </Alert>
          )}
          {data.provisional && (
            <Alert color="yellow" role="status">
              {t('report.provisional', { year: data.year })}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Paper withBorder p="md">
              <Text size="sm" c="dimmed">
                {t('reach.totalSum')}
              </Text>
              <Text fz={32} fw={700}>
                {formatNumber(data.total)}
              </Text>
              {UNITS.filter((u) => data.totalByUnit[u] > 0).map((u) => (
                <Text key={u} size="sm">
                  {t('reach.byUnit', { value: formatNumber(data.totalByUnit[u]), unit: t(`reach.units.${u}`) })}
                </Text>
              ))}
            </Paper>
            <Paper withBorder p="md">
              <Text size="sm" c="dimmed">
                {t('reach.distinct')}
              </Text>
              <Text fz={32} fw={700}>
                {formatNumber(data.distinctPeopleAllTracked)}
              </Text>
              <Text size="sm">{t('reach.distinctHelp')}</Text>
            </Paper>
          </SimpleGrid>
          {data.rows.length > 0 && (
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="sm">
                {t('reach.chartTitle')}
              </Title>
              <ComparisonBarChart year={data.year} items={data.rows} />
            </Paper>
          )}
          <PeopleReachedTable
            data={data}
            extra={(row) => {
              const line = data.lines.find((l) => l.key === row.key);
              return (
                <Group gap={4} mt={2}>
                  {/* A coloured dot and dark text: light orange badges fail the contrast check (WCAG AA). */}
                  <Badge variant="dot" color={row.origin === 'manual' ? 'orange' : row.origin === 'imported' ? 'grape' : 'blue'}>
                    {t(`reach.${row.origin}`)}
                  </Badge>
                  {row.previousOrigin === 'imported' && row.origin !== 'imported' && (
                    <Badge variant="dot" color="grape">
                      {t('past.previousImported', { year: data.year - 1 })}
                    </Badge>
                  )}
                  {line?.supersededManual && <Text size="xs">{t('reach.superseded', { value: line.supersededManual.value })}</Text>}
                  {line?.supersededImport && <Text size="xs">{t('past.supersededLine', { value: line.supersededImport.value })}</Text>}
                  {row.peopleListable && (row.value ?? 0) > 0 && (
                    <Button size="compact-xs" variant="subtle" className="no-print" onClick={() => setDrill(row)} aria-label={`${t('reach.people')}: ${row.label}`}>
                      {t('reach.people')}
                    </Button>
                  )}
                </Group>
              );
            }}
          />
          <OpenData year={data.year} />
          {canEdit && <ManualFigures year={data.year} />}
        </Stack>
      )}
    </>
  );
}

/** Where the open data is, under which licence; the admin sets the licence and the publisher's name. */
function OpenData({ year }: { year: number }) {
  const { t } = useTranslation('observatory');
  const settings = useSettings().data;
  const canConfigure = useCan('observatory.configure');
  const licence = settings?.licences.find((l) => l.id === settings.licence);
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4">
        {t('openData.title')}
      </Title>
      <Text size="sm" mb="xs">
        {t('openData.intro')}
      </Text>
      {licence && (
        <Text size="sm" mb="xs">
          {t('openData.licence', { licence: '' })}
          <Anchor href={licence.url} target="_blank" rel="noopener">
            {licence.title}
          </Anchor>
        </Text>
      )}
      <Group gap="xs">
        <Button size="compact-sm" variant="subtle" component="a" href={fileUrl('/api/observatory/open-data', { year, format: 'csv' })}>
          {t('openData.csv')} {year}
        </Button>
        <Button size="compact-sm" variant="subtle" component="a" href={fileUrl('/api/observatory/open-data', { year, format: 'json' })}>
          {t('openData.json')} {year}
        </Button>
        <Button size="compact-sm" variant="subtle" component="a" href="/api/observatory/open-data/schema">
          {t('openData.schema')}
        </Button>
        <Button size="compact-sm" variant="subtle" component="a" href="/api/observatory/open-data/dcat">
          {t('openData.dcat')}
        </Button>
      </Group>
      {canConfigure && settings && <SettingsForm key={JSON.stringify(settings)} settings={settings} />}
    </Paper>
  );
}

function SettingsForm({ settings }: { settings: NonNullable<ReturnType<typeof useSettings>['data']> }) {
  const { t } = useTranslation('observatory');
  const save = useSaveSettings();
  const [form, setForm] = useState({ licence: settings.licence, publisher: settings.publisher, contactEmail: settings.contactEmail ?? '' });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ licence: form.licence, publisher: form.publisher, contactEmail: form.contactEmail.trim() || null });
      }}
    >
      <Title order={3} size="h5" mt="md">
        {t('openData.settings')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('openData.licenceLabel')}
          value={form.licence}
          data={settings.licences.map((l) => ({ value: l.id, label: l.title }))}
          onChange={(e) => setForm({ ...form, licence: e.currentTarget.value as typeof form.licence })}
        />
        {(['fr', 'nl', 'en'] as const).map((l) => (
          <TextInput
            key={l}
            lang={l}
            required
            label={t('openData.publisher', { language: t(`report.languages.${l}`) })}
            value={form.publisher[l]}
            onChange={(e) => setForm({ ...form, publisher: { ...form.publisher, [l]: e.currentTarget.value } })}
          />
        ))}
        <TextInput type="email" label={t('openData.contactEmail')} value={form.contactEmail} onChange={(e) => setForm({ ...form, contactEmail: e.currentTarget.value })} />
      </SimpleGrid>
      <ProblemAlert error={save.error} />
      <Button type="submit" mt="sm" loading={save.isPending}>
        {t('openData.save')}
      </Button>
    </form>
  );
}

function ManualFigures({ year }: { year: number }) {
  const { t } = useTranslation('observatory');
  const figures = useManualFigures(year);
  const save = useSaveManualFigure();
  const remove = useDeleteManualFigure();
  const blank = { activityKey: '', label: '', labelNl: '', labelEn: '', value: 0 as number | string, unit: 'head_count' as Unit, source: '' };
  const [form, setForm] = useState(blank);
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4">
        {t('manual.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('manual.intro')}
      </Text>
      {figures.data && figures.data.items.length > 0 && (
        <TableScroll minWidth={500}>
          <Table mb="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('manual.label')}</Table.Th>
                <Table.Th ta="right">{t('manual.value')}</Table.Th>
                <Table.Th>{t('manual.source')}</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">{t('common:actions.delete')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {figures.data.items.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>
                    {f.label}
                    {f.labelNl && (
                      <Text size="xs" lang="nl">
                        {f.labelNl}
                      </Text>
                    )}
                    <Text size="xs" c="dimmed">
                      {f.activityKey} · {t(`reach.units.${f.unit}`)} · {t('manual.enteredBy', { date: formatDate(f.enteredAt) })}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(f.value)}</Table.Td>
                  <Table.Td>{f.source}</Table.Td>
                  <Table.Td>
                    <ActionIcon variant="subtle" color="red" aria-label={t('manual.remove', { label: f.label })} onClick={() => remove.mutate(f.id)}>
                      ✕
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const body: ManualFigureInput = { year, ...form, labelNl: form.labelNl.trim() || null, labelEn: form.labelEn.trim() || null, value: Number(form.value) };
          save.mutate(body, { onSuccess: () => setForm(keepTyped(form, blank)) });
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('manual.label')} lang="fr" required value={form.label} onChange={(e) => setForm({ ...form, label: e.currentTarget.value })} />
          <TextInput label={t('manual.labelNl')} lang="nl" value={form.labelNl} onChange={(e) => setForm({ ...form, labelNl: e.currentTarget.value })} />
          <TextInput label={t('manual.labelEn')} lang="en" value={form.labelEn} onChange={(e) => setForm({ ...form, labelEn: e.currentTarget.value })} />
          <TextInput label={t('manual.key')} required value={form.activityKey} onChange={(e) => setForm({ ...form, activityKey: e.currentTarget.value })} />
          <NumberInput label={t('manual.value')} required min={0} value={form.value} onChange={(v) => setForm({ ...form, value: v })} />
          <NativeSelect
            label={t('manual.unit')}
            value={form.unit}
            data={UNITS.map((u) => ({ value: u, label: t(`reach.units.${u}`) }))}
            onChange={(e) => setForm({ ...form, unit: e.currentTarget.value as Unit })}
          />
          <TextInput label={t('manual.source')} required value={form.source} onChange={(e) => setForm({ ...form, source: e.currentTarget.value })} />
        </SimpleGrid>
        <ProblemAlert error={save.error} />
        <Button type="submit" mt="sm" loading={save.isPending}>
          {t('manual.add')}
        </Button>
      </form>
    </Paper>
  );
}

/** The identified people a line counts (the records behind the figure). */
function PeopleBehind({ year, line }: { year: number; line: ReachRow }) {
  const { t } = useTranslation('observatory');
  const q = usePeopleBehind(year, line.key);
  if (q.isPending) return <Loading />;
  if (q.error) return <ProblemAlert error={q.error} />;
  return (
    <>
      <Text size="sm" mb="xs">
        {t('reach.peopleCount', { count: q.data.total })}
      </Text>
      <List>
        {q.data.items.map((p) => (
          <List.Item key={p.id}>
            <Anchor component={Link} to={`/people/${p.id}`}>
              {p.erased ? t('reach.erased') : `${p.lastName}, ${p.firstName}`}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </>
  );
}
