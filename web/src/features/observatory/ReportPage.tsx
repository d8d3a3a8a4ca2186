import { ActionIcon, Alert, Button, ColorSwatch, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { BarChart, DonutChart } from '@mantine/charts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, download } from '../../app/api';
import { hasRole, useMe } from '../../app/auth';
import { formatDate, formatNumber } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import type { PeopleReached } from './api';
import { useLineLabel } from './ReachPage';
import './report.css';

interface Figure {
  key: string;
  label: string;
  value: number | null;
  previous: number | null;
  format?: 'number' | 'percent' | 'decimal';
}
interface Chart {
  key: string;
  title: string;
  kind: 'bar' | 'donut';
  data: { key: string; label: string; value: number; previous: number | null }[];
}
interface Section {
  key: string;
  title: string;
  figures: Figure[];
  charts: Chart[];
}
interface Report {
  year: number;
  generatedAt: string;
  empty: boolean;
  peopleReached: PeopleReached;
  sections: Section[];
  texts: Record<string, string>;
}

const EDITORS = ['admin', 'director', 'project_officer', 'communication'] as const;
const COLORS = ['blue.7', 'teal.7', 'orange.7', 'grape.7', 'red.7', 'cyan.8', 'lime.8', 'gray.6'];

function formatFigure(v: number | null, format: Figure['format']) {
  if (v === null || v === undefined) return '—';
  // The server gives rates in percentage points (66.7), Intl's percent style expects a fraction.
  if (format === 'percent') return formatNumber(v / 100, { style: 'percent', maximumFractionDigits: 1 });
  if (format === 'decimal') return formatNumber(v, { maximumFractionDigits: 1 });
  return formatNumber(v);
}

/** The annual report for a year, organised like the printed one; printing gives a clean A4 document. */
export function ReportPage() {
  const { t, i18n } = useTranslation('observatory');
  const params = useParams();
  const navigate = useNavigate();
  const thisYear = new Date().getFullYear();
  const year = Number(params.year ?? thisYear - 1);
  const me = useMe().data;
  const report = useQuery({ queryKey: ['observatory', 'report', year, i18n.language], queryFn: () => api<Report>(`/api/observatory/report/${year}`) });
  const label = useLineLabel();
  const canEdit = hasRole(me, EDITORS);
  const r = report.data;
  return (
    <div className="annual-report">
      <div className="no-print">
        <PageHeader
          title={t('report.title', { year })}
          actions={
            <>
              <NativeSelect
                aria-label={t('common:year')}
                value={String(year)}
                data={Array.from({ length: 8 }, (_, i) => String(thisYear - i))}
                onChange={(e) => navigate(`/observatory/report/${e.currentTarget.value}`)}
              />
              <Button onClick={() => window.print()}>{t('report.print')}</Button>
              <Button variant="default" onClick={() => download(`/api/observatory/report/${year}/export?format=xlsx`)}>
                {t('common:actions.exportXlsx')}
              </Button>
            </>
          }
        />
      </div>
      {report.isPending && <Loading />}
      <ProblemAlert error={report.error} />
      {r && (
        <>
          <section className="report-cover" aria-label={t('report.cover')}>
            <Text size="xl" fw={700} c="blue.8">
              {t('report.organisation')}
            </Text>
            <Title order={2} fz={40} my="md">
              {t('report.cover')} {r.year}
            </Title>
            <Text>{t('report.generated', { date: formatDate(r.generatedAt) })}</Text>
            <Title order={3} size="h4" mt="xl">
              {t('report.contents')}
            </Title>
            <ol>
              {r.texts.introduction && <li>{t('report.introduction')}</li>}
              {r.sections.map((s) => (
                <li key={s.key}>{s.title}</li>
              ))}
              <li>{t('report.peopleReached')}</li>
              {r.texts.perspectives && <li>{t('report.perspectives')}</li>}
            </ol>
          </section>
          {r.empty && (
            <Alert color="gray" role="status" my="md">
              {t('report.empty', { year: r.year })}
            </Alert>
          )}
          <ReportText year={r.year} section="introduction" title={t('report.introduction')} text={r.texts.introduction} canEdit={canEdit} />
          {r.sections.map((s) => (
            <section key={s.key} className="report-section" aria-labelledby={`sec-${s.key}`}>
              <Title order={2} id={`sec-${s.key}`} mb="sm">
                {s.title}
              </Title>
              <Table withTableBorder mb="md" className="report-figures">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('report.figure')}</Table.Th>
                    <Table.Th ta="right">{r.year}</Table.Th>
                    <Table.Th ta="right">{t('report.previous', { year: r.year - 1 })}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.figures.map((f) => (
                    <Table.Tr key={f.key}>
                      <Table.Td>{f.label}</Table.Td>
                      <Table.Td ta="right" fw={600}>
                        {formatFigure(f.value, f.format)}
                      </Table.Td>
                      <Table.Td ta="right">{formatFigure(f.previous, f.format)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <SimpleGrid cols={{ base: 1, md: 2 }} className="report-charts">
                {s.charts
                  .filter((c) => c.data.some((d) => d.value > 0 || (d.previous ?? 0) > 0))
                  .map((c) => (
                    <ReportChart key={c.key} chart={c} year={r.year} />
                  ))}
              </SimpleGrid>
              <ReportText year={r.year} section={s.key} title={t('report.comment')} text={r.texts[s.key]} canEdit={canEdit} />
            </section>
          ))}
          <section className="report-section" aria-labelledby="sec-reached">
            <Title order={2} id="sec-reached" mb="sm">
              {t('report.peopleReached')}
            </Title>
            <Table withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reach.activity')}</Table.Th>
                  <Table.Th>{t('reach.unit')}</Table.Th>
                  <Table.Th ta="right">{r.year}</Table.Th>
                  <Table.Th ta="right">{r.year - 1}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.peopleReached.lines.map((l) => (
                  <Table.Tr key={l.key}>
                    <Table.Td>
                      {label(l)}
                      {l.source && (
                        <Text size="xs" c="dimmed">
                          {t('reach.source', { source: l.source })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{t(`reach.units.${l.unit}`)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(l.value)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(r.peopleReached.previous.lines.find((p) => p.key === l.key)?.value ?? 0)}</Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr>
                  <Table.Th scope="row">{t('reach.total')}</Table.Th>
                  <Table.Td />
                  <Table.Td ta="right" fw={700}>
                    {formatNumber(r.peopleReached.total)}
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(r.peopleReached.previous.total)}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
            <Text size="sm" mt="xs">
              {t('reach.distinct')}: <strong>{formatNumber(r.peopleReached.distinctPeopleAllTracked)}</strong>
            </Text>
          </section>
          <ReportText year={r.year} section="perspectives" title={t('report.perspectives')} text={r.texts.perspectives} canEdit={canEdit} />
        </>
      )}
    </div>
  );
}

function ReportChart({ chart, year }: { chart: Chart; year: number }) {
  const data = chart.data.map((d) => ({ label: d.label, [String(year)]: d.value, [String(year - 1)]: d.previous ?? 0 }));
  const slices = chart.data.filter((d) => d.value > 0).map((d, i) => ({ name: d.label, value: d.value, color: COLORS[i % COLORS.length] }));
  return (
    <Paper withBorder p="sm" className="report-chart">
      <Title order={3} size="h5" mb="xs">
        {chart.title}
      </Title>
      {chart.kind === 'donut' ? (
        <>
          <Group justify="center">
            <DonutChart size={160} thickness={28} withLabelsLine withLabels data={slices} />
          </Group>
          {/* The slices' names: the donut alone only shows numbers. */}
          <Group justify="center" gap="md" mt="xs">
            {slices.map((d) => (
              <Group key={d.name} gap={6} wrap="nowrap">
                <ColorSwatch color={`var(--mantine-color-${d.color.replace('.', '-')})`} size={12} withShadow={false} />
                <Text size="sm">
                  {d.name} ({formatNumber(d.value)})
                </Text>
              </Group>
            ))}
          </Group>
        </>
      ) : (
        <BarChart
          h={Math.max(180, chart.data.length * 34)}
          data={data}
          dataKey="label"
          orientation="vertical"
          // every category named (recharts skips labels when rows are tight), whole numbers on the axis
          yAxisProps={{ width: 150, interval: 0 }}
          xAxisProps={{ allowDecimals: false }}
          series={[
            { name: String(year), color: 'blue.7' },
            { name: String(year - 1), color: 'gray.5' },
          ]}
          withLegend
        />
      )}
      {/* The chart's numbers, for screen readers and for anyone who prefers reading them. */}
      <table className="visually-hidden">
        <caption>{chart.title}</caption>
        <tbody>
          {chart.data.map((d) => (
            <tr key={d.key}>
              <th scope="row">{d.label}</th>
              <td>{d.value}</td>
              <td>{d.previous ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Paper>
  );
}

function ReportText({ year, section, title, text, canEdit }: { year: number; section: string; title: string; text?: string; canEdit: boolean }) {
  const { t } = useTranslation('observatory');
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(text ?? '');
  const save = useMutation({
    mutationFn: () => api(`/api/observatory/report/${year}/texts/${section}`, { method: 'PUT', body: { body } }),
    onSuccess: () => {
      setEditing(false);
      void qc.invalidateQueries({ queryKey: ['observatory', 'report', year] });
    },
  });
  if (!text && !canEdit) return null;
  const kind = section === 'introduction' || section === 'perspectives' ? 'report-section' : 'report-text';
  return (
    // Without a text, the section is only there to be written: not printed (no blank page in the PDF).
    <section className={text ? kind : `${kind} no-print`}>
      <Group justify="space-between">
        <Title order={section === 'introduction' || section === 'perspectives' ? 2 : 3} size={section === 'introduction' || section === 'perspectives' ? undefined : 'h5'}>
          {title}
        </Title>
        {canEdit && !editing && (
          <ActionIcon variant="subtle" className="no-print" aria-label={t('report.editText', { section: title })} onClick={() => setEditing(true)}>
            ✎
          </ActionIcon>
        )}
      </Group>
      {editing ? (
        <Stack className="no-print">
          <Textarea label={t('report.textLabel', { section: title })} autosize minRows={4} value={body} onChange={(e) => setBody(e.currentTarget.value)} />
          <ProblemAlert error={save.error} />
          <Group>
            <Button onClick={() => save.mutate()} loading={save.isPending}>
              {t('common:actions.save')}
            </Button>
            <Button variant="default" onClick={() => setEditing(false)}>
              {t('common:actions.cancel')}
            </Button>
          </Group>
        </Stack>
      ) : text ? (
        <Text style={{ whiteSpace: 'pre-wrap' }}>{text}</Text>
      ) : (
        <Text size="sm" c="dimmed" className="no-print">
          {t('report.noText')}
        </Text>
      )}
    </section>
  );
}
