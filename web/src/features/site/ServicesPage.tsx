import { Anchor, Badge, Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { TableScroll } from '../../ui/TableScroll';
import { useOrganisations } from '../organisations/public';
import { useSaveService, useServiceCodes, useServices, type ServiceBody, type ServiceCodes, type SiteServiceRow } from './api';
import './i18n';

type Form = Required<{ [K in keyof ServiceBody]: NonNullable<ServiceBody[K]> }>;

function formOf(s: SiteServiceRow | null): Form {
  return {
    organisationId: s?.organisationId ?? 0,
    nameFr: s?.nameFr ?? '',
    nameNl: s?.nameNl ?? '',
    descriptionFr: s?.descriptionFr ?? '',
    descriptionNl: s?.descriptionNl ?? '',
    serviceType: (s?.serviceType ?? '') as Form['serviceType'],
    themes: (s?.themes ?? []) as Form['themes'],
    publics: (s?.publics ?? []) as Form['publics'],
    languages: s?.languages ?? [],
    fees: (s?.fees ?? '') as Form['fees'],
    feesDetails: s?.feesDetails ?? '',
    receptionModes: (s?.receptionModes ?? []) as Form['receptionModes'],
    mobilisationModes: (s?.mobilisationModes ?? []) as Form['mobilisationModes'],
    accessConditions: s?.accessConditions ?? '',
    openingHours: s?.openingHours ?? '',
    active: s?.active ?? true,
  };
}
/** What is sent: an empty text or choice is null (not said). */
function bodyOf(f: Form): ServiceBody {
  return { ...f, serviceType: f.serviceType || null, fees: f.fees || null } as ServiceBody;
}

/** The directory's services of the partner organisations, described in data·inclusion's fields and codes. */
export function ServicesPage() {
  const { t, i18n } = useTranslation('site');
  const services = useServices();
  const codes = useServiceCodes(i18n.language);
  const [editing, setEditing] = useState<SiteServiceRow | 'new' | null>(null);
  const [saved, setSaved] = useState(false);
  const name = (s: SiteServiceRow) => (i18n.language === 'nl' ? (s.nameNl ?? s.nameFr) : (s.nameFr ?? s.nameNl)) ?? `#${s.id}`;
  const themeLabel = (v: string) => codes.data?.themes.find((x) => x.value === v)?.label ?? v;

  return (
    <>
      <PageHeader
        title={t('services.title')}
        actions={
          <>
            <Button component="a" variant="default" href="/api/public/site/directory">
              {t('services.export')}
            </Button>
            <Button onClick={() => (setSaved(false), setEditing('new'))}>{t('services.add')}</Button>
          </>
        }
      />
      <Text mb="sm">{t('services.intro')}</Text>
      {saved && (
        <Text role="status" fw={700} mb="sm">
          {t('services.saved')}
        </Text>
      )}
      {editing && codes.data && (
        <ServiceForm key={editing === 'new' ? 'new' : editing.id} service={editing === 'new' ? null : editing} codes={codes.data} onDone={(ok) => (setEditing(null), setSaved(ok))} />
      )}
      <ProblemAlert error={services.error ?? codes.error} />
      {services.isPending ? (
        <Loading />
      ) : (
        <TableScroll minWidth={720} label={t('services.caption')}>
          <Table striped>
            <caption className="visually-hidden">{t('services.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('services.organisation')}</Table.Th>
                <Table.Th>{t('services.name')}</Table.Th>
                <Table.Th>{t('services.themes')}</Table.Th>
                <Table.Th>{t('services.active')}</Table.Th>
                <Table.Th>{t('services.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {services.data?.items.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={5}>{t('services.none')}</Table.Td>
                </Table.Tr>
              )}
              {services.data?.items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{s.organisationName}</Table.Td>
                  <Table.Td>{name(s)}</Table.Td>
                  <Table.Td>{s.themes.map(themeLabel).join(', ')}</Table.Td>
                  <Table.Td>
                    <Badge variant="filled" color={s.active ? '#1b5e20' : 'gray.7'}>
                      {s.active ? t('services.yes') : t('services.no')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component="button" type="button" onClick={() => (setSaved(false), setEditing(s))}>
                      {t('services.edit', { name: name(s) })}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </>
  );
}

/** A group of checkboxes for one of data·inclusion's lists. */
function Codes<V extends string>({ legend, options, value, onChange, error }: { legend: string; options: { value: string; label: string }[]; value: V[]; onChange: (v: V[]) => void; error?: string }) {
  return (
    <Checkbox.Group label={legend} value={value} onChange={(v) => onChange(v as V[])} error={error}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} mt={4} spacing={4}>
        {options.map((o) => (
          <Checkbox key={o.value} value={o.value} label={o.label} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

function ServiceForm({ service, codes, onDone }: { service: SiteServiceRow | null; codes: ServiceCodes; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation('site');
  const [f, setF] = useState<Form>(() => formOf(service));
  const organisations = useOrganisations('', !!service);
  const save = useSaveService();
  const errors = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setF((old) => ({ ...old, [k]: v }));
  const choice = (list: { value: string; label: string }[]) => [{ value: '', label: t('services.noValue') }, ...list];
  const themes = codes.themes.map((x) => ({ value: x.value, label: x.belgian ? `${x.label} (${t('services.belgian')})` : x.label }));

  return (
    <Paper withBorder p="md" mb="lg" component="form" onSubmit={(e) => (e.preventDefault(), save.mutate({ id: service?.id, body: bodyOf(f) }, { onSuccess: () => onDone(true) }))}>
      <Title order={2} size="h3" mb="sm">
        {service ? t('services.editTitle') : t('services.newTitle')}
      </Title>
      <Stack gap="sm">
        <NativeSelect
          label={t('services.organisation')}
          required
          value={String(f.organisationId || '')}
          error={errors.organisationId}
          onChange={(e) => set('organisationId', Number(e.currentTarget.value))}
          data={[{ value: '', label: t('services.pickOrganisation') }, ...(organisations.data?.items ?? []).map((o) => ({ value: String(o.id), label: o.name }))]}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput lang="fr" label={t('services.nameFr')} value={f.nameFr} error={errors.nameFr} maxLength={200} onChange={(e) => set('nameFr', e.currentTarget.value)} />
          <TextInput lang="nl" label={t('services.nameNl')} value={f.nameNl} error={errors.nameNl} maxLength={200} onChange={(e) => set('nameNl', e.currentTarget.value)} />
          <Textarea lang="fr" label={t('services.descriptionFr')} autosize minRows={3} value={f.descriptionFr} error={errors.descriptionFr} onChange={(e) => set('descriptionFr', e.currentTarget.value)} />
          <Textarea lang="nl" label={t('services.descriptionNl')} autosize minRows={3} value={f.descriptionNl} error={errors.descriptionNl} onChange={(e) => set('descriptionNl', e.currentTarget.value)} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect label={t('services.type')} value={f.serviceType} onChange={(e) => set('serviceType', e.currentTarget.value as Form['serviceType'])} data={choice(codes.serviceTypes)} />
          <NativeSelect label={t('services.fees')} value={f.fees} onChange={(e) => set('fees', e.currentTarget.value as Form['fees'])} data={choice(codes.fees)} />
          <TextInput label={t('services.feesDetails')} value={f.feesDetails} error={errors.feesDetails} maxLength={500} onChange={(e) => set('feesDetails', e.currentTarget.value)} />
        </SimpleGrid>
        <Codes legend={t('services.themesLegend')} options={themes} value={f.themes} onChange={(v) => set('themes', v)} error={errors.themes} />
        <Codes legend={t('services.publicsLegend')} options={codes.publics} value={f.publics} onChange={(v) => set('publics', v)} error={errors.publics} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Codes legend={t('services.receptionLegend')} options={codes.receptionModes} value={f.receptionModes} onChange={(v) => set('receptionModes', v)} />
          <Codes legend={t('services.mobilisationLegend')} options={codes.mobilisationModes} value={f.mobilisationModes} onChange={(v) => set('mobilisationModes', v)} />
        </SimpleGrid>
        <Codes legend={t('services.languagesLegend')} options={codes.languages} value={f.languages} onChange={(v) => set('languages', v)} error={errors.languages} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea label={t('services.accessConditions')} autosize minRows={2} value={f.accessConditions} error={errors.accessConditions} onChange={(e) => set('accessConditions', e.currentTarget.value)} />
          <TextInput label={t('services.openingHours')} description={t('services.openingHoursHint')} value={f.openingHours} error={errors.openingHours} maxLength={300} onChange={(e) => set('openingHours', e.currentTarget.value)} />
        </SimpleGrid>
        <Checkbox label={t('services.activeLabel')} checked={f.active} onChange={(e) => set('active', e.currentTarget.checked)} />
        <ProblemAlert error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('services.save')}
          </Button>
          <Button variant="subtle" onClick={() => onDone(false)}>
            {t('services.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
