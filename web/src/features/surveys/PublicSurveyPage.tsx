import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PublicPage } from '../../ui/PublicPage';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { inLanguage, usePublicSurvey, useSubmitPublicSurvey } from './api';
import { QuestionFields, missingRequired, toAnswers, type AnswerState } from './QuestionFields';
import './i18n';

/** Answering a survey on a phone, without an account, through its public link or a personal link. */
export function PublicSurveyPage() {
  const { t } = useTranslation('surveys');
  const token = useParams().token ?? '';
  const form = usePublicSurvey(token);
  const submit = useSubmitPublicSurvey(token);
  const [answers, setAnswers] = useState<AnswerState>({});
  const [missing, setMissing] = useState(false);
  const title = form.data ? inLanguage(form.data.titleFr, form.data.titleNl, form.data.titleEn) : t('public.title');
  const intro = form.data ? inLanguage(form.data.introFr ?? '', form.data.introNl ?? '', form.data.introEn) : '';
  return (
    <PublicPage title={title} size={560}>
        {form.isPending ? (
          <Loading />
        ) : !form.data ? (
          <ProblemAlert error={form.error} />
        ) : submit.isSuccess ? (
          <Alert color="green" role="status" title={t('public.thanks')}>
            {t('public.anonymous')}
          </Alert>
        ) : (
          <form
            aria-label={title}
            onSubmit={(e) => {
              e.preventDefault();
              if (missingRequired(form.data!.questions, answers)) return setMissing(true);
              setMissing(false);
              submit.mutate(toAnswers(form.data!.questions, answers));
            }}
          >
            <Stack gap="md">
              {intro && <Text size="sm">{intro}</Text>}
              <Text size="sm">
                {t('public.anonymous')}
              </Text>
              <QuestionFields questions={form.data.questions} value={answers} onChange={setAnswers} />
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
    </PublicPage>
  );
}
