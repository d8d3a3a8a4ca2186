import { ActionIcon, Alert, Button, ColorSwatch, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { DonutChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { download, fileUrl } from '../../app/api';
import { useCan } from '../../app/auth';
import { formatDate, formatNumber } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useReport, useSaveReportText, type Language, type PeopleReached, type Report, type ReportChart as Chart, type TextVersions } from './api';
import { ComparisonBarChart } from './ComparisonBarChart';
import { LanguageText } from './LanguageText';
import { formatChange, formatFigure, changeOf } from './format';
import { ImportedLegend, ImportedMark } from './ImportedMark';
import './report.css';
import { TableScroll } from '../../ui/TableScroll';

const COLORS = ['blue.7', 'teal.7', 'orange.7', 'grape.7', 'red.7', 'cyan.8', 'lime.8', 'gray.6'];
const LANGUAGES: Language[] = ['fr', 'nl', 'en'];
const EMPTY: TextVersions = { fr: null, nl: null, en: null };

/** The annual report for a year, organised like the printed one; printing gives a clean A4 document, the same from any window. */
export function ReportPage() {
  const { t } = useTranslation('observatory');
  const params = useParams();
  const navigate = useNavigate();
  const asked = params.year ? Number(params.year) : undefined;
  const report = useReport(asked);
  const canEdit = useCan('observatory.edit');
  const r = report.data;
  const year = r?.year ?? asked;
  const has = (key: string) => !!r && Object.values(r.texts[key] ?? EMPTY).some(Boolean);
  return (
    <div className="annual-report">
      <div className="no-print">
        <PageHeader
          title={year ? t('report.title', { year }) : t('report.nav')}
          actions={
            r && (
              <>
                <NativeSelect
                  aria-label={t('common:year')}
                  value={String(r.year)}
                  data={Array.from({ length: 8 }, (_, i) => String(r.defaultYear - i))}
                  onChange={(e) => navigate(`/observatory/report/${e.currentTarget.value}`)}
                />
                <Button onClick={() => window.print()}>{t('report.print')}</Button>
                <Button variant="default" onClick={() => download(fileUrl('/api/observatory/report/export', { year: r.year, format: 'xlsx' }))}>
                  {t('common:actions.exportXlsx')}
                </Button>
                <Button variant="default" onClick={() => download(fileUrl('/api/observatory/report/export', { year: r.year, format: 'csv' }))}>
                  {t('common:actions.exportCsv')}
                </Button>
              </>
            )
          }
        />
      </div>
      {report.isPending && <Loading />}
      <ProblemAlert error={report.error} />
      {r && (
        <>
          <section className="report-cover" aria-label={t('report.cover')}>
            <Text size="xl" fw={700} c="blue.8">
              {r.publisher}
            </Text>
            <Title order={2} fz={{ base: 28, sm: 40 }} my="md" style={{ overflowWrap: 'anywhere' }}>
              {t('report.cover')} {r.year}
            </Title>
            <Text>{t('report.generated', { date: formatDate(r.generatedAt) })}</Text>
            <ImportedLegend imported={r.imported} />
            {r.provisional && (
              <Alert color="yellow" role="status" mt="md" className="report-provisional">
                {t('report.provisional', { year: r.year })}
              </Alert>
            )}
            <Title order={3} size="h4" mt="xl">
              {t('report.contents')}
            </Title>
            <ol>
              {has('introduction') && <li>{t('report.introduction')}</li>}
              {r.sections.map((s) => (
                <li key={s.key}>{s.title}</li>
              ))}
              <li>{t('report.peopleReached')}</li>
              {has('perspectives') && <li>{t('report.perspectives')}</li>}
            </ol>
          </section>
          {r.empty && (
            <Alert color="gray" role="status" my="md">
              {t('report.empty', { year: r.year })}
            </Alert>
          )}
          <ReportText year={r.year} section="introduction" title={t('report.introduction')} versions={r.texts.introduction} canEdit={canEdit} />
          {r.sections.map((s) => (
            <section key={s.key} className="report-section" aria-labelledby={`sec-${s.key}`}>
              <Title order={2} id={`sec-${s.key}`} mb="sm">
                {s.title}
              </Title>
              <Table withTableBorder mb="md" className="report-figures" style={{ overflowWrap: 'anywhere' }}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('report.figure')}</Table.Th>
                    <Table.Th ta="right">{r.year}</Table.Th>
                    <Table.Th ta="right">{t('report.previous', { year: r.year - 1 })}</Table.Th>
                    <Table.Th ta="right">{t('report.change')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.figures.map((f) => (
                    <Table.Tr key={f.key}>
                      <Table.Td>
                        {f.label}
                        {f.note && (
                          <Text size="xs" c="dimmed">
                            {f.note}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right" fw={600}>
                        {formatFigure(f.value, f.unit)}
                        <ImportedMark origin={f.value === null ? null : f.origin} />
                      </Table.Td>
                      <Table.Td ta="right">
                        {formatFigure(f.previous, f.unit)}
                        <ImportedMark origin={f.previous === null ? null : f.previousOrigin} />
                      </Table.Td>
                      <Table.Td ta="right">{formatChange(f.change)}</Table.Td>
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
              <ReportText year={r.year} section={s.key} title={t('report.comment')} versions={r.texts[s.key]} canEdit={canEdit} />
            </section>
          ))}
          <section className="report-section" aria-labelledby="sec-reached">
            <Title order={2} id="sec-reached" mb="sm">
              {t('report.peopleReached')}
            </Title>
            <PeopleReachedTable data={r.peopleReached} />
          </section>
          <ReportText year={r.year} section="perspectives" title={t('report.perspectives')} versions={r.texts.perspectives} canEdit={canEdit} />
        </>
      )}
    </div>
  );
}

/** The people-reached table of both years: every line of either year, the sum of everything (labelled as such) and the distinct people. */
export function PeopleReachedTable({ data, extra }: { data: PeopleReached; extra?: (row: PeopleReached['rows'][number]) => React.ReactNode }) {
  const { t } = useTranslation('observatory');
  return (
    <TableScroll minWidth={560} label={t('report.reachedTable')}>
      <Table withTableBorder className="report-reached">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reach.activity')}</Table.Th>
            <Table.Th>{t('reach.unit')}</Table.Th>
            <Table.Th ta="right">{data.year}</Table.Th>
            <Table.Th ta="right">{data.year - 1}</Table.Th>
            <Table.Th ta="right">{t('reach.change')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.rows.map((l) => (
            <Table.Tr key={l.key}>
              <Table.Td>
                {l.label}
                {l.labelMissing && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({t('reach.labelMissing')})
                  </Text>
                )}
                {l.source && (
                  <Text size="xs" c="dimmed">
                    {t('reach.source', { source: l.source })}
                  </Text>
                )}
                {extra?.(l)}
              </Table.Td>
              <Table.Td>{t(`reach.units.${l.unit}`)}</Table.Td>
              <Table.Td ta="right">
                {formatFigure(l.value)}
                <ImportedMark origin={l.value === null ? null : l.origin} />
              </Table.Td>
              <Table.Td ta="right">
                {formatFigure(l.previous)}
                <ImportedMark origin={l.previous === null ? null : l.previousOrigin} />
              </Table.Td>
              <Table.Td ta="right">{formatChange(l.change)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr className="reach-total">
            <Table.Th scope="row" colSpan={2}>
              {t('reach.totalSum')}
            </Table.Th>
            <Table.Td ta="right" fw={700}>
              {formatNumber(data.total)}
            </Table.Td>
            <Table.Td ta="right">{formatNumber(data.previous.total)}</Table.Td>
            {/* a sum of different units has no meaningful change */}
            <Table.Td ta="right">—</Table.Td>
          </Table.Tr>
          <Table.Tr className="reach-distinct">
            <Table.Th scope="row" colSpan={2}>
              {t('reach.distinct')}
            </Table.Th>
            <Table.Td ta="right" fw={700}>
              {formatNumber(data.distinctPeopleAllTracked)}
            </Table.Td>
            <Table.Td ta="right">{formatNumber(data.previous.distinctPeopleAllTracked)}</Table.Td>
            <Table.Td ta="right">{formatChange(changeOf(data.distinctPeopleAllTracked, data.previous.distinctPeopleAllTracked))}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Text size="xs" mt={4} c="dimmed">
        {t('reach.totalSumHelp')} {t('reach.distinctHelp')}
      </Text>
      <ImportedLegend imported={importedOf(data)} />
    </TableScroll>
  );
}

/** The years of the table that have imported figures, with their sources. */
function importedOf(data: PeopleReached) {
  const of = (year: number, sources: (string | null)[]) => ({ year, sources: [...new Set(sources.filter((x): x is string => !!x))] });
  return [
    of(
      data.year,
      data.rows.filter((r) => r.origin === 'imported' && r.value !== null).map((r) => r.source),
    ),
    of(
      data.year - 1,
      data.rows.filter((r) => r.previousOrigin === 'imported').map((r) => r.previousSource),
    ),
  ].filter((x) => x.sources.length);
}

function ReportChart({ chart, year }: { chart: Chart; year: number }) {
  const { t } = useTranslation('observatory');
  const slices = chart.data.filter((d) => d.value > 0).map((d, i) => ({ name: d.label, value: d.value, color: COLORS[i % COLORS.length] }));
  return (
    <Paper withBorder p="sm" className="report-chart">
      <Title order={3} size="h5" mb="xs">
        {chart.title}
      </Title>
      {chart.kind === 'donut' ? (
        <>
          <Group justify="center">
            {/* no labels on the slices (they overlapped on small slices): the names and values are listed below */}
            <DonutChart size={160} thickness={28} data={slices} pieProps={{ isAnimationActive: false }} />
          </Group>
          {/* The slices' names and values: the donut alone only shows numbers. */}
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
        <ComparisonBarChart year={year} items={chart.data} />
      )}
      {chart.data.some((d) => d.origin === 'imported' || d.previousOrigin === 'imported') && (
        <Text size="xs" mt={4}>
          <span aria-hidden="true">† </span>
          {t('past.chartImported', {
            years: [...new Set(chart.data.flatMap((d) => [d.origin === 'imported' ? year : null, d.previousOrigin === 'imported' ? year - 1 : null]).filter((y) => y !== null))].join(', '),
          })}
        </Text>
      )}
      {/* The chart's numbers, for screen readers and for anyone who prefers reading them. */}
      {/* (hidden by a box around it: a table is never narrower than its content, so hiding the table itself let it widen the page on a phone) */}
      <div className="visually-hidden">
        <table>
          <caption>{t('report.chartData', { title: chart.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.figure')}</th>
              <th scope="col">{year}</th>
              <th scope="col">{year - 1}</th>
            </tr>
          </thead>
          <tbody>
            {chart.data.map((d) => (
              <tr key={d.key}>
                <th scope="row">{d.label}</th>
                <td>
                  {d.value}
                  <ImportedMark origin={d.origin} />
                </td>
                <td>
                  {d.previous ?? ''}
                  <ImportedMark origin={d.previous === null ? null : d.previousOrigin} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Paper>
  );
}

/** A text of the report written by staff: one version per language, each edited on its own. */
function ReportText({ year, section, title, versions, canEdit }: { year: number; section: string; title: string; versions?: Report['texts'][string]; canEdit: boolean }) {
  const { t } = useTranslation('observatory');
  const v = versions ?? EMPTY;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<TextVersions>(v);
  const save = useSaveReportText();
  const written = LANGUAGES.some((l) => v[l]);
  if (!written && !canEdit) return null;
  const main = section === 'introduction' || section === 'perspectives';
  const kind = main ? 'report-section' : 'report-text';
  const submit = async () => {
    for (const l of LANGUAGES) if ((draft[l] ?? '') !== (v[l] ?? '')) await save.mutateAsync({ section, year, locale: l, body: draft[l] ?? '' });
    setEditing(false);
  };
  return (
    // Without any text, the section is only there to be written: not printed (no blank page in the PDF).
    <section className={written ? kind : `${kind} no-print`}>
      <Group justify="space-between">
        <Title order={main ? 2 : 3} size={main ? undefined : 'h5'}>
          {title}
        </Title>
        {canEdit && !editing && (
          <ActionIcon
            variant="subtle"
            className="no-print"
            aria-label={t('report.editText', { section: title })}
            onClick={() => {
              setDraft(v);
              setEditing(true);
            }}
          >
            ✎
          </ActionIcon>
        )}
      </Group>
      {editing ? (
        <Stack className="no-print">
          {LANGUAGES.map((l) => (
            <Textarea
              key={l}
              lang={l}
              label={t('report.textLabel', { section: title, language: t(`report.languages.${l}`) })}
              autosize
              minRows={3}
              value={draft[l] ?? ''}
              onChange={(e) => setDraft({ ...draft, [l]: e.currentTarget.value })}
            />
          ))}
          <ProblemAlert error={save.error} />
          <Group>
            <Button onClick={() => void submit()} loading={save.isPending}>
              {t('common:actions.save')}
            </Button>
            <Button variant="default" onClick={() => setEditing(false)}>
              {t('common:actions.cancel')}
            </Button>
          </Group>
        </Stack>
      ) : written ? (
        <LanguageText versions={v} missingKey="report.missing" />
      ) : (
        <Text size="sm" c="dimmed" className="no-print">
          {t('report.noText')}
        </Text>
      )}
    </section>
  );
}
