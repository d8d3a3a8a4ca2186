import { ActionIcon, Badge, Button, Card, Group, Modal, MultiSelect, NativeSelect, NumberInput, Progress, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { formatDate, formatNumber } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { inLanguage, usePeopleReached, useProjectProgress, useProjects, useSaveProject, type Project, type ProjectInput, type TargetGroup } from './api';
import { LanguageLabel, LanguageText } from './LanguageText';

const TARGET_GROUPS: TargetGroup[] = ['job_seekers', 'over_50', 'under_30', 'women', 'neet', 'newcomers', 'disabled_people', 'employers'];

export function ProjectsPage() {
  const { t } = useTranslation('observatory');
  const canEdit = useCan('observatory.edit_projects');
  const projects = useProjects();
  const [editing, setEditing] = useState<Partial<Project> | null>(null);
  return (
    <>
      <PageHeader title={t('projects.title')} actions={canEdit && <Button onClick={() => setEditing({})}>{t('projects.new')}</Button>} />
      {projects.isPending && <Loading />}
      <ProblemAlert error={projects.error} />
      {projects.data?.items.length === 0 && <Text>{t('projects.none')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {projects.data?.items.map((p) => (
          <ProjectCard key={p.id} project={p} onEdit={canEdit ? () => setEditing(p) : undefined} />
        ))}
      </SimpleGrid>
      <Modal closeButtonProps={{ 'aria-label': t('common:actions.close') }} opened={editing !== null} onClose={() => setEditing(null)} title={editing?.id ? editing.name : t('projects.new')} size="lg">
        {editing && <ProjectForm initial={editing} onDone={() => setEditing(null)} />}
      </Modal>
    </>
  );
}

/** A target group's label (a code from an older version of Relais shows as it is). */
function useGroupLabel() {
  const { t } = useTranslation('observatory');
  return (code: string) => t(`projects.groups.${code}`, { defaultValue: code });
}

function ProjectCard({ project, onEdit }: { project: Project; onEdit?: () => void }) {
  const { t, i18n } = useTranslation('observatory');
  const progress = useProjectProgress(project.id);
  const group = useGroupLabel();
  const description = { fr: project.descriptionFr, nl: project.descriptionNl };
  return (
    <Card withBorder>
      <Group justify="space-between" align="flex-start">
        <Title order={2} size="h4">
          {project.name}
        </Title>
        {onEdit && (
          <Button size="compact-sm" variant="default" onClick={onEdit}>
            {t('common:actions.edit')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {formatDate(project.periodStart)} – {formatDate(project.periodEnd)}
        {project.neighbourhood ? ` · ${project.neighbourhood}` : ''}
      </Text>
      <Group gap={4} my="xs">
        {project.funders.map((f) => (
          <Badge key={f} variant="light">
            {f}
          </Badge>
        ))}
        {project.targetGroups.map((g) => (
          <Badge key={g} variant="outline" color="gray">
            {group(g)}
          </Badge>
        ))}
      </Group>
      {(description.fr || description.nl) && <LanguageText versions={description} missingKey="report.missing" />}
      {progress.data && progress.data.objectives.length > 0 && (
        <Stack gap="xs" mt="sm">
          <Text size="sm" fw={600}>
            {t('projects.progress', { date: formatDate(progress.data.at) })}
          </Text>
          {progress.data.objectives.map((o) => (
            <div key={o.id}>
              <Text size="sm">
                <LanguageLabel versions={{ fr: o.labelFr, nl: o.labelNl }} missingKey="projects.missing" />: {formatNumber(o.value)} / {formatNumber(o.target)}
              </Text>
              <Progress value={Math.min(100, (o.ratio ?? 0) * 100)} aria-label={`${inLanguage({ fr: o.labelFr, nl: o.labelNl }, i18n.language).text ?? ''}: ${formatNumber(o.value)} / ${formatNumber(o.target)}`} />
            </div>
          ))}
        </Stack>
      )}
    </Card>
  );
}

type ObjectiveDraft = NonNullable<ProjectInput['objectives']>[number];

function ProjectForm({ initial, onDone }: { initial: Partial<Project>; onDone: () => void }) {
  const { t } = useTranslation('observatory');
  const save = useSaveProject();
  const group = useGroupLabel();
  // the lines an objective can be measured by: those of the people-reached table of the default year and the one before
  const lines = usePeopleReached(undefined).data?.rows ?? [];
  const [p, setP] = useState({
    name: initial.name ?? '',
    descriptionFr: initial.descriptionFr ?? '',
    descriptionNl: initial.descriptionNl ?? '',
    funders: (initial.funders ?? []).join(', '),
    periodStart: initial.periodStart ?? '',
    periodEnd: initial.periodEnd ?? '',
    neighbourhood: initial.neighbourhood ?? '',
    targetGroups: (initial.targetGroups ?? []).filter((g): g is TargetGroup => (TARGET_GROUPS as string[]).includes(g)),
    objectives: (initial.objectives ?? []).map((o) => ({ labelFr: o.labelFr ?? '', labelNl: o.labelNl ?? '', activityKey: o.activityKey, target: o.target })) as ObjectiveDraft[],
  });
  const list = (s: string) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          {
            id: initial.id,
            ...p,
            descriptionFr: p.descriptionFr || null,
            descriptionNl: p.descriptionNl || null,
            neighbourhood: p.neighbourhood || null,
            funders: list(p.funders),
            objectives: p.objectives.map((o) => ({ ...o, labelFr: o.labelFr || null, labelNl: o.labelNl || null })),
          },
          { onSuccess: onDone },
        );
      }}
    >
      <Stack>
        <TextInput label={t('projects.name')} required value={p.name} onChange={(e) => setP({ ...p, name: e.currentTarget.value })} />
        <TextInput label={t('projects.funders')} description={t('projects.funderHelp')} value={p.funders} onChange={(e) => setP({ ...p, funders: e.currentTarget.value })} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="date" label={t('projects.start')} required value={p.periodStart} onChange={(e) => setP({ ...p, periodStart: e.currentTarget.value })} />
          <TextInput type="date" label={t('projects.end')} required value={p.periodEnd} onChange={(e) => setP({ ...p, periodEnd: e.currentTarget.value })} />
        </SimpleGrid>
        <TextInput label={t('projects.neighbourhood')} value={p.neighbourhood} onChange={(e) => setP({ ...p, neighbourhood: e.currentTarget.value })} />
        <MultiSelect
          label={t('projects.targetGroups')}
          data={TARGET_GROUPS.map((g) => ({ value: g, label: group(g) }))}
          value={p.targetGroups}
          onChange={(v) => setP({ ...p, targetGroups: v as TargetGroup[] })}
        />
        <Textarea lang="fr" label={t('projects.descriptionFr')} autosize minRows={2} value={p.descriptionFr} onChange={(e) => setP({ ...p, descriptionFr: e.currentTarget.value })} />
        <Textarea lang="nl" label={t('projects.descriptionNl')} autosize minRows={2} value={p.descriptionNl} onChange={(e) => setP({ ...p, descriptionNl: e.currentTarget.value })} />
        <Title order={3} size="h5">
          {t('projects.objectives')}
        </Title>
        {p.objectives.map((o, i) => {
          const set = (patch: Partial<ObjectiveDraft>) => setP({ ...p, objectives: p.objectives.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
          return (
            <Group key={i} align="flex-end" wrap="wrap">
              <TextInput lang="fr" label={t('projects.objectiveFr', { n: i + 1 })} value={o.labelFr ?? ''} onChange={(e) => set({ labelFr: e.currentTarget.value })} style={{ flex: 2, minWidth: 180 }} />
              <TextInput lang="nl" label={t('projects.objectiveNl', { n: i + 1 })} value={o.labelNl ?? ''} onChange={(e) => set({ labelNl: e.currentTarget.value })} style={{ flex: 2, minWidth: 180 }} />
              <NativeSelect
                label={t('projects.activityKey')}
                value={o.activityKey}
                data={[
                  { value: '', label: '—' },
                  ...lines.map((l) => ({ value: l.key, label: l.label })),
                  ...(o.activityKey && !lines.some((l) => l.key === o.activityKey) ? [{ value: o.activityKey, label: o.activityKey }] : []),
                ]}
                onChange={(e) => set({ activityKey: e.currentTarget.value })}
                style={{ flex: 2, minWidth: 160 }}
              />
              <NumberInput label={t('projects.target')} min={0} required value={o.target} onChange={(v) => set({ target: Number(v) })} style={{ width: 100 }} />
              <ActionIcon variant="subtle" color="red" aria-label={t('projects.removeObjective', { n: i + 1 })} onClick={() => setP({ ...p, objectives: p.objectives.filter((_, j) => j !== i) })}>
                ✕
              </ActionIcon>
            </Group>
          );
        })}
        <Button variant="default" onClick={() => setP({ ...p, objectives: [...p.objectives, { labelFr: '', labelNl: '', activityKey: '', target: 0 }] })}>
          {t('projects.addObjective')}
        </Button>
        <ProblemAlert error={save.error} />
        <Button type="submit" loading={save.isPending}>
          {t('common:actions.save')}
        </Button>
      </Stack>
    </form>
  );
}
