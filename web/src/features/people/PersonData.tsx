import { Box, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/i18n';
import { useCommuneName, type Person, type TimelineEntry } from './api';
import './i18n';

/** A person's data as a definition list (label, value), used on the record, the merge preview and the export. */
export function PersonData({ person, cols = { base: 1, sm: 2 } }: { person: Person; cols?: { base: number; sm?: number; md?: number } }) {
  const { t } = useTranslation('people');
  const dash = t('person.empty');
  const communeName = useCommuneName();
  const rows: [string, ReactNode][] = [
    [t('fields.lastName'), person.lastName || dash],
    [t('fields.firstName'), person.firstName || dash],
    [t('fields.birthDate'), person.birthDate ? formatDate(person.birthDate, { dateStyle: 'long' }) : (person.birthYear ?? dash)],
    [t('fields.age'), person.age !== null ? t('age', { count: person.age }) : dash],
    [t('fields.gender'), t(`gender.${person.gender}`)],
    [t('fields.studyLevel'), t(`studyLevel.${person.studyLevel}`)],
    [t('fields.professionalStatus'), t(`professionalStatus.${person.professionalStatus}`)],
    [t('fields.postalCode'), person.postalCode || dash],
    [t('fields.commune'), communeName(person.commune) || dash],
    [t('fields.neighbourhood'), person.neighbourhood || dash],
    [t('fields.phone'), person.phone || dash],
    [t('fields.email'), person.email || dash],
    [t('fields.languages'), person.languages.length ? person.languages.join(', ') : dash],
    [t('fields.niss'), person.niss || dash],
    [t('fields.firstContactDate'), formatDate(person.firstContactDate)],
  ];
  return (
    <>
      <SimpleGrid component="dl" cols={cols} spacing="md" verticalSpacing="xs" m={0}>
        {rows.map(([label, value]) => (
          <Box key={label}>
            <Text component="dt" size="xs" c="dimmed" fw={600}>
              {label}
            </Text>
            <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
              {value}
            </Text>
          </Box>
        ))}
      </SimpleGrid>
      {person.notes && (
        <Box mt="md">
          <Text size="xs" c="dimmed" fw={600}>
            {t('fields.notes')}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{person.notes}</Text>
        </Box>
      )}
    </>
  );
}

/** The label of a timeline entry: the module's catalog, then the people catalog, then a generic word. */
export function useTimelineLabel() {
  const { t } = useTranslation('people');
  return (e: TimelineEntry) => t([`${e.module}:${e.kind}`, `people:${e.kind}`, 'people:timeline.unknown']);
}

export function formatTimelineDate(at: string) {
  return /^\d{4}-\d{2}-\d{2}$/.test(at) ? formatDate(at) : formatDate(at, { dateStyle: 'medium', timeStyle: 'short' });
}
