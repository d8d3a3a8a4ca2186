import { MultiSelect, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CIRCLE_KINDS } from './api';
import './i18n';

/** What staff write of a circle or workshop, when planning it and when changing it. */
export interface CircleForm {
  kind: (typeof CIRCLE_KINDS)[number];
  titleFr: string;
  titleNl: string;
  date: string;
  time: string;
  endsOn: string;
  place: string;
  partnerIds: string[];
}

/** The fields of a circle's form: kind, titles FR/NL, first day and time, last day, place, partners invited. */
export function CircleFields({ f, setF, partners }: { f: CircleForm; setF: (f: CircleForm) => void; partners: { value: string; label: string }[] }) {
  const { t } = useTranslation('matching');
  return (
    <>
      <NativeSelect label={t('circles.kind')} value={f.kind} onChange={(e) => setF({ ...f, kind: e.currentTarget.value as CircleForm['kind'] })} data={CIRCLE_KINDS.map((k) => ({ value: k, label: t(`circleKind.${k}`) }))} maw={320} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('circles.titleFr')} value={f.titleFr} onChange={(e) => setF({ ...f, titleFr: e.currentTarget.value })} required maxLength={160} lang="fr" />
        <TextInput label={t('circles.titleNl')} value={f.titleNl} onChange={(e) => setF({ ...f, titleNl: e.currentTarget.value })} required maxLength={160} lang="nl" />
        <TextInput type="date" label={t('matches.date')} value={f.date} onChange={(e) => setF({ ...f, date: e.currentTarget.value })} required />
        <TextInput type="time" label={t('matches.time')} value={f.time} onChange={(e) => setF({ ...f, time: e.currentTarget.value })} required />
        <TextInput type="date" label={t('circleEdit.endsOn')} description={t('circleEdit.endsOnHint')} value={f.endsOn} min={f.date} onChange={(e) => setF({ ...f, endsOn: e.currentTarget.value })} />
      </SimpleGrid>
      <TextInput label={t('matches.place')} value={f.place} onChange={(e) => setF({ ...f, place: e.currentTarget.value })} required maxLength={200} />
      <MultiSelect label={t('circles.partners')} data={partners} value={f.partnerIds} onChange={(v) => setF({ ...f, partnerIds: v })} searchable />
    </>
  );
}
