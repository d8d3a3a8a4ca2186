import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInstitutionVars } from '../../app/institution';
import { formatDateTime } from '../../app/i18n';
import { PublicPage } from '../../ui/PublicPage';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { usePartnerAnswer, usePartnerSpace } from './api';
import './i18n';

/** What a partner sees of an appointment through its private link: who comes, when, where; confirm it, then say how it went. */
export function PartnerAppointmentPage() {
  const { t } = useTranslation('matching');
  const inst = useInstitutionVars();
  const token = useParams().token ?? '';
  const space = usePartnerSpace(token);
  const answer = usePartnerAnswer(token);
  const s = space.data;
  const past = s ? Date.parse(s.startsAt) <= Date.now() : false;
  return (
    <PublicPage title={t('partner.title')}>
        {space.isPending ? (
          <Loading />
        ) : !s ? (
          <ProblemAlert error={space.error} />
        ) : (
          <Stack gap="sm">
            <Text size="sm">{t('partner.intro', inst)}</Text>
            <Card withBorder padding="sm">
              <Text>
                <b>{t('common:labelled', { label: t('partner.who') })}</b> {s.person.firstName} {s.person.lastName}
              </Text>
              <Text>
                <b>{t('common:labelled', { label: t('partner.when') })}</b> {formatDateTime(s.startsAt)}
              </Text>
              <Text>
                <b>{t('common:labelled', { label: t('partner.where') })}</b> {s.organisation}, {s.place}
              </Text>
              <Text>
                <b>{t('common:labelled', { label: t('partner.contact') })}</b> {s.contactName}
              </Text>
            </Card>
            <ProblemAlert error={answer.error} />
            {s.confirmedAt ? (
              <Alert color="green" role="status">
                {t('partner.confirmed', { date: formatDateTime(s.confirmedAt) })}
              </Alert>
            ) : (
              <Button size="md" loading={answer.isPending} onClick={() => answer.mutate({ confirmed: true })}>
                {t('partner.confirm')}
              </Button>
            )}
            {s.outcome ? (
              <Alert color="blue" role="status">
                {t('partner.recorded', { outcome: t(`partner.outcome.${s.outcome}`) })}
              </Alert>
            ) : (
              past && (
                <section aria-labelledby="after">
                  <Title order={2} size="h3" id="after" mb="xs">
                    {t('partner.outcomeTitle')}
                  </Title>
                  <Stack gap="xs">
                    {(['kept', 'missed', 'rescheduled'] as const).map((o) => (
                      <Button key={o} size="md" variant={o === 'kept' ? 'filled' : 'default'} loading={answer.isPending} onClick={() => answer.mutate({ outcome: o })}>
                        {t(`partner.${o}`)}
                      </Button>
                    ))}
                  </Stack>
                </section>
              )
            )}
          </Stack>
        )}
    </PublicPage>
  );
}
