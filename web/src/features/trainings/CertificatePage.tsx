import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { useCertificate } from './api';
import './i18n';

/** A printable certificate of attendance (the browser prints it to PDF). */
export function CertificatePage() {
  const { t } = useTranslation('trainings');
  const id = Number(useParams().id);
  const c = useCertificate(id);
  if (c.isPending) return <Loading />;
  if (!c.data) return <ProblemAlert error={c.error} />;
  const d = c.data;
  return (
    <Stack maw={720} mx="auto" gap="md" className="certificate">
      <Group justify="flex-end" className="no-print">
        <Button onClick={() => window.print()}>{t('common:actions.print')}</Button>
      </Group>
      {d.issuer.logoUrl && <img src={d.issuer.logoUrl} alt="" style={{ height: 56, width: 'auto', alignSelf: 'flex-start' }} />}
      <Text fw={700}>{d.issuer.name}</Text>
      <Text size="sm">{d.issuer.address}</Text>
      <PageHeader title={t('certificate.title')} />
      <Text>{t('certificate.intro', { issuer: d.issuer.name })}</Text>
      <Title order={2} size="h3">
        {d.participant.name}
      </Title>
      {(d.participant.organisation || d.participant.jobTitle) && <Text>{[d.participant.jobTitle, d.participant.organisation].filter(Boolean).join(', ')}</Text>}
      <Text>{t('certificate.followed')}</Text>
      <Title order={2} size="h3">
        « {d.programme.name} »{d.session.title ? ` — ${d.session.title}` : ''}
      </Title>
      {d.programme.description && <Text size="sm">{d.programme.description}</Text>}
      <div>
        <Text fw={600}>{t('certificate.days')}</Text>
        <ul>
          {d.attendedDays.map((x) => (
            <li key={x.date}>
              {formatDate(x.date, { dateStyle: 'full' })}, {x.from}–{x.to}
            </li>
          ))}
        </ul>
        <Text>{t('certificate.hours', { attended: formatNumber(d.attendedHours), total: formatNumber(d.totalHours) })}</Text>
      </div>
      {d.trainers.length > 0 && <Text>{t('certificate.trainers', { names: d.trainers.join(', ') })}</Text>}
      <Text mt="lg">{t('certificate.issued', { date: formatDate(d.issuedOn, { dateStyle: 'long' }) })}</Text>
      <Text mt="xl">{t('certificate.signature')}</Text>
      {d.issuer.signatoryName && (
        <div>
          <Text fw={600}>{d.issuer.signatoryName}</Text>
          {d.issuer.signatoryTitle && <Text size="sm">{d.issuer.signatoryTitle}</Text>}
        </div>
      )}
    </Stack>
  );
}
