import { Alert, Badge, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PublicPage } from '../../ui/PublicPage';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useJurySheet, useScore, type JurySheet } from './api';
import './i18n';

/** A juror's phone: every candidate, a score per criterion, saved per candidate (no account: a private link). */
export function JuryPage() {
  const { t } = useTranslation('contests');
  const token = useParams().token ?? '';
  const sheet = useJurySheet(token);
  const title = sheet.data ? t('jury.title', { name: sheet.data.contest.name }) : t('nav.contests');
  return (
    <PublicPage title={title}>
        {sheet.isPending ? (
          <Loading />
        ) : !sheet.data ? (
          <ProblemAlert error={sheet.error} />
        ) : (
          <Stack gap="md">
            <Text>{t('jury.hello', { name: sheet.data.juror })}</Text>
            {sheet.data.contest.status !== 'open' && (
              <Alert color={sheet.data.contest.status === 'closed' ? 'gray' : 'orange'} role="status">
                {sheet.data.contest.status === 'closed' ? t('jury.closed') : t('jury.draft')}
              </Alert>
            )}
            {sheet.data.candidates.map((c) => (
              <CandidateCard key={c.id} token={token} sheet={sheet.data} candidate={c} />
            ))}
          </Stack>
        )}
    </PublicPage>
  );
}

function CandidateCard({ token, sheet, candidate: c }: { token: string; sheet: JurySheet; candidate: JurySheet['candidates'][number] }) {
  const { t } = useTranslation('contests');
  const score = useScore(token);
  const given = Object.fromEntries(c.scores.map((s) => [s.criterionId, String(s.score)]));
  const [values, setValues] = useState<Record<number, string>>(given);
  const open = sheet.contest.status === 'open';
  const done = sheet.criteria.every((x) => given[x.id] !== undefined);
  const headingId = `candidate-${c.id}`;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Title order={2} size="h4" id={headingId}>
            {c.name}
          </Title>
          {c.project && <Text size="sm">{c.project}</Text>}
        </div>
        {!c.conflict && (
          <Badge color={done ? 'teal.9' : 'gray.7'} variant="filled">
            {done ? t('jury.done') : t('jury.todo')}
          </Badge>
        )}
      </Group>
      {c.conflict ? (
        <Text mt="sm" fw={600}>
          {t('jury.conflict')}
        </Text>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            score.mutate({ candidateId: c.id, scores: sheet.criteria.map((x) => ({ criterionId: x.id, score: Number(values[x.id]) })) });
          }}
        >
          <SimpleGrid cols={{ base: 1, xs: 2 }} mt="sm" spacing="sm">
            {sheet.criteria.map((x) => (
              <NativeSelect
                key={x.id}
                size="md"
                required
                disabled={!open}
                label={t('jury.scoreOf', { criterion: x.name, max: x.maxScore })}
                description={t('jury.weight', { weight: x.weight })}
                value={values[x.id] ?? ''}
                onChange={(e) => setValues({ ...values, [x.id]: e.currentTarget.value })}
                data={[{ value: '', label: t('jury.choose'), disabled: true }, ...Array.from({ length: x.maxScore + 1 }, (_, n) => ({ value: String(n), label: String(n) }))]}
              />
            ))}
          </SimpleGrid>
          <ProblemAlert error={score.error} />
          {score.isSuccess && (
            <Text role="status" c="teal.9" mt="xs" fw={600}>
              {t('jury.saved')}
            </Text>
          )}
          {open && (
            <Button type="submit" mt="sm" fullWidth size="md" loading={score.isPending} disabled={sheet.criteria.some((x) => values[x.id] === undefined || values[x.id] === '')} aria-label={t('jury.save', { name: c.name })}>
              {t('jury.saveShort')}
            </Button>
          )}
        </form>
      )}
    </Card>
  );
}
