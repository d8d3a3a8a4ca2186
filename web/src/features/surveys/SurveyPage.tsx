import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { ActionIcon, Alert, Anchor, Badge, Button, Checkbox, CopyButton, Group, List, NativeSelect, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { download } from '../../app/api';
import { useCan } from '../../app/auth';
import { formatNumber } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { inLanguage, useAddQuestion, useDeleteQuestion, useOpenClose, useResults, useSurvey, type QuestionInput, type Results, type Survey } from './api';
import { ScreeningRules } from './ScreeningRules';
import './i18n';
import { keepTyped } from '../../app/mutation';

/** One survey: its questions, its answering link, open/close, and its results as charts. */
export function SurveyPage() {
  const { t } = useTranslation('surveys');
  const id = Number(useParams().id);
  const survey = useSurvey(id);
  const canManage = useCan('surveys.manage');
  const openClose = useOpenClose(id);
  if (survey.isPending) return <Loading />;
  if (!survey.data) return <ProblemAlert error={survey.error} />;
  const s = survey.data;
  const title = inLanguage(s.titleFr, s.titleNl, s.titleEn);
  const link = s.publicToken ? `${window.location.origin}/p/survey/${s.publicToken}` : null;
  return (
    <>
      <Anchor component={Link} to={s.purpose === 'screening' ? '/screening' : '/surveys'} size="sm">
        {t('survey.back')}
      </Anchor>
      <PageHeader
        title={title}
        actions={
          <>
            {!s.openedElsewhere && (
              <Badge color={s.open ? 'teal.9' : 'gray.7'} variant="filled" size="lg">
                {s.open ? t('list.open') : t('list.closed')}
              </Badge>
            )}
            {s.purpose === 'screening' && s.open && (
              <Button component={Link} to={`/surveys/${id}/desk`} variant="light">
                {t('survey.desk')}
              </Button>
            )}
            {canManage && !s.openedElsewhere && (
              <Button onClick={() => openClose.mutate(!s.open)} loading={openClose.isPending} color={s.open ? 'red.9' : undefined}>
                {s.open ? t('survey.close') : t('survey.open')}
              </Button>
            )}
          </>
        }
      />
      <Stack gap="lg">
        <ProblemAlert error={openClose.error} />
        {/* A training session's evaluation opens and closes on the session's page (its link, its QR code, the paper forms). */}
        {s.openedElsewhere && <Text>{t('survey.openedElsewhere')}</Text>}
        {s.purpose === 'survey' && (
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="xs">
              {t('survey.link')}
            </Title>
            {link ? (
              <Group gap="xs" wrap="nowrap" align="flex-end">
                <TextInput label={t('survey.link')} value={link} readOnly style={{ flex: 1 }} onFocus={(e) => e.currentTarget.select()} />
                <CopyButton value={link}>{({ copied, copy }) => <Button onClick={copy} variant="light">{copied ? t('survey.copied') : t('survey.copy')}</Button>}</CopyButton>
              </Group>
            ) : (
              <Text size="sm">{t('survey.noLink')}</Text>
            )}
            <Text size="sm" mt="xs">
              {t('survey.anonymous')}
            </Text>
          </Paper>
        )}
        <QuestionsSection survey={s} canManage={canManage} />
        {s.purpose === 'screening' && <ScreeningRules survey={s} canManage={canManage} />}
        <ResultsSection survey={s} />
      </Stack>
    </>
  );
}

function QuestionsSection({ survey: s, canManage }: { survey: Survey; canManage: boolean }) {
  const { t } = useTranslation('surveys');
  const add = useAddQuestion(s.id);
  const remove = useDeleteQuestion(s.id);
  const empty = { kind: 'scale' as QuestionInput['kind'], textFr: '', textNl: '', textEn: '', scale: '5', options: '', required: true };
  const [q, setQ] = useState(empty);
  const frozen = s.answers > 0;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="questions">
      <Title order={2} size="h4" mb="sm" id="questions">
        {t('survey.questions')}
      </Title>
      {s.questions.length === 0 ? (
        <Text size="sm">{t('survey.noQuestion')}</Text>
      ) : (
        <List type="ordered" spacing="xs">
          {s.questions.map((x) => (
            <List.Item key={x.id}>
              <Group gap="xs" wrap="nowrap">
                <Text>
                  {inLanguage(x.textFr, x.textNl, x.textEn)} <Badge variant="outline" color="gray" c="dark.8">{t(`kind.${x.kind}`)}{x.kind === 'scale' ? ` ${x.scaleMin}–${x.scaleMax}` : ''}</Badge>
                </Text>
                {canManage && !frozen && (
                  <ActionIcon variant="subtle" color="red.9" aria-label={t('survey.remove', { text: inLanguage(x.textFr, x.textNl, x.textEn) })} onClick={() => remove.mutate(x.id)}>
                    ×
                  </ActionIcon>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {frozen && (
        <Text size="sm" mt="xs">
          {t('survey.frozen')}
        </Text>
      )}
      <ProblemAlert error={remove.error} />
      {canManage && !frozen && (
        <form
          aria-label={t('survey.add')}
          onSubmit={(e) => {
            e.preventDefault();
            const options = q.options
              .split('\n')
              .map((l) => l.trim())
              .filter(Boolean)
              .map((l, i) => {
                const [fr, nl] = l.split('|').map((x) => x.trim());
                return { key: `o${i + 1}`, labelFr: fr, labelNl: nl || fr };
              });
            const choice = q.kind === 'single' || q.kind === 'multiple';
            add.mutate(
              { kind: q.kind, textFr: q.textFr, textNl: q.textNl, textEn: q.textEn || null, required: q.required, ...(q.kind === 'scale' ? { scale: Number(q.scale) as 5 | 10 } : {}), ...(choice ? { options } : {}) },
              { onSuccess: () => setQ(keepTyped(q, { ...empty, kind: q.kind })) },
            );
          }}
        >
          <Stack gap="sm" mt="md">
            <Title order={3} size="h5">
              {t('survey.add')}
            </Title>
            <Group grow wrap="wrap" align="flex-start">
              <NativeSelect label={t('survey.kind')} value={q.kind} onChange={(e) => setQ({ ...q, kind: e.currentTarget.value as QuestionInput['kind'] })} data={(['scale', 'single', 'multiple', 'text'] as const).map((k) => ({ value: k, label: t(`kind.${k}`) }))} miw={160} />
              {q.kind === 'scale' && <NativeSelect label={t('survey.scale')} value={q.scale} onChange={(e) => setQ({ ...q, scale: e.currentTarget.value })} data={[{ value: '5', label: t('survey.scale5') }, { value: '10', label: t('survey.scale10') }]} miw={160} />}
            </Group>
            <TextInput label={t('survey.textFr')} required value={q.textFr} onChange={(e) => setQ({ ...q, textFr: e.currentTarget.value })} />
            <TextInput label={t('survey.textNl')} required value={q.textNl} onChange={(e) => setQ({ ...q, textNl: e.currentTarget.value })} />
            <TextInput label={t('survey.textEn')} value={q.textEn} onChange={(e) => setQ({ ...q, textEn: e.currentTarget.value })} />
            {(q.kind === 'single' || q.kind === 'multiple') && <Textarea label={t('survey.options')} value={q.options} onChange={(e) => setQ({ ...q, options: e.currentTarget.value })} autosize minRows={3} />}
            <Checkbox label={t('survey.required')} checked={q.required} onChange={(e) => setQ({ ...q, required: e.currentTarget.checked })} />
            <ProblemAlert error={add.error} />
            <Group>
              <Button type="submit" loading={add.isPending}>
                {t('survey.addSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Paper>
  );
}

function ResultsSection({ survey: s }: { survey: Survey }) {
  const { t } = useTranslation('surveys');
  const results = useResults(s.id, s.open);
  const r: Results | undefined = results.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="results">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4" id="results">
          {t('results.title')} {r ? `· ${t('results.answers', { count: r.answers })}` : ''}
        </Title>
        <Group gap="xs">
          <Button variant="light" size="xs" onClick={() => download(`/api/surveys/${s.id}/results/export?format=xlsx`)}>
            {t('results.xlsx')}
          </Button>
          <Button variant="light" size="xs" onClick={() => download(`/api/surveys/${s.id}/results/export?format=csv`)}>
            {t('results.csv')}
          </Button>
        </Group>
      </Group>
      {results.isPending ? (
        <Loading />
      ) : !r ? (
        <ProblemAlert error={results.error} />
      ) : r.answers === 0 ? (
        <Text size="sm">{t('results.none')}</Text>
      ) : (
        <Stack gap="lg">
          {s.purpose === 'screening' && r.orientations.length > 0 && (
            <Stack gap="xs">
              <Title order={3} size="h5">
                {t('results.orientations')}
              </Title>
              <BarChart
                h={Math.max(160, r.orientations.length * 34)}
                data={r.orientations.map((o) => ({ label: inLanguage(o.targetFr, o.targetNl, o.targetEn), [t('results.count')]: o.count }))}
                dataKey="label"
                orientation="vertical"
                yAxisProps={{ width: 180 }}
                xAxisProps={{ allowDecimals: false }}
                series={[{ name: t('results.count'), color: 'teal.8' }]}
              />
              <Text size="sm">{t('results.unoriented', { count: r.unoriented })}</Text>
            </Stack>
          )}
          {r.questions.map((q) => (
            <Stack key={q.id} gap="xs" role="group" aria-label={inLanguage(q.textFr, q.textNl, q.textEn)}>
              <Title order={3} size="h5">
                {inLanguage(q.textFr, q.textNl, q.textEn)}
              </Title>
              <Text size="sm">
                {t('results.answered', { count: q.answered })}
                {q.average !== null ? ` · ${t('results.average', { value: formatNumber(q.average, { maximumFractionDigits: 2 }) })}` : ''}
              </Text>
              {q.kind !== 'text' ? (
                <BarChart
                  h={q.kind === 'scale' ? 200 : Math.max(140, q.counts.length * 34)}
                  data={q.counts.map((c) => ({ label: inLanguage(c.labelFr, c.labelNl, c.labelEn), [t('results.count')]: c.count }))}
                  dataKey="label"
                  {...(q.kind === 'scale' ? { yAxisProps: { allowDecimals: false } } : { orientation: 'vertical' as const, yAxisProps: { width: 140 }, xAxisProps: { allowDecimals: false } })}
                  series={[{ name: t('results.count'), color: 'blue.8' }]}
                />
              ) : q.texts.length ? (
                <List size="sm" spacing={4} aria-label={t('results.texts')}>
                  {q.texts.map((x, i) => (
                    <List.Item key={i}>{x}</List.Item>
                  ))}
                </List>
              ) : (
                <Alert variant="light">{t('results.none')}</Alert>
              )}
            </Stack>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
