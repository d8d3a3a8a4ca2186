import { Alert, Anchor, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { inLanguage, useDeskForm, useScreen } from './api';
import { QuestionFields, missingRequired, toAnswers, type AnswerState } from './QuestionFields';
import './i18n';

/** The entrance desk of a themed fair: a few taps, and the candidate is told which stands or trainings to visit. */
export function ScreeningDeskPage() {
  const { t } = useTranslation('surveys');
  const id = Number(useParams().id);
  const form = useDeskForm(id);
  const screen = useScreen(id);
  const [answers, setAnswers] = useState<AnswerState>({});
  const [missing, setMissing] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const canRead = useCan('surveys.read');
  if (form.isPending) return <Loading />;
  if (!form.data) return <ProblemAlert error={form.error} />;
  const s = form.data;
  const next = () => {
    setAnswers({});
    screen.reset();
  };
  return (
    <>
      <Anchor component={Link} to={canRead ? `/surveys/${id}` : '/screening'} size="sm">
        {inLanguage(s.titleFr, s.titleNl, s.titleEn)}
      </Anchor>
      <PageHeader title={t('desk.title', { name: inLanguage(s.titleFr, s.titleNl, s.titleEn) })} />
      {!s.open && <Alert color="orange">{t('desk.closed')}</Alert>}
      {screen.data ? (
        <Paper withBorder p="md" ref={resultRef}>
          <Stack gap="sm" role="status" aria-live="polite">
            <Text fw={700} size="lg">
              {t('desk.go')}
            </Text>
            {screen.data.orientations.length ? (
              <List size="xl" spacing="xs">
                {screen.data.orientations.map((o) => (
                  <List.Item key={o.ruleId}>
                    <Text fw={700} size="xl">
                      {inLanguage(o.targetFr, o.targetNl, o.targetEn)}
                    </Text>
                  </List.Item>
                ))}
              </List>
            ) : (
              <Text size="lg">{t('desk.none')}</Text>
            )}
            <Group>
              <Button size="lg" onClick={next} autoFocus>
                {t('desk.next')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : (
        <form
          aria-label={t('desk.submit')}
          onSubmit={(e) => {
            e.preventDefault();
            if (missingRequired(s.questions, answers)) return setMissing(true);
            setMissing(false);
            screen.mutate(toAnswers(s.questions, answers));
          }}
        >
          <Stack gap="md">
            <Text size="sm">{t('desk.intro')}</Text>
            <QuestionFields questions={s.questions} value={answers} onChange={setAnswers} size="lg" />
            {missing && (
              <Text role="alert" c="red.9">
                {t('desk.missing')}
              </Text>
            )}
            <ProblemAlert error={screen.error} />
            <Button type="submit" size="lg" loading={screen.isPending} disabled={!s.open}>
              {t('desk.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </>
  );
}
