import { Alert, Button, Checkbox, Group, MultiSelect, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { formatDateTime } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { TableScroll } from '../../ui/TableScroll';
import { Criteria } from './Criteria';
import { usePerson } from '../people/public';
import {
  CEFR_LEVELS,
  DAYPARTS,
  DAYS,
  EQUALITY_GROUPS,
  JOB_FAMILIES,
  LANGUAGE_CODES,
  PROGRAMMES,
  TRANSPORTS,
  languageName,
  inLanguage,
  useOffersFor,
  useProfileConsent,
  useProfileOf,
  usePropose,
  useSaveProfile,
  useSkills,
  type Profile,
} from './api';
import './i18n';

interface Form {
  skillIds: string[];
  experience: Record<string, number | string>;
  languages: Record<string, string>;
  drivingLicence: boolean;
  days: string[];
  dayparts: string[];
  availableFrom: string;
  maxKm: number | string;
  transports: string[];
  fromPostalCode: string;
  wishedFamilies: string[];
  wishes: string;
  programmes: string[];
  consent: boolean;
  equalityConsent: boolean;
  equalityGroups: string[];
}

const fromProfile = (p: Profile | undefined): Form => ({
  skillIds: p?.skills.map((s) => String(s.id)) ?? [],
  experience: Object.fromEntries(p?.experience.map((e) => [e.family, e.months]) ?? []),
  languages: Object.fromEntries(p?.languages.map((l) => [l.code, l.level]) ?? []),
  drivingLicence: p?.drivingLicence ?? false,
  days: p?.availability.days.map(String) ?? [],
  dayparts: p?.availability.dayparts ?? [],
  availableFrom: p?.availability.availableFrom ?? '',
  maxKm: p?.mobility.maxKm ?? '',
  transports: p?.mobility.transports ?? [],
  fromPostalCode: p?.mobility.fromPostalCode ?? '',
  wishedFamilies: p?.wishedFamilies ?? [],
  wishes: p?.wishes ?? '',
  programmes: p?.programmes ?? [],
  consent: false,
  equalityConsent: !!p?.equalityConsentAt,
  equalityGroups: p?.equalityGroups ?? [],
});

/** Staff, with the job seeker: their candidate profile (skills from the catalogue, experience, languages, conditions), its consent. */
export function ProfilePage() {
  const { t, i18n } = useTranslation('matching');
  const personId = Number(useParams().personId);
  const person = usePerson(personId);
  const profiles = useProfileOf(personId);
  const skills = useSkills();
  const canWrite = useCan('matching.write');
  const save = useSaveProfile();
  const consent = useProfileConsent();
  const profile = profiles.data ?? undefined;
  const [form, setForm] = useState<Form>(fromProfile(undefined));
  const [saved, setSaved] = useState(false);
  const loaded = profiles.isSuccess;
  useEffect(() => {
    if (loaded) setForm(fromProfile(profile));
    // only when the profile first arrives or changes after a save
  }, [loaded, profile?.updatedAt]); // eslint-disable-line react-hooks/exhaustive-deps

  if (person.isPending || profiles.isPending) return <Loading />;
  const name = person.data ? `${person.data.firstName} ${person.data.lastName}` : '';
  const withdrawn = !!profile?.consentWithdrawnAt;
  const lang = i18n.language as 'fr' | 'nl' | 'en';
  const set = <K extends keyof Form>(k: K, v: Form[K]) => (setSaved(false), setForm((f) => ({ ...f, [k]: v })));

  const skillData = JOB_FAMILIES.map((family) => ({
    group: t(`family.${family}`),
    items: (skills.data?.items ?? []).filter((s) => s.family === family && s.active).map((s) => ({ value: String(s.id), label: s.label[lang] ?? s.label.fr })),
  })).filter((g) => g.items.length > 0);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = {
      skillIds: form.skillIds.map(Number),
      experience: Object.fromEntries(Object.entries(form.experience).filter(([, m]) => m !== '' && Number(m) > 0).map(([f, m]) => [f, Number(m)])),
      languages: Object.entries(form.languages)
        .filter(([, l]) => l)
        .map(([code, level]) => ({ code, level: level as (typeof CEFR_LEVELS)[number] })),
      drivingLicence: form.drivingLicence,
      days: form.days.map(Number),
      dayparts: form.dayparts as (typeof DAYPARTS)[number][],
      availableFrom: form.availableFrom || null,
      maxKm: form.maxKm === '' ? null : Number(form.maxKm),
      transports: form.transports as (typeof TRANSPORTS)[number][],
      fromPostalCode: form.fromPostalCode.trim() || null,
      wishedFamilies: form.wishedFamilies as (typeof JOB_FAMILIES)[number][],
      wishes: form.wishes.trim() || null,
      programmes: form.programmes as (typeof PROGRAMMES)[number][],
      equalityConsent: form.equalityConsent,
      equalityGroups: form.equalityConsent ? (form.equalityGroups as (typeof EQUALITY_GROUPS)[number][]) : [],
    };
    save.mutate(profile ? { id: profile.id, body } : { body: { ...body, personId, consent: true } }, { onSuccess: () => setSaved(true) });
  };

  return (
    <Stack>
      <PageHeader title={t('profile.title', { name })} />
      {profile && (
        <Text>
          {t('profile.pseudonym', { pseudonym: profile.pseudonym })}
          {profile.consentAt && !withdrawn ? ` · ${t('profile.consentAt', { at: formatDateTime(profile.consentAt) })}` : ''}
        </Text>
      )}
      {withdrawn && (
        <Alert color="orange" title={t('profile.withdrawnTitle')}>
          {t('profile.withdrawnAt', { at: formatDateTime(profile!.consentWithdrawnAt) })}
        </Alert>
      )}
      {!profile && <Text>{t('profile.none')}</Text>}
      <ProblemAlert error={profiles.error ?? skills.error ?? save.error ?? consent.error} />
      {saved && (
        <Text role="status" c="#1b5e20">
          {t('profile.saved')}
        </Text>
      )}
      <form onSubmit={submit}>
        <fieldset disabled={!canWrite || withdrawn} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack>
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="sm">
                {t('profile.skills')}
              </Title>
              <MultiSelect label={t('profile.skillsLabel')} data={skillData} value={form.skillIds} onChange={(v) => set('skillIds', v)} searchable hidePickedOptions nothingFoundMessage={t('profile.noSkill')} />
            </Paper>
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="sm">
                {t('profile.experience')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                {JOB_FAMILIES.map((f) => (
                  <NumberInput key={f} label={t('profile.months', { family: t(`family.${f}`) })} min={0} max={600} allowDecimal={false} value={form.experience[f] ?? ''} onChange={(v) => set('experience', { ...form.experience, [f]: v })} />
                ))}
              </SimpleGrid>
            </Paper>
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="sm">
                {t('profile.languages')}
              </Title>
              <SimpleGrid cols={{ base: 2, sm: 4 }}>
                {LANGUAGE_CODES.map((code) => (
                  <NativeSelect
                    key={code}
                    label={languageName(code, lang)}
                    value={form.languages[code] ?? ''}
                    onChange={(e) => set('languages', { ...form.languages, [code]: e.currentTarget.value })}
                    data={[{ value: '', label: t('profile.noLevel') }, ...CEFR_LEVELS.map((l) => ({ value: l, label: l }))]}
                  />
                ))}
              </SimpleGrid>
            </Paper>
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="sm">
                {t('profile.availability')}
              </Title>
              <Stack>
                <Checkbox.Group label={t('profile.days')} value={form.days} onChange={(v) => set('days', v)}>
                  <Group mt="xs">
                    {DAYS.map((d) => (
                      <Checkbox key={d} value={String(d)} label={t(`day.${d}`)} />
                    ))}
                  </Group>
                </Checkbox.Group>
                <Checkbox.Group label={t('profile.dayparts')} value={form.dayparts} onChange={(v) => set('dayparts', v)}>
                  <Group mt="xs">
                    {DAYPARTS.map((d) => (
                      <Checkbox key={d} value={d} label={t(`daypart.${d}`)} />
                    ))}
                  </Group>
                </Checkbox.Group>
                <TextInput type="date" label={t('profile.availableFrom')} value={form.availableFrom} onChange={(e) => set('availableFrom', e.currentTarget.value)} maw={220} />
                <Checkbox label={t('profile.licence')} checked={form.drivingLicence} onChange={(e) => set('drivingLicence', e.currentTarget.checked)} />
              </Stack>
            </Paper>
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="sm">
                {t('profile.mobility')}
              </Title>
              <Stack>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <NumberInput label={t('profile.maxKm')} min={0} max={200} allowDecimal={false} value={form.maxKm} onChange={(v) => set('maxKm', v)} />
                  <TextInput label={t('profile.postalCode')} description={t('profile.postalCodeHint')} value={form.fromPostalCode} onChange={(e) => set('fromPostalCode', e.currentTarget.value)} maxLength={4} inputMode="numeric" />
                </SimpleGrid>
                <Checkbox.Group label={t('profile.transports')} value={form.transports} onChange={(v) => set('transports', v)}>
                  <Group mt="xs">
                    {TRANSPORTS.map((tr) => (
                      <Checkbox key={tr} value={tr} label={t(`transport.${tr}`)} />
                    ))}
                  </Group>
                </Checkbox.Group>
              </Stack>
            </Paper>
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="sm">
                {t('profile.wishesTitle')}
              </Title>
              <Stack>
                <Checkbox.Group label={t('profile.wishedFamilies')} value={form.wishedFamilies} onChange={(v) => set('wishedFamilies', v)}>
                  <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
                    {JOB_FAMILIES.map((f) => (
                      <Checkbox key={f} value={f} label={t(`family.${f}`)} />
                    ))}
                  </SimpleGrid>
                </Checkbox.Group>
                <Textarea label={t('profile.wishes')} value={form.wishes} onChange={(e) => set('wishes', e.currentTarget.value)} maxLength={2000} autosize minRows={2} />
                <Checkbox.Group label={t('profile.programmes')} description={t('profile.programmesHint')} value={form.programmes} onChange={(v) => set('programmes', v)}>
                  <Group mt="xs">
                    {PROGRAMMES.map((p) => (
                      <Checkbox key={p} value={p} label={t(`programme.${p}`)} />
                    ))}
                  </Group>
                </Checkbox.Group>
              </Stack>
            </Paper>
            <Paper withBorder p="md" component="section" aria-labelledby="equality-title">
              <Title order={2} size="h4" mb="xs" id="equality-title">
                {t('equality.title')}
              </Title>
              <Text size="sm" mb="sm">
                {t('equality.intro')}
              </Text>
              <Stack>
                <Checkbox label={t('equality.consent')} checked={form.equalityConsent} onChange={(e) => set('equalityConsent', e.currentTarget.checked)} />
                {profile?.equalityConsentAt && form.equalityConsent && <Text size="sm">{t('equality.consentAt', { at: formatDateTime(profile.equalityConsentAt) })}</Text>}
                <Checkbox.Group label={t('equality.groups')} description={form.equalityConsent ? undefined : t('equality.needConsent')} value={form.equalityConsent ? form.equalityGroups : []} onChange={(v) => set('equalityGroups', v)}>
                  <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
                    {EQUALITY_GROUPS.map((g) => (
                      <Checkbox key={g} value={g} label={t(`group.${g}`)} disabled={!form.equalityConsent} />
                    ))}
                  </SimpleGrid>
                </Checkbox.Group>
              </Stack>
            </Paper>
            {!profile && <Checkbox label={t('profile.consent')} checked={form.consent} onChange={(e) => set('consent', e.currentTarget.checked)} required />}
            {canWrite && !withdrawn && (
              <Group>
                <Button type="submit" loading={save.isPending} disabled={!profile && !form.consent}>
                  {profile ? t('profile.save') : t('profile.create')}
                </Button>
              </Group>
            )}
          </Stack>
        </fieldset>
      </form>
      {profile && !withdrawn && <OffersForCandidate profileId={profile.id} canWrite={canWrite} />}
      {canWrite && profile && (
        <Group>
          {withdrawn ? (
            <Button variant="default" onClick={() => consent.mutate({ id: profile.id, give: true })} loading={consent.isPending}>
              {t('profile.consentAgain')}
            </Button>
          ) : (
            <Button color="#a00000" variant="outline" onClick={() => window.confirm(t('profile.withdrawConfirm')) && consent.mutate({ id: profile.id, give: false })} loading={consent.isPending}>
              {t('profile.withdraw')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}

/** The published offers ranked for this candidate, each with its explained score; staff propose from here too. */
function OffersForCandidate({ profileId, canWrite }: { profileId: number; canWrite: boolean }) {
  const { t, i18n } = useTranslation('matching');
  const offers = useOffersFor(profileId);
  const propose = usePropose();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="offers-for-title">
      <Title order={2} size="h4" mb="xs" id="offers-for-title">
        {t('offersFor.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('offersFor.intro')}
      </Text>
      <ProblemAlert error={offers.error ?? propose.error} />
      {offers.isPending ? (
        <Loading />
      ) : !offers.data?.items.length ? (
        <Text size="sm">{t('offersFor.none')}</Text>
      ) : (
        <TableScroll minWidth={640} label={t('offersFor.caption')}>
          <Table striped>
            <caption className="visually-hidden">{t('offersFor.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('offersFor.rank')}</Table.Th>
                <Table.Th>{t('offersFor.offer')}</Table.Th>
                <Table.Th>{t('offersFor.score')}</Table.Th>
                <Table.Th>{t('offersFor.criteria')}</Table.Th>
                {canWrite && <Table.Th>{t('rank.decision')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {offers.data.items.map((o, i) => {
                const title = inLanguage(o.title, i18n.language);
                return (
                  <Table.Tr key={o.offerId}>
                    <Table.Td>{i + 1}</Table.Td>
                    <Table.Td>
                      <Text fw={500}>{title}</Text>
                      <Text size="sm">{o.employer}</Text>
                    </Table.Td>
                    <Table.Td>{t('rank.percent', { score: o.score })}</Table.Td>
                    <Table.Td>
                      <Criteria criteria={o.criteria} />
                    </Table.Td>
                    {canWrite && (
                      <Table.Td>
                        {o.matchId ? (
                          <Text size="sm">{t('offersFor.proposed')}</Text>
                        ) : (
                          <Button size="xs" variant="default" aria-label={t('offersFor.proposeLabel', { offer: title })} loading={propose.isPending && propose.variables?.offerId === o.offerId} onClick={() => propose.mutate({ offerId: o.offerId, profileId })}>
                            {t('offersFor.propose')}
                          </Button>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Paper>
  );
}
