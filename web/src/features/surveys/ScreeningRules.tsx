import { ActionIcon, Button, Group, List, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { inLanguage, useAddRule, useDeleteRule, useMatchMode, useRules, type Question, type Rule, type RuleInput, type Survey } from './api';
import './i18n';

type Op = RuleInput['conditions'][number]['op'];
const opsFor = (q: Question | undefined): Op[] => (!q ? [] : q.kind === 'scale' ? ['equals', 'at_least', 'at_most'] : q.kind === 'multiple' ? ['includes', 'equals'] : q.kind === 'single' ? ['equals'] : ['equals', 'includes']);
interface Draft {
  questionId: string;
  op: Op;
  value: string;
}

/** A rule in words: "If Métier is Cuisine and Expérience at least 3 → Stand 12". */
export function describeRule(rule: Pick<Rule, 'conditions'>, questions: Question[], t: (k: string, o?: Record<string, unknown>) => string) {
  const parts = rule.conditions.map((c) => {
    const q = questions.find((x) => x.id === c.questionId);
    const option = q?.options.find((o) => o.key === c.value);
    const value = option ? inLanguage(option.labelFr, option.labelNl, option.labelEn) : String(c.value);
    return `${q ? inLanguage(q.textFr, q.textNl, q.textEn) : '?'} ${t(`rules.${c.op}`)} ${value}`;
  });
  return t('rules.rule', { conditions: parts.join(t('rules.and')) });
}

/** The staff write the orientation rules of a screening form: conditions on the answers, a target. */
export function ScreeningRules({ survey: s, canManage }: { survey: Survey; canManage: boolean }) {
  const { t } = useTranslation('surveys');
  const rules = useRules(s.id, true);
  const add = useAddRule(s.id);
  const remove = useDeleteRule(s.id);
  const mode = useMatchMode(s.id);
  const first = s.questions[0];
  const blank = (): Draft => ({ questionId: first ? String(first.id) : '', op: opsFor(first)[0] ?? 'equals', value: first?.options[0]?.key ?? (first?.kind === 'scale' ? String(first.scaleMin) : '') });
  const [conditions, setConditions] = useState<Draft[]>([blank()]);
  const [target, setTarget] = useState({ targetFr: '', targetNl: '', targetEn: '' });
  const setCondition = (i: number, c: Draft) => setConditions(conditions.map((x, j) => (j === i ? c : x)));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="rules">
      <Title order={2} size="h4" mb="xs" id="rules">
        {t('rules.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('rules.intro')}
      </Text>
      {rules.isPending ? (
        <Loading />
      ) : !rules.data ? (
        <ProblemAlert error={rules.error} />
      ) : (
        <Stack gap="sm">
          <NativeSelect
            label={t('rules.mode')}
            value={rules.data.matchMode}
            disabled={!canManage}
            onChange={(e) => mode.mutate(e.currentTarget.value as 'first' | 'all')}
            data={[{ value: 'first', label: t('rules.first') }, { value: 'all', label: t('rules.all') }]}
            maw={320}
          />
          {rules.data.items.length === 0 ? (
            <Text size="sm">{t('rules.none')}</Text>
          ) : (
            <List type="ordered" spacing="xs">
              {rules.data.items.map((r) => (
                <List.Item key={r.id}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <Text size="sm">
                      {describeRule(r, s.questions, t)} → <strong>{inLanguage(r.targetFr, r.targetNl, r.targetEn)}</strong>
                    </Text>
                    {canManage && (
                      <ActionIcon variant="subtle" color="red.9" aria-label={t('rules.remove', { target: inLanguage(r.targetFr, r.targetNl, r.targetEn) })} onClick={() => remove.mutate(r.id)}>
                        ×
                      </ActionIcon>
                    )}
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
          <ProblemAlert error={remove.error ?? mode.error} />
        </Stack>
      )}
      {canManage && s.questions.length > 0 && (
        <form
          aria-label={t('rules.add')}
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate(
              {
                conditions: conditions.map((c) => {
                  const q = s.questions.find((x) => x.id === Number(c.questionId));
                  return { questionId: Number(c.questionId), op: c.op, value: q?.kind === 'scale' ? Number(c.value) : c.value };
                }),
                targetFr: target.targetFr,
                targetNl: target.targetNl,
                targetEn: target.targetEn || null,
              },
              {
                onSuccess: () => {
                  setConditions([blank()]);
                  setTarget({ targetFr: '', targetNl: '', targetEn: '' });
                },
              },
            );
          }}
        >
          <Stack gap="sm" mt="md">
            <Title order={3} size="h5">
              {t('rules.add')}
            </Title>
            {conditions.map((c, i) => {
              const q = s.questions.find((x) => x.id === Number(c.questionId));
              const values =
                q?.kind === 'scale'
                  ? Array.from({ length: (q.scaleMax ?? 5) - (q.scaleMin ?? 1) + 1 }, (_, k) => String((q.scaleMin ?? 1) + k)).map((v) => ({ value: v, label: v }))
                  : (q?.options ?? []).map((o) => ({ value: o.key, label: inLanguage(o.labelFr, o.labelNl, o.labelEn) }));
              return (
                <Group key={i} gap="xs" wrap="wrap" align="flex-end" role="group" aria-label={`${t('rules.condition')} ${i + 1}`}>
                  <NativeSelect
                    label={t('rules.question')}
                    value={c.questionId}
                    onChange={(e) => {
                      const nq = s.questions.find((x) => x.id === Number(e.currentTarget.value));
                      setCondition(i, { questionId: e.currentTarget.value, op: opsFor(nq)[0], value: nq?.options[0]?.key ?? (nq?.kind === 'scale' ? String(nq.scaleMin) : '') });
                    }}
                    data={s.questions.map((x) => ({ value: String(x.id), label: inLanguage(x.textFr, x.textNl, x.textEn) }))}
                    miw={200}
                  />
                  <NativeSelect label={t('rules.op')} value={c.op} onChange={(e) => setCondition(i, { ...c, op: e.currentTarget.value as Op })} data={opsFor(q).map((o) => ({ value: o, label: t(`rules.${o}`) }))} miw={120} />
                  {q?.kind === 'text' ? (
                    <TextInput label={t('rules.value')} required value={c.value} onChange={(e) => setCondition(i, { ...c, value: e.currentTarget.value })} miw={160} />
                  ) : (
                    <NativeSelect label={t('rules.value')} value={c.value} onChange={(e) => setCondition(i, { ...c, value: e.currentTarget.value })} data={values} miw={140} />
                  )}
                  {conditions.length > 1 && (
                    <ActionIcon variant="subtle" color="red.9" size="lg" aria-label={t('rules.removeCondition', { n: i + 1 })} onClick={() => setConditions(conditions.filter((_, j) => j !== i))}>
                      ×
                    </ActionIcon>
                  )}
                </Group>
              );
            })}
            <Group>
              <Button variant="subtle" size="xs" onClick={() => setConditions([...conditions, blank()])}>
                {t('rules.addCondition')}
              </Button>
            </Group>
            <TextInput label={t('rules.targetFr')} required value={target.targetFr} onChange={(e) => setTarget({ ...target, targetFr: e.currentTarget.value })} />
            <TextInput label={t('rules.targetNl')} required value={target.targetNl} onChange={(e) => setTarget({ ...target, targetNl: e.currentTarget.value })} />
            <TextInput label={t('rules.targetEn')} value={target.targetEn} onChange={(e) => setTarget({ ...target, targetEn: e.currentTarget.value })} />
            <ProblemAlert error={add.error} />
            <Group>
              <Button type="submit" loading={add.isPending}>
                {t('rules.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
