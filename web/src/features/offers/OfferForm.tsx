import { Button, Checkbox, Group, MultiSelect, NativeSelect, NumberInput, SimpleGrid, Stack, TagsInput, TextInput, Textarea, Radio } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, today } from '../../app/time';
import { CONTRACT_TYPES, LANGUAGE_CODES, languageName, type Offer } from './api';
import './i18n';

/** What the form sends: the offer's texts and terms (the caller adds the employer, status...). */
export interface OfferFields {
  titleFr: string;
  titleNl: string;
  titleEn: string | null;
  contractType: (typeof CONTRACT_TYPES)[number];
  workingTime: 'full_time' | 'part_time';
  hoursPerWeek: number | null;
  commune: string | null;
  address: string | null;
  descriptionFr: string | null;
  descriptionNl: string | null;
  positions: number;
  skills: string[];
  languages: string[];
  validThrough: string;
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

/**
 * The fields of a job offer, for staff and for an exhibitor on its phone (one column at 360 px).
 * `extra` holds the caller's own fields (employer, status...), `publishChoice` adds a "publish now" box.
 */
export function OfferForm({
  initial,
  onSubmit,
  pending,
  extra,
  submitLabel,
  onCancel,
  draftChoice,
}: {
  initial?: Offer | null;
  onSubmit: (fields: OfferFields, draft: boolean) => void;
  pending?: boolean;
  extra?: ReactNode;
  submitLabel?: string;
  onCancel?: () => void;
  /** the label of a "save as a draft" box, when the caller offers one */
  draftChoice?: string;
}) {
  const { t, i18n } = useTranslation('offers');
  const [titleFr, setTitleFr] = useState(initial?.title.fr ?? '');
  const [titleNl, setTitleNl] = useState(initial?.title.nl ?? '');
  const [titleEn, setTitleEn] = useState(initial?.title.en ?? '');
  const [contractType, setContractType] = useState<OfferFields['contractType']>(initial?.contractType ?? 'permanent');
  const [workingTime, setWorkingTime] = useState<OfferFields['workingTime']>(initial?.workingTime ?? 'full_time');
  const [hours, setHours] = useState<number | string>(initial?.hoursPerWeek ?? 38);
  const [commune, setCommune] = useState(initial?.commune ?? '');
  const [address, setAddress] = useState(initial?.address ?? '');
  const [descriptionFr, setDescriptionFr] = useState(initial?.description.fr ?? '');
  const [descriptionNl, setDescriptionNl] = useState(initial?.description.nl ?? '');
  const [positions, setPositions] = useState<number | string>(initial?.positions ?? 1);
  const [skills, setSkills] = useState<string[]>(initial?.skills ?? []);
  const [languages, setLanguages] = useState<string[]>(initial?.languages ?? []);
  const [validThrough, setValidThrough] = useState(initial?.validThrough ?? addDays(today(), 60));
  const [draft, setDraft] = useState(initial ? initial.status === 'draft' : false);

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(
          {
            titleFr: titleFr.trim(),
            titleNl: titleNl.trim(),
            titleEn: orNull(titleEn),
            contractType,
            workingTime,
            hoursPerWeek: hours === '' ? null : Number(hours),
            commune: orNull(commune),
            address: orNull(address),
            descriptionFr: orNull(descriptionFr),
            descriptionNl: orNull(descriptionNl),
            positions: Number(positions) || 1,
            skills,
            languages,
            validThrough,
          },
          draft,
        );
      }}
    >
      <Stack gap="sm">
        {extra}
        <TextInput label={t('form.titleFr')} value={titleFr} onChange={(e) => setTitleFr(e.currentTarget.value)} required maxLength={160} lang="fr" />
        <TextInput label={t('form.titleNl')} value={titleNl} onChange={(e) => setTitleNl(e.currentTarget.value)} required maxLength={160} lang="nl" />
        <TextInput label={t('form.titleEn')} value={titleEn} onChange={(e) => setTitleEn(e.currentTarget.value)} maxLength={160} lang="en" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('form.contract')}
            value={contractType}
            onChange={(e) => setContractType(e.currentTarget.value as OfferFields['contractType'])}
            data={CONTRACT_TYPES.map((c) => ({ value: c, label: t(`contract.${c}`) }))}
          />
          <NumberInput label={t('form.positions')} value={positions} onChange={setPositions} min={1} max={1000} allowDecimal={false} required />
        </SimpleGrid>
        <Radio.Group label={t('form.workingTime')} value={workingTime} onChange={(v) => setWorkingTime(v as OfferFields['workingTime'])}>
          <Group mt="xs">
            <Radio value="full_time" label={t('workingTime.full_time')} />
            <Radio value="part_time" label={t('workingTime.part_time')} />
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput label={t('form.hours')} value={hours} onChange={setHours} min={0.5} max={60} step={0.5} decimalScale={1} />
          <TextInput label={t('form.validThrough')} type="date" value={validThrough} onChange={(e) => setValidThrough(e.currentTarget.value)} required min={today()} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('form.commune')} value={commune} onChange={(e) => setCommune(e.currentTarget.value)} maxLength={80} />
          <TextInput label={t('form.address')} value={address} onChange={(e) => setAddress(e.currentTarget.value)} maxLength={200} />
        </SimpleGrid>
        <Textarea label={t('form.descriptionFr')} value={descriptionFr} onChange={(e) => setDescriptionFr(e.currentTarget.value)} autosize minRows={2} maxLength={5000} lang="fr" />
        <Textarea label={t('form.descriptionNl')} value={descriptionNl} onChange={(e) => setDescriptionNl(e.currentTarget.value)} autosize minRows={2} maxLength={5000} lang="nl" />
        <TagsInput label={t('form.skills')} description={t('form.skillsHint')} value={skills} onChange={setSkills} maxTags={30} clearable />
        <MultiSelect
          label={t('form.languages')}
          value={languages}
          onChange={setLanguages}
          data={LANGUAGE_CODES.map((c) => ({ value: c, label: languageName(c, i18n.language) }))}
          searchable
        />
        {draftChoice && <Checkbox label={draftChoice} checked={draft} onChange={(e) => setDraft(e.currentTarget.checked)} />}
        <Group justify="flex-end" wrap="wrap">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('form.cancel')}
            </Button>
          )}
          <Button type="submit" loading={pending}>
            {submitLabel ?? t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
