import { Badge, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Criterion } from './api';

const COLOR = { met: '#1b5e20', partly: '#8a4b00', not_met: '#a00000' } as const;

/** The explained score: every requirement, met, partly met or not met, with its weight. */
export function Criteria({ criteria }: { criteria: Criterion[] }) {
  const { t } = useTranslation('matching');
  // days and dayparts come as codes ("1,2,3", "morning"): shown in words
  const words = (kind: Criterion['kind'], v: string | null) =>
    v === null ? null : kind === 'days' ? v.split(',').map((d) => t(`day.${d}`)).join(', ') : kind === 'dayparts' ? v.split(',').map((d) => t(`daypart.${d}`)).join(', ') : v;
  if (!criteria.length) return <Text size="sm">{t('rank.noRequirement')}</Text>;
  return (
    <List size="sm" spacing={4} listStyleType="none" ml={0} pl={0}>
      {criteria.map((c, i) => (
        <List.Item key={`${c.kind}-${c.ref ?? i}`}>
          <Badge variant="filled" color={COLOR[c.result]} size="sm" mr={6}>
            {t(`result.${c.result}`)}
          </Badge>
          {t(`criterion.${c.kind}`)}
          {c.label ? ` : ${c.label}` : ''}
          {c.required ? ` (${t('rank.required', { value: words(c.kind, c.required) })}${c.actual ? `, ${t('rank.actual', { value: words(c.kind, c.actual) })}` : ''})` : ''} · {t('rank.weight', { weight: c.weight })}
        </List.Item>
      ))}
    </List>
  );
}
