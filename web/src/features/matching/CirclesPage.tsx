import { Anchor, Button, Group, NativeSelect, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { formatDate, formatDateTime } from '../../app/i18n';
import { today } from '../../app/time';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { TableScroll } from '../../ui/TableScroll';
import { useOrganisations } from '../organisations/public';
import { PersonPicker, type PersonHit } from '../people/public';
import { type CIRCLE_KINDS, inLanguage, useAddCase, useCases, useCircles, useSaveCircle, useUpdateCase, type Case } from './api';
import { CircleFields } from './CircleFields';
import './i18n';

/** Staff: circles, workshops and "job sur mesure" sessions; plan a new one with its partners. */
export function CirclesPage() {
  const { t, i18n } = useTranslation('matching');
  const circles = useCircles();
  const canWrite = useCan('matching.write');
  return (
    <Stack>
      <PageHeader title={t('circles.title')} />
      <ProblemAlert error={circles.error} />
      {circles.isPending ? (
        <Loading />
      ) : circles.data?.items.length ? (
        <TableScroll minWidth={560} label={t('circles.caption')}>
          <Table striped>
            <caption className="visually-hidden">{t('circles.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('circles.when')}</Table.Th>
                <Table.Th>{t('circles.name')}</Table.Th>
                <Table.Th>{t('circles.kind')}</Table.Th>
                <Table.Th>{t('circles.cases')}</Table.Th>
                <Table.Th>{t('circles.held')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {circles.data.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    {formatDateTime(c.startsAt)}
                    {c.endsOn && (
                      <Text size="sm" component="span" display="block">
                        {t('days.range', { from: formatDate(c.days[0]), to: formatDate(c.endsOn) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/matching/circles/${c.id}`}>
                      {inLanguage(c.title, i18n.language)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`circleKind.${c.kind}`)}</Table.Td>
                  <Table.Td>{c.cases}</Table.Td>
                  <Table.Td>{c.heldAt ? t('circles.yes') : t('circles.no')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : (
        <Text>{t('circles.none')}</Text>
      )}
      <WaitingCases canWrite={canWrite} />
      {canWrite && <NewCircle />}
    </Stack>
  );
}

function NewCircle() {
  const { t } = useTranslation('matching');
  const save = useSaveCircle();
  const orgs = useOrganisations('', false);
  const blank = { kind: 'circle' as (typeof CIRCLE_KINDS)[number], titleFr: '', titleNl: '', date: today(), time: '09:30', endsOn: '', place: '', partnerIds: [] as string[] };
  const [f, setF] = useState(blank);
  const [done, setDone] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ ...f, endsOn: f.endsOn || null, partnerIds: f.partnerIds.map(Number) }, { onSuccess: () => (setF(blank), setDone(true)) });
  };
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('circles.new')}
      </Title>
      <ProblemAlert error={save.error} />
      {done && (
        <Text role="status" c="#1b5e20" mb="sm">
          {t('circles.created')}
        </Text>
      )}
      <form onSubmit={submit}>
        <Stack>
          <CircleFields f={f} setF={setF} partners={(orgs.data?.items ?? []).map((o) => ({ value: String(o.id), label: o.name }))} />
          <Button type="submit" loading={save.isPending} maw={240}>
            {t('circles.create')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

/** Needs recorded by a referent outside any circle (intake), waiting to be put on a circle's agenda. */
function WaitingCases({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation('matching');
  const cases = useCases({ unscheduled: 'true' });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="waiting-title">
      <Title order={2} size="h3" mb="xs" id="waiting-title">
        {t('intake.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('intake.intro')}
      </Text>
      <ProblemAlert error={cases.error} />
      {cases.isPending ? (
        <Loading />
      ) : !cases.data?.items.length ? (
        <Text size="sm">{t('intake.none')}</Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {cases.data.items.map((k) => (
            <WaitingCase key={k.id} k={k} canWrite={canWrite} />
          ))}
        </Stack>
      )}
      {canWrite && <Intake />}
    </Paper>
  );
}

function WaitingCase({ k, canWrite }: { k: Case; canWrite: boolean }) {
  const { t, i18n } = useTranslation('matching');
  const circles = useCircles();
  const update = useUpdateCase();
  const [circleId, setCircleId] = useState('');
  const name = `${k.person.firstName} ${k.person.lastName}`;
  const upcoming = (circles.data?.items ?? []).filter((c) => !c.heldAt);
  return (
    <li>
      <Text fw={500}>{name}</Text>
      <Text size="sm">{k.need}</Text>
      <Text size="xs">{t('intake.recorded', { at: formatDate(k.createdAt) })}</Text>
      {canWrite && (
        <form onSubmit={(e) => (e.preventDefault(), circleId && update.mutate({ id: k.id, body: { circleId: Number(circleId) } }))}>
          <Group align="end" mt={4} wrap="wrap" gap="xs">
            <NativeSelect
              label={t('intake.toCircleLabel', { name })}
              value={circleId}
              onChange={(e) => setCircleId(e.currentTarget.value)}
              data={[{ value: '', label: t('intake.noCircle') }, ...upcoming.map((c) => ({ value: String(c.id), label: `${inLanguage(c.title, i18n.language)} · ${formatDate(c.startsAt)}` }))]}
            />
            <Button type="submit" size="xs" variant="default" disabled={!circleId} loading={update.isPending} aria-label={t('intake.scheduleLabel', { name })}>
              {t('intake.schedule')}
            </Button>
          </Group>
          <ProblemAlert error={update.error} />
        </form>
      )}
    </li>
  );
}

function Intake() {
  const { t } = useTranslation('matching');
  const add = useAddCase();
  const [person, setPerson] = useState<PersonHit | null>(null);
  const [need, setNeed] = useState('');
  const [done, setDone] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (person) add.mutate({ personId: person.id, need: need.trim(), circleId: null }, { onSuccess: () => (setPerson(null), setNeed(''), setDone(true)) });
  };
  return (
    <form onSubmit={submit} aria-labelledby="intake-title">
      <Title order={3} size="h4" mt="md" mb="sm" id="intake-title">
        {t('intake.new')}
      </Title>
      <ProblemAlert error={add.error} />
      {done && (
        <Text role="status" c="#1b5e20" mb="sm">
          {t('intake.saved')}
        </Text>
      )}
      <Stack>
        <PersonPicker label={t('intake.person')} value={person} onChange={(p) => (setPerson(p), setDone(false))} allowCreate={false} />
        <Textarea label={t('intake.need')} value={need} onChange={(e) => setNeed(e.currentTarget.value)} required maxLength={2000} autosize minRows={2} />
        <Button type="submit" disabled={!person} loading={add.isPending} maw={260}>
          {t('intake.submit')}
        </Button>
      </Stack>
    </form>
  );
}
