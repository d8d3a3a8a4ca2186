import { Alert, Anchor, Badge, Button, Group, List, Modal, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title, ActionIcon } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { BarChart } from '@mantine/charts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRole, useMe } from '../../app/auth';
import { api, download } from '../../app/api';
import { formatDate, formatNumber } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useDeleteManualFigure, useManualFigures, usePeopleReached, useSaveManualFigure, type ReachLine, type Unit } from './api';

const EDITORS = ['admin', 'director', 'project_officer', 'communication'] as const;
const PEOPLE_READERS = ['admin', 'director', 'reception', 'social_worker', 'trainer', 'project_officer'] as const;
const UNITS: Unit[] = ['distinct_people', 'participations', 'head_count', 'external'];

export function useLineLabel() {
  const { t } = useTranslation('observatory');
  return (l: Pick<ReachLine, 'label' | 'labelKey' | 'key'>) => l.label ?? t(l.labelKey, { ns: ['observatory', 'common'], defaultValue: l.key });
}

/** The report's closing table, "Nombre de personnes touchées", for a chosen year. */
export function ReachPage() {
  const { t } = useTranslation('observatory');
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const me = useMe().data;
  const reached = usePeopleReached(year);
  const label = useLineLabel();
  const years = Array.from({ length: 8 }, (_, i) => thisYear - i);
  const data = reached.data;
  const canReadPeople = hasRole(me, PEOPLE_READERS);
  const [drill, setDrill] = useState<ReachLine | null>(null);
  return (
    <>
      <Modal
        opened={drill !== null}
        onClose={() => setDrill(null)}
        title={drill ? t('reach.peopleTitle', { line: label(drill) }) : ''}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        {drill && <PeopleBehind year={year} line={drill} />}
      </Modal>
      <PageHeader
        title={t('reach.title', { year })}
        actions={
          <>
            <NativeSelect aria-label={t('common:year')} value={String(year)} data={years.map(String)} onChange={(e) => setYear(Number(e.currentTarget.value))} />
            <Button variant="default" onClick={() => download(`/api/observatory/people-reached/${year}/export?format=xlsx`)}>
              {t('common:actions.exportXlsx')}
            </Button>
            <Button variant="default" onClick={() => download(`/api/observatory/people-reached/${year}/export?format=csv`)}>
              {t('common:actions.exportCsv')}
            </Button>
          </>
        }
      />
      <Text mb="md">{t('reach.intro')}</Text>
      {reached.isPending && <Loading />}
      <ProblemAlert error={reached.error} />
      {data && (
        <Stack>
          {data.empty && (
            <Alert color="gray" role="status">
              {t('reach.empty', { year })}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Paper withBorder p="md">
              <Text size="sm" c="dimmed">
                {t('reach.total')}
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
          {data.lines.length > 0 && (
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="sm">
                {t('reach.chartTitle')}
              </Title>
              <BarChart
                h={Math.max(200, data.lines.length * 36)}
                data={data.lines.map((l) => ({ activity: label(l), [String(year)]: l.value, [String(year - 1)]: data.previous.lines.find((p) => p.key === l.key)?.value ?? 0 }))}
                dataKey="activity"
                orientation="vertical"
                yAxisProps={{ width: 160, interval: 0 }}
                xAxisProps={{ allowDecimals: false }}
                series={[
                  { name: String(year), color: 'blue.7' },
                  { name: String(year - 1), color: 'gray.5' },
                ]}
                withLegend
              />
            </Paper>
          )}
          <Table.ScrollContainer minWidth={640}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reach.activity')}</Table.Th>
                  <Table.Th>{t('reach.unit')}</Table.Th>
                  <Table.Th ta="right">{t('reach.value')}</Table.Th>
                  <Table.Th ta="right">{t('reach.previous', { year: year - 1 })}</Table.Th>
                  <Table.Th>{t('reach.origin')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.lines.map((l) => {
                  const prev = data.previous.lines.find((p) => p.key === l.key)?.value;
                  return (
                    <Table.Tr key={l.key}>
                      <Table.Td>
                        {label(l)}
                        {l.hasPeople && canReadPeople && (
                          <Button size="compact-xs" variant="subtle" ml="xs" onClick={() => setDrill(l)} aria-label={`${t('reach.people')}: ${label(l)}`}>
                            {t('reach.people')}
                          </Button>
                        )}
                      </Table.Td>
                      <Table.Td>{t(`reach.units.${l.unit}`)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(l.value)}</Table.Td>
                      <Table.Td ta="right">{prev === undefined ? '—' : formatNumber(prev)}</Table.Td>
                      <Table.Td>
                        {/* A coloured dot and dark text: light orange badges fail the contrast check (WCAG AA). */}
                        <Badge variant="dot" color={l.origin === 'manual' ? 'orange' : 'blue'}>
                          {t(`reach.${l.origin}`)}
                        </Badge>
                        {l.source && <Text size="xs">{t('reach.source', { source: l.source })}</Text>}
                        {l.supersededManual && <Text size="xs">{t('reach.superseded', { value: l.supersededManual.value })}</Text>}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
                <Table.Tr>
                  <Table.Th scope="row">{t('reach.total')}</Table.Th>
                  <Table.Td />
                  <Table.Td ta="right" fw={700}>
                    {formatNumber(data.total)}
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(data.previous.total)}</Table.Td>
                  <Table.Td />
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group gap="xs">
            <Text size="sm">{t('reach.openData')}:</Text>
            <Button size="compact-sm" variant="subtle" component="a" href={`/api/observatory/open-data/${year}?format=json`}>
              JSON
            </Button>
            <Button size="compact-sm" variant="subtle" component="a" href={`/api/observatory/open-data/${year}?format=csv`}>
              CSV
            </Button>
          </Group>
          {hasRole(me, EDITORS) && <ManualFigures year={year} />}
        </Stack>
      )}
    </>
  );
}

function ManualFigures({ year }: { year: number }) {
  const { t } = useTranslation('observatory');
  const figures = useManualFigures(year);
  const save = useSaveManualFigure();
  const remove = useDeleteManualFigure();
  const [form, setForm] = useState({ activityKey: '', label: '', value: 0 as number | string, unit: 'head_count' as Unit, source: '' });
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4">
        {t('manual.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('manual.intro')}
      </Text>
      {figures.data && figures.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={500}>
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
                    <Text size="xs" c="dimmed">
                      {f.activityKey} · {t('manual.enteredBy', { date: formatDate(f.enteredAt) })}
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
        </Table.ScrollContainer>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ year, ...form, value: Number(form.value) }, { onSuccess: () => setForm({ ...form, activityKey: '', label: '', value: 0, source: '' }) });
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('manual.label')} required value={form.label} onChange={(e) => setForm({ ...form, label: e.currentTarget.value })} />
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
function PeopleBehind({ year, line }: { year: number; line: ReachLine }) {
  const { t } = useTranslation('observatory');
  const q = useQuery({
    queryKey: ['observatory', 'people-behind', year, line.key],
    queryFn: () =>
      api<{ total: number; items: { id: number; firstName: string; lastName: string; erased: boolean }[] }>(
        `/api/observatory/people-reached/${year}/lines/${encodeURIComponent(line.key)}/people?limit=200`,
      ),
  });
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
