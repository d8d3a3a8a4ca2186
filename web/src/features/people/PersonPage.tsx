import { Alert, Anchor, Button, Group, Modal, NativeSelect, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/i18n';
import { useCan } from '../../app/auth';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import {
  CONSENT_PURPOSES,
  personName,
  useAddConsent,
  useErasePerson,
  usePerson,
  useTimeline,
  useWithdrawConsent,
  type PersonDetail,
} from './api';
import { PersonData, formatTimelineDate, useTimelineLabel } from './PersonData';
import './i18n';

/** A person's record: data, consents, timeline, and the GDPR actions. */
export function PersonPage() {
  const { t } = useTranslation('people');
  const id = Number(useParams().id);
  const person = usePerson(id);
  const location = useLocation();
  const canWrite = useCan('people.write');
  const canMerge = useCan('people.merge');
  const canExport = useCan('people.export');
  if (person.isPending) return <Loading />;
  if (!person.data) return <ProblemAlert error={person.error} />;
  const p = person.data;
  const name = personName(p, t('person.erased'));
  const live = !p.erasedAt && !p.mergedIntoId;
  const created = (location.state as { created?: boolean } | null)?.created;

  return (
    <>
      <PageHeader
        title={name}
        actions={
          live && (
            <>
              {canWrite && (
                <Button component={Link} to={`/people/${p.id}/edit`} variant="default">
                  {t('person.edit')}
                </Button>
              )}
              {canMerge && (
                <Button component={Link} to={`/people/${p.id}/merge`} variant="default">
                  {t('person.merge')}
                </Button>
              )}
            </>
          )
        }
      />
      <Text size="sm" c="dimmed" mt={-8} mb="md">
        {t('person.id', { id: p.id })}
      </Text>
      {created && (
        <Alert color="green" role="status" mb="md">
          {t('person.created')}
        </Alert>
      )}
      {p.mergedIntoId && (
        <Alert color="blue" role="status" mb="md" title={t('person.merged')}>
          <Anchor component={Link} to={`/people/${p.mergedIntoId}`}>
            {t('person.openMerged')}
          </Anchor>
        </Alert>
      )}
      {p.erasedAt && (
        <Alert color="gray" role="status" mb="md" title={t('person.erased')}>
          {t('person.erasedInfo', { date: formatDate(p.erasedAt) })}
        </Alert>
      )}
      <Stack>
        <Paper withBorder p="md">
          <Title order={2} size="h3" mb="sm">
            {t('person.data')}
          </Title>
          <PersonData person={p} cols={{ base: 1, sm: 2, md: 3 }} />
        </Paper>
        {!p.erasedAt && <Consents person={p} canWrite={live && canWrite} />}
        <PersonTimeline id={p.id} />
        {canExport && <Gdpr person={p} name={name} />}
      </Stack>
    </>
  );
}

function Consents({ person, canWrite }: { person: PersonDetail; canWrite: boolean }) {
  const { t } = useTranslation('people');
  const add = useAddConsent(person.id);
  const withdraw = useWithdrawConsent(person.id);
  const active = new Set(person.consents.filter((c) => !c.withdrawnAt).map((c) => c.purpose));
  const available = CONSENT_PURPOSES.filter((c) => !active.has(c));
  const [purpose, setPurpose] = useState('');
  const chosen = (available as readonly string[]).includes(purpose) ? (purpose as (typeof available)[number]) : available[0];
  const label = (c: string) => t(`consent.${c}`, { defaultValue: c });
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h3" mb="sm">
        {t('fields.consents')}
      </Title>
      {person.consents.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('consent.none')}
        </Text>
      ) : (
        <Stack gap="xs">
          {person.consents.map((c) => (
            <Group key={c.id} justify="space-between" wrap="wrap" gap="xs">
              <div>
                <Text fw={500} td={c.withdrawnAt ? 'line-through' : undefined}>
                  {label(c.purpose)}
                </Text>
                <Text size="xs" c="dimmed">
                  {c.withdrawnAt ? t('consent.inactive') : t('consent.active')} · {t('consent.given', { date: formatDate(c.givenAt) })}
                  {c.withdrawnAt && ` · ${t('consent.withdrawn', { date: formatDate(c.withdrawnAt) })}`}
                </Text>
              </div>
              {canWrite && !c.withdrawnAt && (
                <Button
                  size="xs"
                  variant="outline"
                  color="red.9"
                  aria-label={t('consent.withdrawLabel', { purpose: label(c.purpose) })}
                  loading={withdraw.isPending && withdraw.variables === c.id}
                  onClick={() => withdraw.mutate(c.id)}
                >
                  {t('consent.withdraw')}
                </Button>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {canWrite && available.length > 0 && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (chosen) add.mutate(chosen);
          }}
        >
          <Group mt="md" align="flex-end" wrap="wrap" gap="xs">
            <NativeSelect
              label={t('consent.purpose')}
              value={chosen}
              onChange={(e) => setPurpose(e.currentTarget.value)}
              data={available.map((c) => ({ value: c, label: label(c) }))}
              style={{ flex: '1 1 220px' }}
            />
            <Button type="submit" variant="light" loading={add.isPending}>
              {t('consent.add')}
            </Button>
          </Group>
        </form>
      )}
      <ProblemAlert error={add.error ?? withdraw.error} />
    </Paper>
  );
}

function PersonTimeline({ id }: { id: number }) {
  const { t } = useTranslation('people');
  const timeline = useTimeline(id);
  const label = useTimelineLabel();
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h3" mb="sm">
        {t('person.timeline')}
      </Title>
      <ProblemAlert error={timeline.error} />
      {timeline.isPending ? (
        <Loading />
      ) : !timeline.data?.items.length ? (
        <Text size="sm" c="dimmed">
          {t('person.noTimeline')}
        </Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} component="ol" style={{ listStyle: 'none', paddingInlineStart: 0 }}>
          {timeline.data.items.map((e, i) => (
            <Timeline.Item key={i} component="li" title={label(e)}>
              <Text size="xs" c="dimmed">
                {formatTimelineDate(e.at)}
              </Text>
              {e.summary && (
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {e.summary}
                </Text>
              )}
              {e.redacted && (
                <Text size="xs" fs="italic">
                  {t('person.redacted')}
                </Text>
              )}
              {e.link && (
                <Anchor component={Link} to={e.link} size="sm">
                  {t('person.open')}
                </Anchor>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Paper>
  );
}

function Gdpr({ person, name }: { person: PersonDetail; name: string }) {
  const { t } = useTranslation('people');
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const erase = useErasePerson(person.id);
  const canErase = useCan('people.gdpr');
  const small = useMediaQuery('(max-width: 36em)');
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h3" mb="xs">
        {t('person.gdpr')}
      </Title>
      <Text size="sm" mb="sm">
        {t('person.gdprIntro')}
      </Text>
      <Group gap="xs" wrap="wrap">
        <Button component="a" href={`/api/people/${person.id}/export`} variant="default" rel="noopener">
          {t('person.exportJson')}
        </Button>
        <Button component={Link} to={`/people/${person.id}/gdpr-export`} variant="default">
          {t('person.exportPage')}
        </Button>
        {canErase && !person.erasedAt && (
          <Button color="red.9" variant="outline" onClick={() => setOpen(true)}>
            {t('person.erase')}
          </Button>
        )}
      </Group>
      <Modal closeButtonProps={{ 'aria-label': t('common:actions.close') }} opened={open} onClose={() => setOpen(false)} title={t('person.eraseTitle')} fullScreen={small} centered>
        <Stack>
          <Text>{t('person.eraseText', { name })}</Text>
          <ProblemAlert error={erase.error} />
          <Group justify="flex-end" wrap="wrap">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('common:actions.cancel')}
            </Button>
            <Button
              color="red.9"
              loading={erase.isPending}
              onClick={() =>
                erase.mutate(undefined, {
                  onSuccess: () => {
                    setOpen(false);
                    navigate(`/people/${person.id}`, { replace: true });
                  },
                })
              }
            >
              {t('person.eraseConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
