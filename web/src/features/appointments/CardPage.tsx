import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInstitution } from '../../app/institution';
import { download } from '../../app/api';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { useCard } from './api';
import './i18n';

/** A printable appointment card for the person, in the person's language. */
export function CardPage() {
  const { t, i18n } = useTranslation('appointments');
  const institution = useInstitution().data;
  const id = Number(useParams().id);
  const card = useCard(id);
  if (card.isPending) return <Loading />;
  if (!card.data) return <ProblemAlert error={card.error} />;
  const c = card.data;
  // The card speaks the person's language; the page around it speaks the user's.
  const tc = i18n.getFixedT(c.locale, 'appointments');
  const lang = (['fr', 'nl', 'en'] as const).find((l) => l === c.locale) ?? 'fr';
  return (
    <>
      <PageHeader
        title={t('card.title')}
        actions={
          <>
            <Button className="no-print" onClick={() => window.print()}>
              {t('common:actions.print')}
            </Button>
            <Button className="no-print" variant="default" onClick={() => download(c.icsUrl)}>
              {t('actions.ics')}
            </Button>
          </>
        }
      />
      <Paper withBorder p="lg" maw={520} lang={c.locale}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {institution?.name[lang]}
          </Text>
          <Title order={2} size="h3">
            {tc('card.heading')}
          </Title>
          <Text fw={600} size="lg">
            {c.person.firstName} {c.person.lastName}
          </Text>
          <div>
            <Text size="sm" c="dimmed">
              {tc('card.when')}
            </Text>
            <Text fw={600}>
              {c.when.longDate}, {c.when.start}–{c.when.end}
            </Text>
          </div>
          <div>
            <Text size="sm" c="dimmed">
              {tc('card.where')}
            </Text>
            <Text>{c.where.site}</Text>
            {c.where.address && (
              <Text>
                {c.where.address}
                {c.where.postalCode ? `, ${c.where.postalCode}` : ''}
              </Text>
            )}
            <Text size="sm">{c.where.desk}</Text>
          </div>
          <div>
            <Text size="sm" c="dimmed">
              {tc('card.with')}
            </Text>
            <Text>{c.with}</Text>
          </div>
          {c.purpose && (
            <div>
              <Text size="sm" c="dimmed">
                {tc('card.purpose')}
              </Text>
              <Text>{c.purpose}</Text>
            </div>
          )}
          <Text size="sm" fs="italic">
            {tc('card.notice', { institution: institution?.shortName[lang] ?? '' })}
          </Text>
        </Stack>
      </Paper>
    </>
  );
}
