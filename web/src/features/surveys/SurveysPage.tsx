import { Anchor, Badge, Button, Group, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import { inLanguage, useCreateSurvey, useScreeningForms, useSurveys } from './api';
import './i18n';

/** The surveys (or, at /screening, the screening forms of themed fairs), and a form to start one. */
export function SurveysPage() {
  const { t } = useTranslation('surveys');
  const screening = useLocation().pathname.startsWith('/screening');
  const purpose = screening ? 'screening' : 'survey';
  const canRead = useCan('surveys.read');
  const canManage = useCan('surveys.manage');
  const surveys = useSurveys(purpose, !screening);
  const forms = useScreeningForms(screening);
  const list = screening ? forms : surveys;
  const create = useCreateSurvey();
  const navigate = useNavigate();
  const [form, setForm] = useState({ titleFr: '', titleNl: '', titleEn: '', subjectType: '', subjectId: '' as number | string });
  return (
    <>
      <PageHeader title={screening ? t('list.screeningTitle') : t('list.title')} />
      <Stack gap="lg">
        {list.isPending ? (
          <Loading />
        ) : list.error ? (
          <ProblemAlert error={list.error} />
        ) : list.data.items.length === 0 ? (
          <Text>{t('list.none')}</Text>
        ) : (
          <TableScroll minWidth={560} label={screening ? t('list.screeningTitle') : t('list.title')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('list.name')}</Table.Th>
                  <Table.Th>{t('list.subject')}</Table.Th>
                  <Table.Th>{t('list.status')}</Table.Th>
                  <Table.Th ta="right">{t('list.questions')}</Table.Th>
                  <Table.Th ta="right">{t('list.answers')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      <Anchor component={Link} to={screening && !canRead ? `/surveys/${s.id}/desk` : `/surveys/${s.id}`}>
                        {inLanguage(s.titleFr, s.titleNl, s.titleEn)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{s.subjectType ? `${s.subjectType} ${s.subjectId}` : '—'}</Table.Td>
                    <Table.Td>
                      <Badge color={s.open ? 'teal.9' : 'gray.7'} variant="filled">
                        {s.open ? t('list.open') : t('list.closed')}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">{s.questionCount}</Table.Td>
                    <Table.Td ta="right">{s.answers}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
        {canManage && (
          <Paper withBorder p="md" component="section" aria-labelledby="new-survey">
            <Title order={2} size="h4" mb="sm" id="new-survey">
              {screening ? t('list.createScreening') : t('list.create')}
            </Title>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                create.mutate(
                  {
                    purpose,
                    titleFr: form.titleFr,
                    titleNl: form.titleNl,
                    titleEn: form.titleEn || null,
                    ...(form.subjectType && form.subjectId ? { subjectType: form.subjectType, subjectId: Number(form.subjectId) } : {}),
                    ...(screening ? { publicLink: false } : {}),
                  },
                  { onSuccess: (s) => navigate(`/surveys/${s.id}`) },
                );
              }}
            >
              <Stack gap="sm">
                <Group grow wrap="wrap" align="flex-start">
                  <TextInput label={t('list.titleFr')} required value={form.titleFr} onChange={(e) => setForm({ ...form, titleFr: e.currentTarget.value })} miw={220} />
                  <TextInput label={t('list.titleNl')} required value={form.titleNl} onChange={(e) => setForm({ ...form, titleNl: e.currentTarget.value })} miw={220} />
                  <TextInput label={t('list.titleEn')} value={form.titleEn} onChange={(e) => setForm({ ...form, titleEn: e.currentTarget.value })} miw={220} />
                </Group>
                <Group grow wrap="wrap" align="flex-start">
                  <TextInput label={t('list.subjectType')} value={form.subjectType} onChange={(e) => setForm({ ...form, subjectType: e.currentTarget.value })} miw={220} />
                  <NumberInput label={t('list.subjectId')} value={form.subjectId} onChange={(v) => setForm({ ...form, subjectId: v })} min={1} allowDecimal={false} miw={160} />
                </Group>
                <ProblemAlert error={create.error} />
                <Group>
                  <Button type="submit" loading={create.isPending}>
                    {t('list.submit')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Paper>
        )}
      </Stack>
    </>
  );
}
