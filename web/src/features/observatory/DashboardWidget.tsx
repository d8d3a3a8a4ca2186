import { Button, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/i18n';
import { inLanguage, useDashboard } from './api';
import { changeOf, formatChange } from './format';
import { LanguageLabel } from './LanguageText';

/** The home dashboard: the user's own activities month by month against last year, and running projects against their targets. */
export function DashboardWidget() {
  const { t, i18n } = useTranslation('observatory');
  const d = useDashboard().data;
  if (!d || (d.series.length === 0 && d.projects.length === 0)) return null;
  const month = (m: number) => new Intl.DateTimeFormat(i18n.language, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, m, 15)));
  return (
    <Stack mb="lg">
      <div>
        <Title order={2} size="h3">
          {t(d.series.length > 0 && d.series.every((s) => s.scope === 'all') ? 'dashboard.titleAll' : 'dashboard.title', { year: d.year })}
        </Title>
        <Text size="sm">{t('dashboard.intro', { previous: d.year - 1 })}</Text>
      </div>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {d.series.map((s) => (
          <Paper withBorder p="md" key={s.key}>
            <Title order={3} size="h5">
              {s.label}
            </Title>
            <Text size="sm" c="dimmed">
              {s.scope === 'mine' ? t('dashboard.mine', { total: formatNumber(s.allTotal) }) : t('dashboard.all')}
            </Text>
            <Text fz={24} fw={700}>
              {t('dashboard.vs', { total: formatNumber(s.total), previous: d.year - 1, previousTotal: formatNumber(s.previousTotal) })}
            </Text>
            <Text size="sm">{t('dashboard.change', { change: formatChange(changeOf(s.total, s.previousTotal)) })}</Text>
            <BarChart
              h={160}
              data={s.months.map((v, i) => ({ month: month(i), [String(d.year)]: v, [String(d.year - 1)]: s.previous[i] }))}
              dataKey="month"
              series={[
                { name: String(d.year), color: 'blue.7' },
                { name: String(d.year - 1), color: 'gray.5' },
              ]}
            />
            <Button component={Link} to={s.link} variant="subtle" size="compact-sm" mt="xs">
              {t('dashboard.open')}
            </Button>
          </Paper>
        ))}
      </SimpleGrid>
      {d.projects.length > 0 && (
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="xs">
            {t('dashboard.projects')}
          </Title>
          {d.projects.map((p) => (
            <Stack key={p.project.id} gap={4} mb="sm">
              <Text fw={600} size="sm">
                {p.project.name}
              </Text>
              {p.objectives.map((o) => (
                <div key={o.id}>
                  <Text size="xs">
                    <LanguageLabel versions={{ fr: o.labelFr, nl: o.labelNl }} missingKey="projects.missing" />: {formatNumber(o.value)} / {formatNumber(o.target)}
                  </Text>
                  <Progress value={Math.min(100, (o.ratio ?? 0) * 100)} aria-label={`${inLanguage({ fr: o.labelFr, nl: o.labelNl }, i18n.language).text ?? ''}: ${formatNumber(o.value)} / ${formatNumber(o.target)}`} />
                </div>
              ))}
            </Stack>
          ))}
        </Paper>
      )}
    </Stack>
  );
}
