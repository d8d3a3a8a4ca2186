import { Anchor, Badge, Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { TableScroll } from '../../ui/TableScroll';
import { JOB_FAMILIES, useSaveSkill, useSkillsCatalogue, type Skill } from './api';
import './i18n';

type Family = (typeof JOB_FAMILIES)[number];
interface Draft {
  family: Family;
  labelFr: string;
  labelNl: string;
  labelEn: string;
  escoUri: string;
}
const draftOf = (s?: Skill): Draft => ({ family: s?.family ?? 'horeca', labelFr: s?.label.fr ?? '', labelNl: s?.label.nl ?? '', labelEn: s?.label.en ?? '', escoUri: s?.escoUri ?? '' });
const bodyOf = (d: Draft) => ({ family: d.family, labelFr: d.labelFr.trim(), labelNl: d.labelNl.trim(), labelEn: d.labelEn.trim(), escoUri: d.escoUri.trim() || null });

/** Staff who configure the matching: the skills catalogue, in FR/NL/EN with its ESCO concepts; add, correct, retire. */
export function SkillsPage() {
  const { t, i18n } = useTranslation('matching');
  const [showRetired, setShowRetired] = useState(false);
  const [family, setFamily] = useState<Family | ''>('');
  const [editing, setEditing] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const skills = useSkillsCatalogue(showRetired);
  const save = useSaveSkill();
  const canEdit = useCan('matching.catalogue');
  const lang = (i18n.language === 'nl' || i18n.language === 'en' ? i18n.language : 'fr') as 'fr' | 'nl' | 'en';
  const rows = (skills.data?.items ?? []).filter((s) => !family || s.family === family).sort((a, b) => JOB_FAMILIES.indexOf(a.family) - JOB_FAMILIES.indexOf(b.family) || a.label[lang].localeCompare(b.label[lang], lang));
  const toggle = (s: Skill) => save.mutate({ id: s.id, body: { active: !s.active } }, { onSuccess: () => setStatus(t('skills.saved')) });
  return (
    <Stack>
      <PageHeader title={t('skills.title')} />
      <Text>{t('skills.intro')}</Text>
      <Group align="end" wrap="wrap">
        <NativeSelect label={t('skills.family')} value={family} onChange={(e) => setFamily(e.currentTarget.value as Family | '')} data={[{ value: '', label: t('skills.allFamilies') }, ...JOB_FAMILIES.map((f) => ({ value: f, label: t(`family.${f}`) }))]} />
        <Checkbox label={t('skills.showRetired')} checked={showRetired} onChange={(e) => setShowRetired(e.currentTarget.checked)} />
      </Group>
      <ProblemAlert error={skills.error ?? save.error} />
      {status && (
        <Text role="status" c="#1b5e20">
          {status}
        </Text>
      )}
      {skills.isPending ? (
        <Loading />
      ) : (
        <TableScroll minWidth={720} label={t('skills.caption')}>
          <Table striped>
            <caption className="visually-hidden">{t('skills.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('skills.family')}</Table.Th>
                <Table.Th>{t('skills.labelFr')}</Table.Th>
                <Table.Th>{t('skills.labelNl')}</Table.Th>
                <Table.Th>{t('skills.labelEn')}</Table.Th>
                <Table.Th>{t('skills.esco')}</Table.Th>
                <Table.Th>{t('skills.state')}</Table.Th>
                {canEdit && <Table.Th>{t('skills.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((s) =>
                editing === s.id ? (
                  <Table.Tr key={s.id}>
                    <Table.Td colSpan={canEdit ? 7 : 6}>
                      <SkillForm
                        title={t('skills.editTitle', { label: s.label[lang] })}
                        initial={draftOf(s)}
                        submitLabel={t('skills.save')}
                        pending={save.isPending}
                        onCancel={() => setEditing(null)}
                        onSubmit={(d) => save.mutate({ id: s.id, body: bodyOf(d) }, { onSuccess: () => (setEditing(null), setStatus(t('skills.saved'))) })}
                      />
                    </Table.Td>
                  </Table.Tr>
                ) : (
                  <Table.Tr key={s.id}>
                    <Table.Td>{t(`family.${s.family}`)}</Table.Td>
                    <Table.Td lang="fr">{s.label.fr}</Table.Td>
                    <Table.Td lang="nl">{s.label.nl}</Table.Td>
                    <Table.Td lang="en">{s.label.en}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      {s.escoUri ? (
                        <Anchor href={s.escoUri} target="_blank" rel="noopener noreferrer" size="sm">
                          {s.escoUri.replace('http://data.europa.eu/esco/', 'esco/')}
                        </Anchor>
                      ) : (
                        <Text size="sm">{t('skills.noEsco')}</Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant={s.active ? 'light' : 'outline'} color={s.active ? 'green.9' : 'gray.8'}>
                        {s.active ? t('skills.active') : t('skills.retired')}
                      </Badge>
                    </Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Button size="xs" variant="default" aria-label={t('skills.editTitle', { label: s.label[lang] })} onClick={() => setEditing(s.id)}>
                            {t('skills.edit')}
                          </Button>
                          <Button size="xs" variant="outline" color={s.active ? 'red.9' : 'dark'} aria-label={s.active ? t('skills.retireLabel', { label: s.label[lang] }) : t('skills.restoreLabel', { label: s.label[lang] })} onClick={() => toggle(s)}>
                            {s.active ? t('skills.retire') : t('skills.restore')}
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ),
              )}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {canEdit && <NewSkill onAdded={() => setStatus(t('skills.added'))} />}
    </Stack>
  );
}

function NewSkill({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation('matching');
  const save = useSaveSkill();
  const [key, setKey] = useState(0);
  return (
    <Paper withBorder p="md">
      <ProblemAlert error={save.error} />
      <SkillForm key={key} title={t('skills.add')} initial={draftOf()} submitLabel={t('skills.addSubmit')} pending={save.isPending} onSubmit={(d) => save.mutate({ body: { ...bodyOf(d), active: true } }, { onSuccess: () => (setKey((k) => k + 1), onAdded()) })} />
    </Paper>
  );
}

function SkillForm({ title, initial, submitLabel, pending, onSubmit, onCancel }: { title: string; initial: Draft; submitLabel: string; pending: boolean; onSubmit: (d: Draft) => void; onCancel?: () => void }) {
  const { t } = useTranslation('matching');
  const [d, setD] = useState(initial);
  const submit = (e: FormEvent) => (e.preventDefault(), onSubmit(d));
  return (
    <form onSubmit={submit} aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <Stack gap="sm">
        <NativeSelect label={t('skills.family')} value={d.family} onChange={(e) => setD({ ...d, family: e.currentTarget.value as Family })} data={JOB_FAMILIES.map((f) => ({ value: f, label: t(`family.${f}`) }))} maw={320} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('skills.labelFr')} value={d.labelFr} onChange={(e) => setD({ ...d, labelFr: e.currentTarget.value })} required maxLength={120} lang="fr" />
          <TextInput label={t('skills.labelNl')} value={d.labelNl} onChange={(e) => setD({ ...d, labelNl: e.currentTarget.value })} required maxLength={120} lang="nl" />
          <TextInput label={t('skills.labelEn')} value={d.labelEn} onChange={(e) => setD({ ...d, labelEn: e.currentTarget.value })} required maxLength={120} lang="en" />
        </SimpleGrid>
        <TextInput label={t('skills.esco')} description={t('skills.escoHint')} value={d.escoUri} onChange={(e) => setD({ ...d, escoUri: e.currentTarget.value })} maxLength={200} inputMode="url" />
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('skills.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
