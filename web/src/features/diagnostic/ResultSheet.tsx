import { useCallback } from 'react';
import { Anchor, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInstitutionVars } from '../../app/institution';
import { formatDate } from '../../app/i18n';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { AREAS, useResult, type AreaLevel, type Lang } from './api';
import './i18n';
import { Pictogram } from './pictograms';

/** Four dots for a level (0 to 4), beside its words: a picture for who reads little. */
export function LevelDots({ level }: { level: number }) {
  return (
    <span aria-hidden style={{ fontSize: 22, letterSpacing: 2, color: 'var(--mantine-color-blue-8)' }}>
      {'●'.repeat(level)}
      <span style={{ color: 'var(--mantine-color-gray-5)' }}>{'○'.repeat(4 - level)}</span>
    </span>
  );
}

/** The levels per area, in plain words. */
export function LevelsTable({ levels, caption }: { levels: AreaLevel[]; caption: string }) {
  const { t } = useTranslation('diagnostic');
  return (
    <Table fz="md" verticalSpacing="sm">
      <caption style={{ textAlign: 'left', fontWeight: 600, marginBottom: 8, captionSide: 'top' }}>{caption}</caption>
      <Table.Tbody>
        {AREAS.map((area) => {
          const l = levels.find((x) => x.area === area);
          if (!l) return null;
          return (
            <Table.Tr key={area}>
              <Table.Th scope="row" style={{ width: '40%' }}>
                {t(`area.${area}`)}
              </Table.Th>
              <Table.Td>
                <Group gap="xs" wrap="wrap">
                  <LevelDots level={l.level} />
                  <Text fw={700}>{t(`level.${l.level}`)}</Text>
                </Group>
                <Text size="sm">{t(`levelHelp.${l.level}`)}</Text>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/** The result sheet: levels per area, where to go next (trainings with their next group, partners nearest first), printable. */
export function ResultSheet({ token, lang, staff, onFinish }: { token: string; lang: Lang; staff?: boolean; onFinish: () => void }) {
  const { t } = useTranslation('diagnostic');
  const inst = useInstitutionVars();
  const result = useResult(token, lang);
  // The result's heading takes the focus when it appears (the question that had it is gone): a screen reader says it.
  const focusOnMount = useCallback((el: HTMLHeadingElement | null) => el?.focus(), []);
  if (result.isPending) return <Loading />;
  if (!result.data) return <ProblemAlert error={result.error} />;
  const r = result.data;
  const o = r.orientation;
  return (
    <Stack gap="md">
      <style>{'@media print { .relais-no-print { display: none !important; } nav, header { display: none !important; } }'}</style>
      <Text className="relais-print-only" size="sm" c="dimmed">
        {t('result.sheetTitle')}
      </Text>
      <Title order={2} ref={focusOnMount} tabIndex={-1} style={{ outline: 'none' }}>
        {t('result.title')}
      </Title>
      <Text size="lg">{t('result.intro')}</Text>
      <Text size="sm">{t('result.date', { date: formatDate(r.finishedAt, { dateStyle: 'long' }, lang) })}</Text>
      <Paper withBorder p="md" radius="md">
        <LevelsTable levels={r.levels} caption={t('result.overall', { level: t(`level.${r.overallLevel}`) })} />
      </Paper>
      <Title order={2} size="h3">
        {t('result.orientation')}
      </Title>
      <Paper withBorder p="md" radius="md">
        <Title order={3} size="h4" mb="xs">
          {t('result.programmes', inst)}
        </Title>
        {o.programmes.length === 0 ? (
          <Text>{t('result.noProgramme')}</Text>
        ) : (
          <List spacing="sm" size="lg">
            {o.programmes.map((p) => (
              <List.Item key={p.id}>
                <Text fw={700} size="lg">
                  {p.name}
                </Text>
                {p.description && <Text size="md">{p.description}</Text>}
                {p.sessions.length === 0 && <Text size="md">{t('result.noSession')}</Text>}
                {p.sessions.map((s) => (
                  <Group key={s.id} gap="xs" wrap="wrap">
                    <Text size="md">
                      {t('result.nextSession', { date: formatDate(s.firstDay, { dateStyle: 'full' }, lang) })}
                      {s.seatsLeft !== null && ` · ${t('result.seatsLeft', { count: s.seatsLeft })}`}
                    </Text>
                    {staff && (
                      <Anchor component={Link} to={`/trainings/sessions/${s.id}`} className="relais-no-print">
                        {t('result.register')}
                      </Anchor>
                    )}
                  </Group>
                ))}
              </List.Item>
            ))}
          </List>
        )}
        {!staff && o.programmes.length > 0 && (
          <Text size="md" mt="sm">
            {t('result.registerPublic', inst)}
          </Text>
        )}
      </Paper>
      {o.epn && (
        <Paper withBorder p="md" radius="md">
          <Text size="lg">
            <Pictogram symbol="🖥️" size={20} inline />
            {t('result.epn')}
          </Text>
        </Paper>
      )}
      {o.partners.length > 0 && (
        <Paper withBorder p="md" radius="md">
          <Title order={3} size="h4" mb="xs">
            {t('result.partners')}
          </Title>
          <List spacing="sm" size="md">
            {o.partners.map((p) => (
              <List.Item key={p.id}>
                <Text fw={700}>{p.name}</Text>
                <Text size="md">
                  {[p.address, [p.postalCode, p.commune].filter(Boolean).join(' '), p.phone, p.distanceKm !== null ? t('result.km', { km: p.distanceKm.toLocaleString(lang) }) : null].filter(Boolean).join(' · ')}
                </Text>
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
      <Group className="relais-no-print" gap="sm" grow preventGrowOverflow={false} wrap="wrap">
        <Button size="lg" variant="default" onClick={() => window.print()} leftSection={<Pictogram symbol="🖨️" size={24} />}>
          {t('result.print')}
        </Button>
        <Button size="lg" onClick={onFinish} leftSection={<Pictogram symbol="✅" size={24} />}>
          {t('result.finish')}
        </Button>
      </Group>
    </Stack>
  );
}
