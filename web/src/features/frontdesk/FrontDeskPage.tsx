import { ActionIcon, Alert, Badge, Button, Chip, Group, Modal, NativeSelect, Paper, Radio, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api';
import { useCan } from '../../app/auth';
import { formatDate } from '../../app/i18n';
import { today as brusselsToday } from '../../app/time';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { TableScroll } from '../../ui/TableScroll';
import {
  labelOf,
  useDay,
  useDeleteVisit,
  useUpdateVisit,
  useLogVisit,
  useOrganisationsList,
  usePersonSearch,
  useQuickCreatePerson,
  useReasons,
  useSitesList,
  type PersonHit,
  type Visit,
  type VisitInput,
} from './api';
import './i18n';
import { fieldsFromTyped } from '../people/public';
import { useUnsavedGuard } from '../../app/unsaved';

/** The reception's screen: log a visitor in a few seconds, and see the site's day with its running count. */
export function FrontDeskPage() {
  const { t } = useTranslation('frontdesk');
  const canWrite = useCan('frontdesk.write');
  const sites = useSitesList();
  const [siteId, setSiteId] = useState<number | null>(() => Number(localStorage.getItem('relais.frontdesk.site')) || null);
  const [date, setDate] = useState(brusselsToday());
  useEffect(() => {
    const items = sites.data?.items ?? [];
    if (items.length && (!siteId || !items.some((s) => s.id === siteId))) setSiteId(items[0].id);
  }, [sites.data, siteId]);
  useEffect(() => {
    if (siteId) localStorage.setItem('relais.frontdesk.site', String(siteId));
  }, [siteId]);
  const day = useDay(siteId, date);
  const siteName = sites.data?.items.find((s) => s.id === siteId)?.name;

  return (
    <>
      <PageHeader
        title={siteName ? t('day.title', { site: siteName }) : t('day.titleNoSite')}
        actions={
          <>
            <NativeSelect
              label={t('day.site')}
              value={siteId ? String(siteId) : ''}
              onChange={(e) => setSiteId(Number(e.currentTarget.value))}
              data={(sites.data?.items ?? []).map((s) => ({ value: String(s.id), label: s.name }))}
            />
            <TextInput type="date" label={t('day.date')} value={date} onChange={(e) => e.currentTarget.value && setDate(e.currentTarget.value)} />
          </>
        }
      />
      <ProblemAlert error={sites.error} />
      {sites.data && sites.data.items.length === 0 && <Alert role="status">{t('day.noSite')}</Alert>}
      {siteId && (
        <Stack>
          {canWrite && <VisitForm siteId={siteId} date={date} />}
          <DayList siteId={siteId} date={date} />
        </Stack>
      )}
      {day.isPending && siteId && <Loading />}
    </>
  );
}

function VisitForm({ siteId, date }: { siteId: number; date: string }) {
  const { t } = useTranslation('frontdesk');
  const reasons = useReasons();
  const orgs = useOrganisationsList();
  const log = useLogVisit();
  const create = useQuickCreatePerson();
  const [mode, setMode] = useState<'anonymous' | 'known'>('anonymous');
  const [q, setQ] = useState('');
  const [person, setPerson] = useState<PersonHit | null>(null);
  const [reason, setReason] = useState<string | null>(null);
  const [orientation, setOrientation] = useState('');
  const [time, setTime] = useState('');
  const [note, setNote] = useState('');
  // null: the quick-create fields follow what is typed in the search (a name typed once is not typed again)
  const [newName, setNewName] = useState<{ firstName: string; lastName: string } | null>(null);
  const [local, setLocal] = useState<string | null>(null);
  const [done, setDone] = useState<Visit | null>(null);
  /** After a save, the keyboard is back at the top of the form, ready for the next visitor. */
  const firstField = useRef<HTMLInputElement>(null);
  const found = usePersonSearch(mode === 'known' && !person ? q : '');
  const isToday = date === brusselsToday();
  const duplicate = create.error instanceof ApiError && create.error.status === 409;
  // a visit being typed is not lost by leaving the page (the shared guard)
  useUnsavedGuard(!log.isPending && (!!reason || note.trim() !== '' || time !== '' || orientation !== '' || !!person));
  const typed = fieldsFromTyped(q);
  const names = newName ?? { firstName: typed.firstName ?? '', lastName: typed.lastName ?? '' };

  const reset = () => {
    setMode('anonymous');
    setQ('');
    setPerson(null);
    setReason(null);
    setOrientation('');
    setTime('');
    setNote('');
    setNewName(null);
    create.reset();
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setLocal(null);
    if (!reason) return;
    if (mode === 'known' && !person) return setLocal(t('form.choosePerson'));
    if (!isToday && !time) return setLocal(t('form.timeNeeded'));
    const [kind, value] = orientation.split(':');
    log.mutate(
      {
        siteId,
        // A local wall time: the server resolves it in Brussels.
        ...(time ? { date, time } : {}),
        personId: mode === 'known' ? person!.id : null,
        reason,
        orientationService: kind === 'service' ? (value as NonNullable<VisitInput['orientationService']>) : null,
        orientationOrganisationId: kind === 'org' ? Number(value) : null,
        note: note.trim() || null,
      },
      {
        onSuccess: (v) => {
          setDone(v);
          reset();
          requestAnimationFrame(() => firstField.current?.focus());
        },
      },
    );
  };

  const quickCreate = (confirmNotDuplicate: boolean) =>
    create.mutate({ ...names, confirmNotDuplicate }, { onSuccess: (p) => setPerson(p) });

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-labelledby="visit-form-title">
      <Title order={2} size="h4" mb="sm" id="visit-form-title">
        {t('form.title')}
      </Title>
      <Stack gap="sm">
        <Radio.Group label={t('form.visitor')} value={mode} onChange={(v) => setMode(v as 'anonymous' | 'known')}>
          <Group gap="md" mt={4}>
            <Radio ref={firstField} value="anonymous" label={t('form.anonymous')} />
            <Radio value="known" label={t('form.known')} />
          </Group>
        </Radio.Group>
        {mode === 'known' &&
          (person ? (
            <Group gap="xs">
              <Text fw={600} role="status">
                {t('form.selected', { name: `${person.firstName} ${person.lastName}` })}
              </Text>
              <Button size="compact-sm" variant="subtle" onClick={() => setPerson(null)}>
                {t('common:actions.edit')}
              </Button>
            </Group>
          ) : (
            <Stack gap="xs">
              <TextInput label={t('form.search')} type="search" value={q} onChange={(e) => setQ(e.currentTarget.value)} autoComplete="off" data-autofocus />
              {found.data && q.trim().length >= 2 && (
                found.data.items.length ? (
                  <Radio.Group
                    label={t('form.results')}
                    value={null}
                    onChange={(v) => setPerson(found.data!.items.find((p) => String(p.id) === v) ?? null)}
                  >
                    <Stack gap={4} mt={4}>
                      {found.data.items.map((p) => (
                        <Radio key={p.id} value={String(p.id)} label={`${p.firstName} ${p.lastName}${p.birthDate ? ` (${formatDate(p.birthDate)})` : ''}`} />
                      ))}
                    </Stack>
                  </Radio.Group>
                ) : (
                  <Text size="sm">{t('form.noResult')}</Text>
                )
              )}
              <Paper withBorder p="xs">
                <Text size="sm" fw={600} mb={4}>
                  {t('form.quickCreate')}
                </Text>
                <Group gap="xs" align="end" wrap="wrap">
                  <TextInput label={t('form.firstName')} value={names.firstName} onChange={(e) => setNewName({ ...names, firstName: e.currentTarget.value })} />
                  <TextInput label={t('form.lastName')} value={names.lastName} onChange={(e) => setNewName({ ...names, lastName: e.currentTarget.value })} />
                  <Button variant="default" disabled={!names.firstName.trim() || !names.lastName.trim()} loading={create.isPending} onClick={() => quickCreate(false)}>
                    {t('form.create')}
                  </Button>
                </Group>
                {duplicate ? (
                  <Alert color="yellow" mt="xs" role="alert">
                    <Text size="sm">{t('form.duplicate')}</Text>
                    <Stack gap={4} mt={4}>
                      {((create.error as ApiError).problem.duplicates as PersonHit[] | undefined)?.map((d) => (
                        <Button key={d.id} size="compact-sm" variant="light" onClick={() => setPerson(d)}>
                          {`${d.firstName} ${d.lastName}${d.birthDate ? ` (${formatDate(d.birthDate)})` : ''}`}
                        </Button>
                      ))}
                      <Button size="compact-sm" variant="subtle" onClick={() => quickCreate(true)}>
                        {t('form.createAnyway')}
                      </Button>
                    </Stack>
                  </Alert>
                ) : (
                  <ProblemAlert error={create.error} />
                )}
              </Paper>
            </Stack>
          ))}
        <div>
          <Text size="sm" fw={500} id="reason-label" mb={4}>
            {t('form.reason')}
          </Text>
          <Chip.Group multiple={false} value={reason} onChange={(v) => setReason(v as string)}>
            <Group gap="xs" role="radiogroup" aria-labelledby="reason-label">
              {(reasons.data?.items ?? []).map((r) => (
                <Chip key={r.code} value={r.code} type="radio">
                  {labelOf(r)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </div>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t('form.orientation')}
            value={orientation}
            onChange={(e) => setOrientation(e.currentTarget.value)}
            data={[
              { value: '', label: t('form.noOrientation') },
              { group: t('form.internal'), items: (reasons.data?.internalServices ?? []).map((s) => ({ value: `service:${s}`, label: t(`services.${s}`) })) },
              { group: t('form.partners'), items: (orgs.data?.items ?? []).map((o) => ({ value: `org:${o.id}`, label: o.name })) },
            ]}
          />
          <TextInput type="time" label={t('form.time')} value={time} onChange={(e) => setTime(e.currentTarget.value)} required={!isToday} />
          <TextInput label={t('form.note')} description={t('common:optional')} value={note} maxLength={1000} onChange={(e) => setNote(e.currentTarget.value)} />
        </SimpleGrid>
        {local && (
          <Alert color="red" role="alert">
            {local}
          </Alert>
        )}
        <ProblemAlert error={log.error} />
        {done && !log.error && (
          <Alert color={done.outOfHours ? 'yellow' : 'green'} role="status">
            {t(done.outOfHours ? 'form.savedOutOfHours' : 'form.saved', { time: done.localTime })}
          </Alert>
        )}
        <Group>
          <Button type="submit" disabled={!reason} loading={log.isPending}>
            {t('form.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function DayList({ siteId, date }: { siteId: number; date: string }) {
  const { t } = useTranslation('frontdesk');
  const canWrite = useCan('frontdesk.write');
  const day = useDay(siteId, date);
  const remove = useDeleteVisit();
  const [editing, setEditing] = useState<Visit | null>(null);
  const d = day.data;
  if (!d) return <ProblemAlert error={day.error} />;
  const hours = d.openingHours.map((h) => `${h.from}–${h.to}`).join(', ');
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" wrap="wrap" mb="sm">
        <div>
          <Text fz={28} fw={700} role="status" aria-live="polite">
            {t('day.count', { count: d.count })}
          </Text>
          <Text size="sm">
            {t('day.anonymous', { count: d.anonymous })}
            {d.outOfHours > 0 && ` · ${t('day.outOfHours', { count: d.outOfHours })}`}
          </Text>
        </div>
        <Text size="sm">{hours ? t('day.hours', { hours }) : t('day.closed')}</Text>
      </Group>
      <ProblemAlert error={remove.error} />
      {d.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('day.none')}
        </Text>
      ) : (
        <TableScroll minWidth={640} label={t('day.caption', { date: formatDate(date) })}>
          <Table striped>
            <Table.Caption>{t('day.caption', { date: formatDate(date, { dateStyle: 'full' }) })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('day.time')}</Table.Th>
                <Table.Th>{t('day.visitor')}</Table.Th>
                <Table.Th>{t('day.reason')}</Table.Th>
                <Table.Th>{t('day.orientation')}</Table.Th>
                {canWrite && <Table.Th>{t('day.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.items.map((v) => (
                <Table.Tr key={v.id}>
                  <Table.Td>
                    {v.localTime}{' '}
                    {v.outOfHours && (
                      <Badge color="orange" variant="dot" size="sm">
                        {t('day.flagged')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{v.person ? (v.person.erased ? t('day.erased') : `${v.person.firstName} ${v.person.lastName}`) : t('day.anonymousVisitor')}</Table.Td>
                  <Table.Td>
                    {labelOf(v.reason)}
                    {v.note && (
                      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {v.note}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{v.orientationOrganisation?.name ?? (v.orientationService ? t(`services.${v.orientationService}`) : '—')}</Table.Td>
                  {canWrite && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                      <Button size="compact-xs" variant="default" aria-label={t('day.edit', { time: v.localTime })} onClick={() => setEditing(v)}>
                        {t('day.editShort')}
                      </Button>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('day.delete', { time: v.localTime })}
                        onClick={() => window.confirm(t('day.deleteConfirm', { time: v.localTime, reason: labelOf(v.reason) })) && remove.mutate(v.id)}
                      >
                        ✕
                      </ActionIcon>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {editing && <EditVisit visit={editing} onClose={() => setEditing(null)} />}
    </Paper>
  );
}

/** Corrects a visit logged at the desk: its time, reason, orientation and note (who came stays as it was logged). */
function EditVisit({ visit, onClose }: { visit: Visit; onClose: () => void }) {
  const { t } = useTranslation('frontdesk');
  const reasons = useReasons();
  const orgs = useOrganisationsList();
  const update = useUpdateVisit();
  const [time, setTime] = useState(visit.localTime);
  const [reason, setReason] = useState(visit.reason.code);
  const [orientation, setOrientation] = useState(visit.orientationOrganisation ? `org:${visit.orientationOrganisation.id}` : visit.orientationService ? `service:${visit.orientationService}` : '');
  const [note, setNote] = useState(visit.note ?? '');
  return (
    <Modal opened onClose={onClose} title={t('edit.title', { time: visit.localTime })} closeButtonProps={{ 'aria-label': t('edit.close') }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const [kind, value] = orientation.split(':');
          update.mutate(
            {
              id: visit.id,
              siteId: visit.siteId,
              date: visit.localDate,
              time,
              reason,
              orientationService: kind === 'service' ? (value as NonNullable<VisitInput['orientationService']>) : null,
              orientationOrganisationId: kind === 'org' ? Number(value) : null,
              note: note.trim() || null,
            },
            { onSuccess: onClose },
          );
        }}
      >
        <Stack>
          <TextInput type="time" label={t('form.time')} value={time} onChange={(e) => setTime(e.currentTarget.value)} required />
          <NativeSelect
            label={t('day.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            data={(reasons.data?.items ?? []).filter((r) => r.active || r.code === visit.reason.code).map((r) => ({ value: r.code, label: labelOf(r) }))}
          />
          <NativeSelect
            label={t('form.orientation')}
            value={orientation}
            onChange={(e) => setOrientation(e.currentTarget.value)}
            data={[
              { value: '', label: t('form.noOrientation') },
              { group: t('form.internal'), items: (reasons.data?.internalServices ?? []).map((s) => ({ value: `service:${s}`, label: t(`services.${s}`) })) },
              { group: t('form.partners'), items: (orgs.data?.items ?? []).map((o) => ({ value: `org:${o.id}`, label: o.name })) },
            ]}
          />
          <TextInput label={t('form.note')} description={t('common:optional')} value={note} maxLength={1000} onChange={(e) => setNote(e.currentTarget.value)} />
          <ProblemAlert error={update.error} />
          <Button type="submit" loading={update.isPending}>
            {t('edit.save')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
