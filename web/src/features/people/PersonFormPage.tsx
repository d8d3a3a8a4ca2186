import { Alert, Anchor, Button, Checkbox, Fieldset, Group, List, NativeSelect, Radio, SimpleGrid, Stack, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api';
import { formatDate } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import {
  CONSENT_PURPOSES,
  GENDERS,
  PROFESSIONAL_STATUSES,
  STUDY_LEVELS,
  brusselsToday,
  useCommunes,
  useCreatePerson,
  useDuplicates,
  usePerson,
  useUpdatePerson,
  type DuplicateCandidate,
  type Person,
  type PersonHit,
  type PersonInput,
} from './api';
import type { PickedPersonState } from './PersonPicker';
import './i18n';
import { fieldsFromTyped } from './typed';
import { useUnsavedGuard } from '../../app/unsaved';

interface FormState {
  firstName: string;
  lastName: string;
  birthDate: string;
  gender: Person['gender'];
  studyLevel: Person['studyLevel'];
  professionalStatus: Person['professionalStatus'];
  postalCode: string;
  commune: string;
  neighbourhood: string;
  phone: string;
  email: string;
  languages: string[];
  niss: string;
  firstContactDate: string;
  notes: string;
  consents: string[];
}

const empty = (typed: Partial<FormState> = {}): FormState => ({
  firstName: '',
  lastName: '',
  birthDate: '',
  ...typed,
  gender: 'unspecified',
  studyLevel: 'unknown',
  professionalStatus: 'unknown',
  postalCode: '',
  commune: '',
  neighbourhood: '',
  phone: '',
  email: '',
  languages: [],
  niss: '',
  firstContactDate: brusselsToday(),
  notes: '',
  consents: [],
});

/**
 * What was typed in a search box, carried into the new-person form: a birth date (23/04/1991 or 1991-04-23),
 * a phone number, and a name: one word is taken as the surname, several as first name then surname.
 */
const fromTyped = (typed: string): Partial<FormState> => fieldsFromTyped(typed);

const fromPerson = (p: Person): FormState => ({
  firstName: p.firstName,
  lastName: p.lastName,
  birthDate: p.birthDate ?? '',
  gender: p.gender,
  studyLevel: p.studyLevel,
  professionalStatus: p.professionalStatus,
  postalCode: p.postalCode ?? '',
  commune: p.commune ?? '',
  neighbourhood: p.neighbourhood ?? '',
  phone: p.phone ?? '',
  email: p.email ?? '',
  languages: p.languages,
  niss: p.niss ?? '',
  firstContactDate: p.firstContactDate,
  notes: p.notes ?? '',
  consents: [],
});

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** New person (/people/new) or edit a record (/people/:id/edit). */
export function PersonFormPage() {
  const { id: idParam } = useParams();
  const id = idParam ? Number(idParam) : 0;
  const person = usePerson(id);
  if (id && person.isPending) return <Loading />;
  if (id && !person.data) return <ProblemAlert error={person.error} />;
  return <PersonForm key={id} person={person.data} />;
}

function PersonForm({ person }: { person?: Person }) {
  const { t, i18n } = useTranslation('people');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // "Create this person" from a search: what was typed fills the form, and the person goes back to that page.
  const back = params.get('back')?.startsWith('/') ? params.get('back')! : null;
  const [form, setForm] = useState<FormState>(() => (person ? fromPerson(person) : empty(fromTyped(params.get('typed') ?? ''))));
  const set = <K extends keyof FormState>(k: K, v: FormState[K]) => setForm((f) => ({ ...f, [k]: v }));
  const text = (k: keyof FormState) => ({
    value: form[k] as string,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(k, e.currentTarget.value as never),
  });
  const communesQuery = useCommunes();
  const communes = useMemo(() => communesQuery.data?.items ?? [], [communesQuery.data]);
  const create = useCreatePerson();
  const update = useUpdatePerson(person?.id ?? 0);
  const mutation = person ? update : create;

  // Duplicate warning while typing the names and birth date.
  const [dupKey] = useDebouncedValue(JSON.stringify([form.firstName.trim(), form.lastName.trim(), form.birthDate]), 400);
  const [dupFirst, dupLast, dupBirth] = JSON.parse(dupKey) as [string, string, string];
  const dupQuery = useDuplicates({ firstName: dupFirst, lastName: dupLast, birthDate: dupBirth, excludeId: person?.id });
  const liveDuplicates = dupFirst && dupLast && form.firstName.trim() && form.lastName.trim() ? (dupQuery.data?.items ?? []) : [];

  // Postal code fills the commune (Brussels communes).
  useEffect(() => {
    if (!/^\d{4}$/.test(form.postalCode)) return;
    const c = communes.find((x) => x.postalCodes.includes(form.postalCode));
    if (c && c.fr !== form.commune) set('commune', c.fr);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form.postalCode, communes]);

  const conflictDuplicates: DuplicateCandidate[] | null =
    create.error instanceof ApiError && create.error.status === 409 && Array.isArray(create.error.problem.duplicates)
      ? (create.error.problem.duplicates as DuplicateCandidate[])
      : null;
  const fieldErrors = mutation.error instanceof ApiError ? mutation.error.fieldErrors() : {};
  // Leaving with changes not saved asks first (the shared guard).
  const [initial] = useState(form);
  useUnsavedGuard(JSON.stringify(form) !== JSON.stringify(initial) && !mutation.isPending && !mutation.isSuccess);

  const submit = (confirmNotDuplicate = false) => {
    const body: PersonInput = {
      firstName: form.firstName.trim(),
      lastName: form.lastName.trim(),
      birthDate: orNull(form.birthDate),
      gender: form.gender,
      studyLevel: form.studyLevel,
      professionalStatus: form.professionalStatus,
      postalCode: orNull(form.postalCode),
      commune: orNull(form.commune),
      neighbourhood: orNull(form.neighbourhood),
      phone: orNull(form.phone),
      email: orNull(form.email),
      languages: form.languages,
      niss: orNull(form.niss),
      firstContactDate: form.firstContactDate || undefined,
      notes: orNull(form.notes),
    };
    if (person) {
      update.mutate(body, { onSuccess: () => navigate(`/people/${person.id}`) });
    } else {
      create.mutate(
        { ...body, consents: form.consents as NonNullable<PersonInput['consents']>, ...(confirmNotDuplicate ? { confirmNotDuplicate: true } : {}) },
        {
          onSuccess: (p) => {
            if (!back) return navigate(`/people/${p.id}`, { state: { created: true } });
            const pickedPerson: PersonHit = { id: p.id, firstName: p.firstName, lastName: p.lastName, birthDate: p.birthDate, commune: p.commune, erased: false, merged: false };
            navigate(back, { state: { pickedPerson } satisfies PickedPersonState });
          },
        },
      );
    }
  };

  const communeOptions = useMemo(
    () => [
      { value: '', label: t('fields.noCommune') },
      ...communes.map((c) => ({ value: c.fr, label: c.fr === c.nl ? c.fr : i18n.language === 'nl' ? `${c.nl} / ${c.fr}` : `${c.fr} / ${c.nl}` })),
      // a commune outside Brussels already on the record stays selectable
      ...(form.commune && !communes.some((c) => c.fr === form.commune) ? [{ value: form.commune, label: form.commune }] : []),
    ],
    [communes, form.commune, i18n.language, t],
  );

  return (
    <>
      <PageHeader title={person ? t('form.editTitle') : t('form.newTitle')} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit(false);
        }}
        noValidate
      >
        <Stack maw={900}>
          <Fieldset legend={t('form.identity')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('fields.firstName')} required autoComplete="off" error={fieldErrors.firstName} {...text('firstName')} />
              <TextInput label={t('fields.lastName')} required autoComplete="off" error={fieldErrors.lastName} {...text('lastName')} />
              <TextInput label={t('fields.birthDate')} type="date" min="1900-01-01" max={brusselsToday()} error={fieldErrors.birthDate} {...text('birthDate')} />
              <TextInput
                label={t('fields.niss')}
                description={t('fields.nissHint')}
                inputMode="numeric"
                autoComplete="off"
                error={fieldErrors.niss}
                {...text('niss')}
              />
            </SimpleGrid>
            <Radio.Group label={t('fields.gender')} mt="sm" value={form.gender} onChange={(v) => set('gender', v as Person['gender'])}>
              <Group mt="xs" gap="md">
                {GENDERS.map((g) => (
                  <Radio key={g} value={g} label={t(`gender.${g}`)} />
                ))}
              </Group>
            </Radio.Group>
          </Fieldset>

          {!person && liveDuplicates.length > 0 && !conflictDuplicates && (
            <Alert color="yellow" variant="outline" title={t('form.maybeExists')} role="status">
              <Text size="sm">{t('form.maybeExistsIntro')}</Text>
              <DuplicateList items={liveDuplicates} />
            </Alert>
          )}

          <Fieldset legend={t('form.situation')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t('fields.studyLevel')}
                value={form.studyLevel}
                onChange={(e) => set('studyLevel', e.currentTarget.value as Person['studyLevel'])}
                data={STUDY_LEVELS.map((s) => ({ value: s, label: t(`studyLevel.${s}`) }))}
              />
              <NativeSelect
                label={t('fields.professionalStatus')}
                value={form.professionalStatus}
                onChange={(e) => set('professionalStatus', e.currentTarget.value as Person['professionalStatus'])}
                data={PROFESSIONAL_STATUSES.map((s) => ({ value: s, label: t(`professionalStatus.${s}`) }))}
              />
              <TagsInput
                label={t('fields.languages')}
                description={t('fields.languagesHint')}
                value={form.languages}
                onChange={(v) => set('languages', v)}
                data={t('languageSuggestions')
                  .split(',')
                  .map((s) => s.trim())}
                maxTags={20}
                error={fieldErrors.languages}
              />
            </SimpleGrid>
          </Fieldset>

          <Fieldset legend={t('form.contact')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('fields.postalCode')} inputMode="numeric" maxLength={4} autoComplete="off" error={fieldErrors.postalCode} {...text('postalCode')} />
              <NativeSelect label={t('fields.commune')} value={form.commune} onChange={(e) => set('commune', e.currentTarget.value)} data={communeOptions} />
              <TextInput label={t('fields.neighbourhood')} autoComplete="off" error={fieldErrors.neighbourhood} {...text('neighbourhood')} />
              <TextInput label={t('fields.phone')} type="tel" autoComplete="off" error={fieldErrors.phone} {...text('phone')} />
              <TextInput label={t('fields.email')} type="email" autoComplete="off" error={fieldErrors.email} {...text('email')} />
            </SimpleGrid>
          </Fieldset>

          <Fieldset legend={t('form.followUp')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('fields.firstContactDate')} type="date" min="1900-01-01" error={fieldErrors.firstContactDate} {...text('firstContactDate')} />
            </SimpleGrid>
            <Textarea label={t('fields.notes')} mt="sm" autosize minRows={3} maxRows={12} error={fieldErrors.notes} {...text('notes')} />
            {!person && (
              <Checkbox.Group label={t('fields.consents')} mt="sm" value={form.consents} onChange={(v) => set('consents', v)}>
                <Stack gap="xs" mt="xs">
                  {CONSENT_PURPOSES.map((c) => (
                    <Checkbox key={c} value={c} label={t(`consent.${c}`)} />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
          </Fieldset>

          {conflictDuplicates ? (
            <Alert color="orange" variant="outline" title={t('form.conflictTitle')} role="alert">
              <Text size="sm">{t('form.conflictIntro')}</Text>
              <DuplicateList items={conflictDuplicates} />
              <Button mt="sm" variant="default" onClick={() => submit(true)} loading={create.isPending}>
                {t('form.createAnyway')}
              </Button>
            </Alert>
          ) : (
            <ProblemAlert error={mutation.error} />
          )}

          <Group>
            <Button type="submit" loading={mutation.isPending}>
              {person ? t('common:actions.save') : t('form.create')}
            </Button>
            <Button variant="default" component={Link} to={person ? `/people/${person.id}` : (back ?? '/people')}>
              {t('common:actions.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}

function DuplicateList({ items }: { items: DuplicateCandidate[] }) {
  const { t } = useTranslation('people');
  return (
    <List size="sm" mt="xs" spacing={4}>
      {items.map((d) => {
        const name = `${d.firstName} ${d.lastName}`;
        return (
          <List.Item key={d.id}>
            <Anchor component={Link} to={`/people/${d.id}`} aria-label={t('form.openExisting', { name })}>
              {name}
            </Anchor>
            {d.birthDate && ` · ${formatDate(d.birthDate)}`}
            {(d.commune || d.postalCode) && ` · ${[d.postalCode, d.commune].filter(Boolean).join(' ')}`}
            {` (${d.reason === 'same_name_and_birth_date' ? t('form.sameBirth') : t('form.similarName')})`}
          </List.Item>
        );
      })}
    </List>
  );
}
