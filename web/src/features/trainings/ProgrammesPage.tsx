import { Anchor, Button, Paper, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title, Group } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { useCreateProgramme, usePrograms } from './api';
import './i18n';

/** The programmes (REF, Nouveaux Départs...), and a form to add one. */
export function ProgrammesPage() {
  const { t } = useTranslation('trainings');
  const list = usePrograms();
  const create = useCreateProgramme();
  const navigate = useNavigate();
  const [form, setForm] = useState({ name: '', nameNl: '', description: '', descriptionNl: '', targetPublic: '', targetPublicNl: '', funder: '', questions: '' });
  const set = (k: keyof typeof form) => (e: { currentTarget: { value: string } }) => setForm({ ...form, [k]: e.currentTarget.value });
  return (
    <>
      <PageHeader title={t('list.title')} />
      <ProblemAlert error={list.error} />
      {list.isPending ? (
        <Loading />
      ) : list.data?.length === 0 ? (
        <Text>{t('list.none')}</Text>
      ) : (
        <TableScroll minWidth={520} label={t('list.title')}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('list.name')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('list.sessions')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('list.participants')}</Table.Th>
                <Table.Th scope="col">{t('list.next')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/trainings/programmes/${p.id}`} fw={600}>
                      {p.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td ta="right">{p.sessionCount}</Table.Td>
                  <Table.Td ta="right">{p.participantCount}</Table.Td>
                  <Table.Td>{p.nextDay ? formatDate(p.nextDay) : ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <Paper
        withBorder
        p="md"
        mt="lg"
        component="form"
        aria-labelledby="new-programme"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate(
            {
              name: form.name,
              nameNl: form.nameNl || null,
              description: form.description || null,
              descriptionNl: form.descriptionNl || null,
              targetPublic: form.targetPublic || null,
              targetPublicNl: form.targetPublicNl || null,
              funder: form.funder || null,
              questions: form.questions.split('\n').map((q) => q.trim()).filter(Boolean),
            },
            { onSuccess: (p) => navigate(`/trainings/programmes/${p.id}`) },
          );
        }}
      >
        <Title order={2} size="h4" id="new-programme" mb="sm">
          {t('list.new')}
        </Title>
        <Stack gap="sm">
          {/* French and Dutch side by side: the website shows the Dutch one on its Dutch pages */}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('programme.name')} required value={form.name} onChange={set('name')} maxLength={200} />
            <TextInput label={t('programme.nameNl')} lang="nl" value={form.nameNl} onChange={set('nameNl')} maxLength={200} />
            <Textarea label={t('programme.description')} value={form.description} onChange={set('description')} autosize minRows={2} />
            <Textarea label={t('programme.descriptionNl')} lang="nl" value={form.descriptionNl} onChange={set('descriptionNl')} autosize minRows={2} />
            <TextInput label={t('programme.targetPublic')} value={form.targetPublic} onChange={set('targetPublic')} />
            <TextInput label={t('programme.targetPublicNl')} lang="nl" value={form.targetPublicNl} onChange={set('targetPublicNl')} />
          </SimpleGrid>
          <TextInput label={t('programme.funder')} value={form.funder} onChange={set('funder')} />
          <Textarea label={t('programme.questions')} value={form.questions} onChange={set('questions')} autosize minRows={3} />
          <ProblemAlert error={create.error} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('programme.create')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </>
  );
}
