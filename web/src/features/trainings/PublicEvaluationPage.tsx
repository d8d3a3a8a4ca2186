import { Alert, Button, Container, Radio, Stack, Text, Textarea, Title, Group } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/i18n';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { LanguageSwitcher } from '../../app/LanguageSwitcher';
import { usePublicForm, useSubmitPublicEvaluation } from './public-api';
import './i18n';

/** The end-of-training evaluation, on the participant's phone, without an account (reached by the QR code). */
export function PublicEvaluationPage() {
  const { t } = useTranslation('trainings');
  const token = useParams().token ?? '';
  const form = usePublicForm(token);
  const submit = useSubmitPublicEvaluation(token);
  const [scores, setScores] = useState<Record<number, string>>({});
  const [comments, setComments] = useState('');
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    document.title = `${t('public.title')} · Relais`;
  }, [t]);
  return (
    <Container size={560} px="sm" py="md">
      <Group justify="flex-end">
        <LanguageSwitcher />
      </Group>
      <main>
        <Title order={1} size="h2" mb="xs">
          {t('public.title')}
        </Title>
        {form.isPending ? (
          <Loading />
        ) : !form.data ? (
          <ProblemAlert error={form.error} />
        ) : submit.isSuccess ? (
          <Alert color="green" role="status" title={t('public.thanks')}>
            {form.data.programme}
          </Alert>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const answers = form.data!.questions.filter((q) => scores[q.id]).map((q) => ({ questionId: q.id, score: Number(scores[q.id]) }));
              if (answers.length < form.data!.questions.length) return setMissing(true);
              setMissing(false);
              submit.mutate({ answers, ...(comments.trim() ? { comments: comments.trim() } : {}) });
            }}
          >
            <Stack gap="md">
              <Text fw={600}>
                {form.data.programme}
                {form.data.session ? ` — ${form.data.session}` : ''}
              </Text>
              {form.data.days.length > 0 && <Text size="sm">{form.data.days.map((d) => formatDate(d)).join(', ')}</Text>}
              <Text size="sm">{t('public.intro')}</Text>
              {form.data.questions.map((q) => (
                <Radio.Group key={q.id} label={q.text} value={scores[q.id] ?? ''} onChange={(v) => setScores({ ...scores, [q.id]: v })} required>
                  <Group mt="xs" gap="xs" wrap="wrap">
                    {[1, 2, 3, 4, 5].map((n) => (
                      <Radio key={n} value={String(n)} label={String(n)} aria-label={t('public.score', { n })} size="md" />
                    ))}
                  </Group>
                </Radio.Group>
              ))}
              <Textarea label={t('public.comments')} value={comments} onChange={(e) => setComments(e.currentTarget.value)} autosize minRows={3} maxLength={3000} />
              {missing && (
                <Text role="alert" c="red.9">
                  {t('public.missing')}
                </Text>
              )}
              <ProblemAlert error={submit.error} />
              <Button type="submit" size="md" fullWidth loading={submit.isPending}>
                {t('public.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </main>
    </Container>
  );
}
