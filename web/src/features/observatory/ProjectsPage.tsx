import { Button, Card, Group, Modal, NativeSelect, NumberInput, Progress, SimpleGrid, Stack, Text, TextInput, Textarea, Title, ActionIcon, Badge } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRole, useMe } from '../../app/auth';
import { formatDate, formatNumber } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { usePeopleReached, useProjectProgress, useProjects, useSaveProject, type Objective, type Project } from './api';
import { useLineLabel } from './ReachPage';

const EDITORS = ['admin', 'director', 'project_officer'] as const;

export function ProjectsPage() {
  const { t } = useTranslation('observatory');
  const me = useMe().data;
  const projects = useProjects();
  const [editing, setEditing] = useState<Partial<Project> | null>(null);
  return (
    <>
      <PageHeader title={t('projects.title')} actions={hasRole(me, EDITORS) && <Button onClick={() => setEditing({})}>{t('projects.new')}</Button>} />
      {projects.isPending && <Loading />}
      <ProblemAlert error={projects.error} />
      {projects.data?.items.length === 0 && <Text>{t('projects.none')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {projects.data?.items.map((p) => (
          <ProjectCard key={p.id} project={p} onEdit={hasRole(me, EDITORS) ? () => setEditing(p) : undefined} />
        ))}
      </SimpleGrid>
      <Modal closeButtonProps={{ 'aria-label': t('common:actions.close') }} opened={editing !== null} onClose={() => setEditing(null)} title={editing?.id ? editing.name : t('projects.new')} size="lg">
        {editing && <ProjectForm initial={editing} onDone={() => setEditing(null)} />}
      </Modal>
    </>
  );
}

function ProjectCard({ project, onEdit }: { project: Project; onEdit?: () => void }) {
  const { t } = useTranslation('observatory');
  const progress = useProjectProgress(project.id);
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
            {g}
          </Badge>
        ))}
      </Group>
      {project.description && <Text size="sm">{project.description}</Text>}
      {progress.data && progress.data.objectives.length > 0 && (
        <Stack gap="xs" mt="sm">
          <Text size="sm" fw={600}>
            {t('projects.progress', { date: formatDate(progress.data.at) })}
          </Text>
          {progress.data.objectives.map((o, i) => (
            <div key={i}>
              <Text size="sm">
                {o.label}: {formatNumber(o.value)} / {formatNumber(o.target)}
              </Text>
              <Progress value={Math.min(100, (o.ratio ?? 0) * 100)} aria-label={`${o.label}: ${formatNumber(o.value)} / ${formatNumber(o.target)}`} />
            </div>
          ))}
        </Stack>
      )}
    </Card>
  );
}

function ProjectForm({ initial, onDone }: { initial: Partial<Project>; onDone: () => void }) {
  const { t } = useTranslation('observatory');
  const save = useSaveProject();
  const label = useLineLabel();
  const lines = usePeopleReached(new Date().getFullYear() - 1).data?.lines ?? [];
  const [p, setP] = useState({
    name: initial.name ?? '',
    description: initial.description ?? '',
    funders: (initial.funders ?? []).join(', '),
    periodStart: initial.periodStart ?? '',
    periodEnd: initial.periodEnd ?? '',
    neighbourhood: initial.neighbourhood ?? '',
    targetGroups: (initial.targetGroups ?? []).join(', '),
    objectives: (initial.objectives ?? []) as Objective[],
  });
  const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(
          { id: initial.id, ...p, description: p.description || null, neighbourhood: p.neighbourhood || null, funders: list(p.funders), targetGroups: list(p.targetGroups) },
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
        <TextInput label={t('projects.targetGroups')} description={t('projects.funderHelp')} value={p.targetGroups} onChange={(e) => setP({ ...p, targetGroups: e.currentTarget.value })} />
        <Textarea label={t('projects.description')} autosize minRows={2} value={p.description} onChange={(e) => setP({ ...p, description: e.currentTarget.value })} />
        <Title order={3} size="h5">
          {t('projects.objectives')}
        </Title>
        {p.objectives.map((o, i) => {
          const set = (patch: Partial<Objective>) => setP({ ...p, objectives: p.objectives.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
          return (
            <Group key={i} align="flex-end" wrap="wrap">
              <TextInput label={`${t('projects.objective')} ${i + 1}`} required value={o.label} onChange={(e) => set({ label: e.currentTarget.value })} style={{ flex: 2, minWidth: 180 }} />
              <NativeSelect
                label={t('projects.activityKey')}
                value={o.activityKey}
                data={[{ value: '', label: '—' }, ...lines.map((l) => ({ value: l.key, label: label(l) })), ...(o.activityKey && !lines.some((l) => l.key === o.activityKey) ? [{ value: o.activityKey, label: o.activityKey }] : [])]}
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
        <Button variant="default" onClick={() => setP({ ...p, objectives: [...p.objectives, { label: '', activityKey: '', target: 0 }] })}>
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
