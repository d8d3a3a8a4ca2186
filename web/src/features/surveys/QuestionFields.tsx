import { Checkbox, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { inLanguage, type Answer, type Question } from './api';
import './i18n';

export type AnswerState = Record<number, { scale?: number; choices?: string[]; text?: string }>;

/** The answers to send: only the questions answered. */
export function toAnswers(questions: Question[], state: AnswerState): Answer[] {
  return questions.flatMap((q): Answer[] => {
    const a = state[q.id];
    if (!a) return [];
    if (q.kind === 'scale') return a.scale === undefined ? [] : [{ questionId: q.id, scale: a.scale }];
    if (q.kind === 'text') return a.text?.trim() ? [{ questionId: q.id, text: a.text.trim() }] : [];
    return a.choices?.length ? [{ questionId: q.id, choices: a.choices }] : [];
  });
}
export const missingRequired = (questions: Question[], state: AnswerState) => {
  const given = new Set(toAnswers(questions, state).map((a) => a.questionId));
  return questions.some((q) => q.required && !given.has(q.id));
};

/** One field per question: a scale as radio buttons, choices as radios or checkboxes, text as a text area. */
export function QuestionFields({ questions, value, onChange, size = 'md' }: { questions: Question[]; value: AnswerState; onChange: (v: AnswerState) => void; size?: 'md' | 'lg' }) {
  const { t } = useTranslation('surveys');
  const set = (id: number, a: AnswerState[number]) => onChange({ ...value, [id]: a });
  return (
    <Stack gap="lg">
      {questions.map((q) => {
        const label = `${inLanguage(q.textFr, q.textNl, q.textEn)}${q.required ? '' : ` ${t('public.optional')}`}`;
        const a = value[q.id] ?? {};
        if (q.kind === 'scale') {
          const values = Array.from({ length: (q.scaleMax ?? 5) - (q.scaleMin ?? 1) + 1 }, (_, i) => (q.scaleMin ?? 1) + i);
          return (
            <Radio.Group key={q.id} label={label} required={q.required} value={a.scale === undefined ? '' : String(a.scale)} onChange={(v) => set(q.id, { scale: Number(v) })}>
              <Group mt="xs" gap="sm" wrap="wrap">
                {values.map((n) => (
                  <Radio key={n} value={String(n)} label={String(n)} aria-label={t('public.score', { n })} size={size} />
                ))}
              </Group>
            </Radio.Group>
          );
        }
        if (q.kind === 'single')
          return (
            <Radio.Group key={q.id} label={label} required={q.required} value={a.choices?.[0] ?? ''} onChange={(v) => set(q.id, { choices: [v] })}>
              <Stack mt="xs" gap="xs">
                {q.options.map((o) => (
                  <Radio key={o.key} value={o.key} label={inLanguage(o.labelFr, o.labelNl, o.labelEn)} size={size} />
                ))}
              </Stack>
            </Radio.Group>
          );
        if (q.kind === 'multiple')
          return (
            <Checkbox.Group key={q.id} label={label} required={q.required} value={a.choices ?? []} onChange={(v) => set(q.id, { choices: v })}>
              <Stack mt="xs" gap="xs">
                {q.options.map((o) => (
                  <Checkbox key={o.key} value={o.key} label={inLanguage(o.labelFr, o.labelNl, o.labelEn)} size={size} />
                ))}
              </Stack>
            </Checkbox.Group>
          );
        return <Textarea key={q.id} label={label} required={q.required} value={a.text ?? ''} onChange={(e) => set(q.id, { text: e.currentTarget.value })} autosize minRows={2} maxLength={3000} />;
      })}
    </Stack>
  );
}
