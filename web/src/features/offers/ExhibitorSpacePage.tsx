import { Alert, Badge, Button, Card, Container, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Suspense, lazy, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/i18n';
import { LanguageSwitcher } from '../../app/LanguageSwitcher';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { inLanguage, useExhibitorSaveOffer, useExhibitorSpace, useTally, type Offer } from './api';
import './i18n';

// The offer form (its selects, tags and number fields: about 50 KB) comes when the employer opens it, not with the
// space, which a phone at the fair first loads to see the offers.
const OfferForm = lazy(() => import('./OfferForm').then((m) => ({ default: m.OfferForm })));

type Counter = 'met' | 'cvReceived' | 'interviewsPlanned' | 'hired';
const COUNTERS: { key: Counter; field: 'metCount' | 'cvReceived' | 'interviewsPlanned' | 'hired' }[] = [
  { key: 'met', field: 'metCount' },
  { key: 'cvReceived', field: 'cvReceived' },
  { key: 'interviewsPlanned', field: 'interviewsPlanned' },
  { key: 'hired', field: 'hired' },
];

/** The exhibitor's space, reached by its private link on a phone, without an account: its offers and its counters. */
export function ExhibitorSpacePage() {
  const { t } = useTranslation('offers');
  const token = useParams().token ?? '';
  const space = useExhibitorSpace(token);
  const save = useExhibitorSaveOffer(token);
  const tally = useTally(token);
  const [editing, setEditing] = useState<Offer | 'new' | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    document.title = `${t('space.title')} · Relais`;
  }, [t]);
  const s = space.data;
  const eventName = s ? (s.event.title ? inLanguage(s.event.title) : t('event', { id: s.event.id })) : '';

  return (
    <Container size={640} px="sm" py="md">
      <Group justify="flex-end">
        <LanguageSwitcher />
      </Group>
      <main>
        <Title order={1} size="h2" mb="xs">
          {s ? s.exhibitor.name : t('space.title')}
        </Title>
        {space.isPending ? (
          <Loading />
        ) : !s ? (
          <ProblemAlert error={space.error} />
        ) : (
          <Stack gap="md">
            <Text>
              {eventName}
              {s.event.startsAt ? ` · ${formatDate(s.event.startsAt)}` : ''}
              {s.exhibitor.stand ? ` · ${t('space.stand', { stand: s.exhibitor.stand })}` : ''}
            </Text>
            <Text size="sm">{t('space.intro')}</Text>
            <Text size="sm" c="dimmed">
              {t('space.until', { date: formatDate(new Date(Date.parse(s.expiresAt) - 60_000), { dateStyle: 'long' }) })}
            </Text>

            <section aria-labelledby="counters">
              <Title order={2} size="h3" id="counters" mb="xs">
                {t('space.counters')}
              </Title>
              <ProblemAlert error={tally.error} />
              <SimpleGrid cols={2} spacing="xs">
                {COUNTERS.map((c) => (
                  <Card key={c.key} withBorder padding="sm">
                    <Text size="sm">{t(`space.${c.key}`)}</Text>
                    <Text size="xl" fw={700} role="status" aria-label={`${t(`space.${c.key}`)}: ${s[c.field]}`}>
                      {s[c.field]}
                    </Text>
                    <Group gap="xs" mt="xs" wrap="nowrap">
                      <Button size="md" px="xs" flex={1} onClick={() => tally.mutate({ [c.key]: 1 })} aria-label={t('space.plus', { what: t(`space.${c.key}`) })}>
                        +1
                      </Button>
                      <Button
                        size="md"
                        px="xs"
                        variant="default"
                        disabled={s[c.field] === 0}
                        onClick={() => tally.mutate({ [c.key]: -1 })}
                        aria-label={t('space.minus', { what: t(`space.${c.key}`) })}
                      >
                        −1
                      </Button>
                    </Group>
                  </Card>
                ))}
              </SimpleGrid>
            </section>

            <section aria-labelledby="offers">
              <Group justify="space-between" mb="xs" wrap="wrap">
                <Title order={2} size="h3" id="offers">
                  {t('space.offers')}
                </Title>
                {editing === null && (
                  <Button
                    onClick={() => {
                      setSaved(false);
                      setEditing('new');
                    }}
                  >
                    {t('space.add')}
                  </Button>
                )}
              </Group>
              {saved && (
                <Alert color="green" role="status" mb="sm">
                  {t('space.saved')}
                </Alert>
              )}
              {editing !== null ? (
                <Card withBorder padding="sm">
                  <Title order={3} size="h4" mb="sm">
                    {editing === 'new' ? t('space.add') : t('space.editTitle', { title: inLanguage(editing.title) })}
                  </Title>
                  <ProblemAlert error={save.error} />
                  <Suspense fallback={<Loading />}>
                    <OfferForm
                      key={editing === 'new' ? 'new' : editing.id}
                      initial={editing === 'new' ? null : editing}
                      pending={save.isPending}
                      draftChoice={t('space.draft')}
                      onCancel={() => setEditing(null)}
                      onSubmit={(fields, draft) =>
                        save.mutate(
                          { id: editing === 'new' ? undefined : editing.id, body: { ...fields, status: draft ? 'draft' : 'published' } },
                          {
                            onSuccess: () => {
                              setEditing(null);
                              setSaved(true);
                            },
                          },
                        )
                      }
                    />
                  </Suspense>
                </Card>
              ) : s.offers.length === 0 ? (
                <Text>{t('space.none')}</Text>
              ) : (
                <Stack gap="xs">
                  {s.offers.map((o) => (
                    <Card key={o.id} withBorder padding="sm">
                      <Group justify="space-between" wrap="wrap" gap="xs">
                        <div>
                          <Text fw={600}>{inLanguage(o.title)}</Text>
                          <Text size="sm">
                            {t(`contract.${o.contractType}`)} · {t(`workingTime.${o.workingTime}`)} · {t('guide.positions', { count: o.positions })}
                          </Text>
                        </div>
                        <Badge variant="filled" color={o.status === 'published' ? '#1b5e20' : 'gray.7'}>
                          {t(`status.${o.status}`)}
                        </Badge>
                      </Group>
                      <Group gap="xs" mt="xs">
                        <Button size="xs" variant="default" onClick={() => setEditing(o)} aria-label={t('space.editTitle', { title: inLanguage(o.title) })}>
                          {t('space.edit')}
                        </Button>
                        {o.status === 'published' && (
                          <Button size="xs" variant="default" loading={save.isPending} onClick={() => save.mutate({ id: o.id, body: { status: 'filled' } })}>
                            {t('space.markFilled')}
                          </Button>
                        )}
                      </Group>
                    </Card>
                  ))}
                </Stack>
              )}
            </section>
          </Stack>
        )}
      </main>
    </Container>
  );
}
