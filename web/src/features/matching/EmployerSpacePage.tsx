import { Alert, Badge, Button, Card, Container, Group, List, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInstitutionVars } from '../../app/institution';
import { formatDate, formatDateTime } from '../../app/i18n';
import { LanguageSwitcher } from '../../app/LanguageSwitcher';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { useAskToMeet, useEmployerSpace, useReveal, type EmployerCandidate, type Reveal } from './api';
import './i18n';

const RESULT_COLOR = { met: 'green', partly: 'yellow', not_met: 'gray' } as const;

/** One pseudonymous candidate: skills and conditions, the explained score, and the employer's two steps. */
function CandidateCard({ c, token }: { c: EmployerCandidate; token: string }) {
  const { t, i18n } = useTranslation('matching');
  const inst = useInstitutionVars();
  const meet = useAskToMeet(token);
  const reveal = useReveal(token);
  const [identity, setIdentity] = useState<Reveal | null>(null);
  const weekday = (d: number) => new Intl.DateTimeFormat(i18n.language, { weekday: 'short' }).format(new Date(Date.UTC(2024, 0, d)));
  return (
    <Card withBorder padding="sm" component="article" aria-labelledby={`c-${c.matchId}`}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={2} size="h3" id={`c-${c.matchId}`}>
          {c.pseudonym}
        </Title>
        <Badge size="lg" variant="light">
          {t('employer.score', { score: c.score })}
        </Badge>
      </Group>
      <Stack gap={6} mt="xs">
        <Text size="sm">
          <b>{t('common:labelled', { label: t('employer.skills') })}</b> {c.skills.map((s) => s.label).join(', ') || '—'}
        </Text>
        {c.experience.length > 0 && (
          <Text size="sm">
            <b>{t('common:labelled', { label: t('employer.experience') })}</b> {c.experience.map((e) => t('employer.months', { family: t(`family.${e.family}`), count: e.months })).join(', ')}
          </Text>
        )}
        <Text size="sm">
          <b>{t('common:labelled', { label: t('employer.languages') })}</b> {c.languages.map((l) => `${new Intl.DisplayNames([i18n.language], { type: 'language' }).of(l.code) ?? l.code} ${l.level}`).join(', ') || '—'}
        </Text>
        <Text size="sm">
          <b>{t('common:labelled', { label: t('employer.licence') })}</b> {c.drivingLicence ? t('employer.yes') : t('employer.no')}
        </Text>
        <Text size="sm">
          <b>{t('common:labelled', { label: t('employer.availability') })}</b> {[c.availability.days.map(weekday).join(' '), c.availability.dayparts.map((d) => t(`daypart.${d}`)).join(', '), c.availability.availableFrom ? t('employer.from', { date: formatDate(c.availability.availableFrom) }) : ''].filter(Boolean).join(' · ')}
        </Text>
        <Text size="sm">
          <b>{t('common:labelled', { label: t('employer.mobility') })}</b> {[c.mobility.maxKm !== null ? t('employer.km', { km: c.mobility.maxKm }) : '', c.mobility.transports.map((x) => t(`transport.${x}`)).join(', ')].filter(Boolean).join(' · ') || '—'}
        </Text>
      </Stack>
      <details style={{ marginTop: 8 }}>
        <summary>{t('employer.criteria')}</summary>
        <List size="sm" mt={4} spacing={2}>
          {c.criteria.map((k, i) => (
            <List.Item key={i}>
              <Badge size="sm" color={RESULT_COLOR[k.result]} variant="light" mr={6}>
                {t(`result.${k.result}`)}
              </Badge>
              {k.label ?? k.kind}
              {k.required ? ` (${k.required}${k.actual ? ` / ${k.actual}` : ''})` : ''} · {t('employer.weight', { weight: k.weight })}
            </List.Item>
          ))}
        </List>
      </details>
      <Stack gap="xs" mt="sm">
        <ProblemAlert error={meet.error ?? reveal.error} />
        {c.meeting && <Alert color="blue">{t('employer.meeting', { date: formatDateTime(c.meeting.at), place: c.meeting.place })}</Alert>}
        {!c.meetRequested ? (
          <Button size="md" loading={meet.isPending} onClick={() => meet.mutate(c.matchId)}>
            {t('employer.meet', { pseudonym: c.pseudonym })}
          </Button>
        ) : !c.introductionAgreed ? (
          <Text size="sm" role="status">
            {t('employer.requested', inst)}
          </Text>
        ) : identity ? (
          <Card withBorder padding="xs" role="status" aria-label={t('employer.identity')}>
            <Text fw={700}>
              {identity.firstName} {identity.lastName}
            </Text>
            {identity.email && <Text size="sm">{identity.email}</Text>}
            {identity.phone && <Text size="sm">{identity.phone}</Text>}
          </Card>
        ) : (
          <>
            <Text size="sm">{t('employer.agreed', { pseudonym: c.pseudonym })}</Text>
            <Button size="md" variant="light" loading={reveal.isPending} onClick={() => reveal.mutate(c.matchId, { onSuccess: setIdentity })}>
              {t('employer.reveal', { pseudonym: c.pseudonym })}
            </Button>
          </>
        )}
      </Stack>
    </Card>
  );
}

/** What an employer sees through its private link, on a phone, without an account: the offer's pseudonymous candidates. */
export function EmployerSpacePage() {
  const { t, i18n } = useTranslation('matching');
  const inst = useInstitutionVars();
  const token = useParams().token ?? '';
  const space = useEmployerSpace(token);
  useEffect(() => {
    document.title = `${t('employer.title')} · Relais`;
  }, [t]);
  const s = space.data;
  const title = s ? (i18n.language === 'nl' ? s.offer.title.nl : i18n.language === 'en' ? (s.offer.title.en ?? s.offer.title.fr) : s.offer.title.fr) : '';
  return (
    <Container size={640} px="sm" py="md">
      <Group justify="flex-end">
        <LanguageSwitcher />
      </Group>
      <main>
        <Title order={1} size="h2" mb="xs">
          {t('employer.title')}
        </Title>
        {space.isPending ? (
          <Loading />
        ) : !s ? (
          <ProblemAlert error={space.error} />
        ) : (
          <Stack gap="md">
            <Text fw={600}>
              {title} · {s.offer.employer}
            </Text>
            <Text size="sm">{t('employer.intro', inst)}</Text>
            <Text size="sm" c="dimmed">
              {t('employer.until', { date: formatDate(new Date(Date.parse(s.expiresAt) - 60_000), { dateStyle: 'long' }) })}
            </Text>
            {s.candidates.length === 0 ? <Text>{t('employer.none')}</Text> : s.candidates.map((c) => <CandidateCard key={c.matchId} c={c} token={token} />)}
          </Stack>
        )}
      </main>
    </Container>
  );
}
