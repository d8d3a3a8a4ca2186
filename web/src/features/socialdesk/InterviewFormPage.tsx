import { Alert, Button, Chip, Group, MultiSelect, NativeSelect, Paper, Radio, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { formatDate } from '../../app/i18n';
import { today } from '../../app/time';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { KINDS, labelOf, useCategories, useInterview, useOrganisations, usePerson, usePersonSearch, useSaveInterview, useSites, type InterviewInput } from './api';
import './i18n';


/** Records a new interview (or edits one): person, date, site, kind, problems, actions, referrals, next step. */
export function InterviewFormPage() {
  const { t } = useTranslation('socialdesk');
  const navigate = useNavigate();
  const id = Number(useParams().id ?? 0);
  const [params] = useSearchParams();
  const existing = useInterview(id);
  const sites = useSites();
  const categories = useCategories();
  const orgs = useOrganisations();
  const save = useSaveInterview(id || undefined);
  const [personId, setPersonId] = useState(Number(params.get('personId') ?? 0));
  const person = usePerson(id ? 0 : personId);
  const [q, setQ] = useState('');
  const found = usePersonSearch(personId ? '' : q);
  const [form, setForm] = useState({ date: today(), siteId: '', kind: 'appointment', categories: [] as string[], actions: '', referrals: [] as string[], nextStep: '', nextStepDate: '' });
  const [local, setLocal] = useState<string | null>(null);
  useEffect(() => {
    const i = existing.data;
    if (i)
      setForm({
        date: i.date,
        siteId: String(i.siteId),
        kind: i.kind,
        categories: i.categories.map((c) => c.code),
        actions: i.actions ?? '',
        referrals: i.referrals.map((r) => String(r.organisationId)),
        nextStep: i.nextStep ?? '',
        nextStepDate: i.nextStepDate ?? '',
      });
  }, [existing.data]);
  useEffect(() => {
    if (!form.siteId && sites.data?.items.length) setForm((f) => ({ ...f, siteId: String(sites.data.items[0].id) }));
  }, [sites.data, form.siteId]);
  if (id && existing.isPending) return <Loading />;
  const name = existing.data?.person ? `${existing.data.person.firstName} ${existing.data.person.lastName}` : person.data ? `${person.data.firstName} ${person.data.lastName}` : '';
  const categoryChoices = [...(categories.data?.items ?? [])];
  // a category deactivated since the interview still shows, so that editing keeps it
  for (const c of existing.data?.categories ?? []) if (!categoryChoices.some((x) => x.code === c.code)) categoryChoices.push({ ...c, id: 0, sortOrder: 999, active: false, createdAt: '' });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setLocal(null);
    const pid = id ? existing.data!.personId : personId;
    if (!pid) return setLocal(t('form.choosePerson'));
    if (!form.categories.length) return setLocal(t('form.chooseCategory'));
    save.mutate(
      {
        personId: pid,
        date: form.date,
        siteId: Number(form.siteId),
        kind: form.kind as InterviewInput['kind'],
        categories: form.categories,
        actions: form.actions.trim() || null,
        referrals: form.referrals.map((o) => ({ organisationId: Number(o) })),
        nextStep: form.nextStep.trim() || null,
        nextStepDate: form.nextStepDate || null,
      },
      { onSuccess: (i) => navigate(`/socialdesk/interviews/${i.id}`) },
    );
  };

  return (
    <>
      <PageHeader title={id ? t('form.titleEdit') : t('form.titleNew')} />
      <form onSubmit={submit}>
        <Stack>
          <Paper withBorder p="md">
            {id || personId ? (
              <Group gap="xs">
                <Text fw={600}>
                  {t('form.person')} : {name}
                </Text>
                {!id && (
                  <Button size="compact-sm" variant="subtle" onClick={() => setPersonId(0)}>
                    {t('form.change')}
                  </Button>
                )}
              </Group>
            ) : (
              <Stack gap="xs">
                <TextInput label={t('form.search')} type="search" value={q} onChange={(e) => setQ(e.currentTarget.value)} autoComplete="off" />
                {found.data && q.trim().length >= 2 && (
                  <Radio.Group label={t('form.results')} value={null} onChange={(v) => setPersonId(Number(v))}>
                    <Stack gap={4} mt={4}>
                      {found.data.items.map((p) => (
                        <Radio key={p.id} value={String(p.id)} label={`${p.firstName} ${p.lastName}${p.birthDate ? ` (${formatDate(p.birthDate)})` : ''}`} />
                      ))}
                    </Stack>
                  </Radio.Group>
                )}
              </Stack>
            )}
          </Paper>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput type="date" label={t('form.date')} required value={form.date} onChange={(e) => setForm({ ...form, date: e.currentTarget.value })} />
            <NativeSelect
              label={t('form.site')}
              required
              value={form.siteId}
              onChange={(e) => setForm({ ...form, siteId: e.currentTarget.value })}
              data={(sites.data?.items ?? []).map((s) => ({ value: String(s.id), label: s.name }))}
            />
            <NativeSelect
              label={t('form.kind')}
              value={form.kind}
              onChange={(e) => setForm({ ...form, kind: e.currentTarget.value })}
              data={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            />
          </SimpleGrid>
          <div>
            <Text size="sm" fw={500} mb={4} id="categories-label">
              {t('form.categories')}
            </Text>
            <Chip.Group multiple value={form.categories} onChange={(v) => setForm({ ...form, categories: v })}>
              <Group gap="xs" role="group" aria-labelledby="categories-label">
                {categoryChoices.map((c) => (
                  <Chip key={c.code} value={c.code}>
                    {labelOf(c)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </div>
          <Textarea label={t('form.actions')} autosize minRows={3} maxLength={5000} value={form.actions} onChange={(e) => setForm({ ...form, actions: e.currentTarget.value })} />
          <MultiSelect
            label={t('form.referrals')}
            searchable
            value={form.referrals}
            onChange={(v) => setForm({ ...form, referrals: v })}
            data={(orgs.data?.items ?? []).map((o) => ({ value: String(o.id), label: o.name }))}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('form.nextStep')} maxLength={1000} value={form.nextStep} onChange={(e) => setForm({ ...form, nextStep: e.currentTarget.value })} />
            <TextInput type="date" label={t('form.nextStepDate')} min={form.date} value={form.nextStepDate} onChange={(e) => setForm({ ...form, nextStepDate: e.currentTarget.value })} />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('form.confidentialHint')}
          </Text>
          {local && (
            <Alert color="red" role="alert">
              {local}
            </Alert>
          )}
          <ProblemAlert error={save.error} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('common:actions.save')}
            </Button>
            <Button variant="default" onClick={() => navigate(-1)}>
              {t('common:actions.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
