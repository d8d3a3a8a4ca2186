import { Badge, Button, Checkbox, Group, NativeSelect, Paper, Radio, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatTime } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { AGE_BRACKETS, GENDERS, helpLabel, useBoard, useCheckIn, useCheckOut, useHelpKinds, usePersonSearch, useSeat, type AgeBracket, type Board, type BoardVisit, type Gender } from './api';
import './i18n';

/** The live room: which PC is taken and since when, who waits, and a check-in form that takes seconds. */
export function EpnBoardPage() {
  const { t } = useTranslation('epn');
  const board = useBoard();
  const kinds = useHelpKinds();
  const checkOut = useCheckOut();
  const seat = useSeat();
  const b = board.data;
  const who = (v: BoardVisit) => v.label ?? (v.gender || v.ageBracket ? `${t('board.anonymous')} (${[v.gender && t(`gender.${v.gender}`), v.ageBracket && t(`age.${v.ageBracket}`)].filter(Boolean).join(', ')})` : t('board.anonymous'));
  const helpOf = (v: BoardVisit) => v.helpKindIds.map((id) => helpLabel(kinds.data?.find((k) => k.id === id), t)).join(', ');
  return (
    <>
      <PageHeader title={t('board.title')} />
      <ProblemAlert error={board.error ?? checkOut.error ?? seat.error} />
      {!b ? (
        <Loading />
      ) : (
        <Stack>
          <Group gap="sm" wrap="wrap">
            <Badge size="lg" color={b.isOpen ? 'teal.9' : 'gray.7'}>
              {b.isOpen ? t('board.open') : t('board.closed')}
            </Badge>
            <Text size="sm">{b.openingHours.length ? t('board.hours', { hours: b.openingHours.map((p) => `${p.from}–${p.to}`).join(', ') }) : t('board.noHours')}</Text>
            <Text size="sm" role="status" aria-live="polite">
              {t('board.today', { count: b.todayCount, formatted: formatNumber(b.todayCount) })}
            </Text>
          </Group>
          <section aria-labelledby="epn-ws">
            <Title order={2} size="h4" id="epn-ws" mb="xs">
              {t('board.workstations')}
            </Title>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
              {b.workstations.map((w) => (
                <Paper key={w.id} withBorder p="sm" bg={w.state === 'in_use' ? 'blue.0' : w.state === 'out_of_order' ? 'gray.1' : undefined}>
                  <Group justify="space-between" wrap="nowrap">
                    <Text fw={700}>{w.name}</Text>
                    <Badge color={w.state === 'in_use' ? 'blue.8' : w.state === 'free' ? 'teal.9' : 'gray.7'}>
                      {t(`board.${w.state}`)}
                    </Badge>
                  </Group>
                  {w.visit && (
                    <>
                      <Text size="sm" mt={4}>
                        {who(w.visit)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t('board.since', { time: formatTime(w.visit.since), minutes: w.visit.minutes })}
                      </Text>
                      {w.visit.helpKindIds.length > 0 && <Text size="xs">{helpOf(w.visit)}</Text>}
                      <Button size="xs" mt="xs" variant="light" aria-label={t('board.checkOutOf', { name: w.name })} loading={checkOut.isPending} onClick={() => checkOut.mutate({ id: w.visit!.id })}>
                        {t('board.checkOut')}
                      </Button>
                    </>
                  )}
                  {w.state === 'out_of_order' && w.stateNote && <Text size="xs">{w.stateNote}</Text>}
                </Paper>
              ))}
            </SimpleGrid>
          </section>
          <section aria-labelledby="epn-wait">
            <Title order={2} size="h4" id="epn-wait" mb="xs">
              {t('board.waiting')}
            </Title>
            {b.waiting.length === 0 ? (
              <Text size="sm">{t('board.noWaiting')}</Text>
            ) : (
              <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0 }}>
                {b.waiting.map((v) => (
                  <Paper key={v.id} withBorder p="xs" component="li">
                    <Group justify="space-between" wrap="wrap">
                      <Text size="sm">
                        {t('board.position', { n: v.position })} — {who(v)} — {t('board.waitingFor', { minutes: v.minutes })}
                      </Text>
                      <Group gap="xs">
                        <Button size="xs" aria-label={t('board.seatLabel', { name: who(v) })} onClick={() => seat.mutate({ id: v.id })} disabled={!b.workstations.some((w) => w.state === 'free')}>
                          {t('board.seat')}
                        </Button>
                        <Button size="xs" variant="default" onClick={() => checkOut.mutate({ id: v.id })}>
                          {t('common:actions.delete')}
                        </Button>
                      </Group>
                    </Group>
                  </Paper>
                ))}
              </Stack>
            )}
          </section>
          <CheckInForm board={b} />
        </Stack>
      )}
    </>
  );
}

function CheckInForm({ board }: { board: Board }) {
  const { t } = useTranslation('epn');
  const kinds = useHelpKinds();
  const checkIn = useCheckIn();
  const [mode, setMode] = useState<'anonymous' | 'person'>('anonymous');
  // 'unknown': staff say they do not know (the figures count it as such) rather than guess.
  const [gender, setGender] = useState<Gender | 'unknown' | ''>('');
  const [age, setAge] = useState<AgeBracket | 'unknown' | ''>('');
  const known = <V extends string>(v: V | 'unknown' | '') => (v === 'unknown' ? null : v || undefined);
  const [label, setLabel] = useState('');
  const [q, setQ] = useState('');
  const [person, setPerson] = useState<{ id: number; name: string } | null>(null);
  const [workstation, setWorkstation] = useState('');
  const [help, setHelp] = useState<string[]>([]);
  const [done, setDone] = useState('');
  const found = usePersonSearch(mode === 'person' && !person ? q : '');

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setDone('');
    checkIn.mutate(
      {
        ...(mode === 'person' ? { personId: person?.id } : { gender: known(gender), ageBracket: known(age) }),
        ...(label.trim() ? { label: label.trim() } : {}),
        ...(workstation ? { workstationId: Number(workstation) } : {}),
        helpKindIds: help.map(Number),
      },
      {
        onSuccess: (v) => {
          setDone((v as { status: string }).status === 'waiting' ? t('board.queued') : t('board.checkedIn'));
          setGender('');
          setAge('');
          setLabel('');
          setPerson(null);
          setQ('');
          setWorkstation('');
          setHelp([]);
        },
      },
    );
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-labelledby="epn-checkin">
      <Title order={2} size="h4" id="epn-checkin" mb="sm">
        {t('checkin.title')}
      </Title>
      <Stack gap="sm">
        <Radio.Group label={t('checkin.who')} value={mode} onChange={(v) => setMode(v as 'anonymous' | 'person')}>
          <Group mt={4} wrap="wrap">
            <Radio value="anonymous" label={t('checkin.anonymous')} />
            <Radio value="person" label={t('checkin.person')} />
          </Group>
        </Radio.Group>
        {mode === 'anonymous' ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect label={t('checkin.gender')} required value={gender} onChange={(e) => setGender(e.currentTarget.value as Gender)} data={[{ value: '', label: '—' }, ...[...GENDERS, 'unknown' as const].map((g) => ({ value: g, label: t(`gender.${g}`) }))]} />
            <NativeSelect label={t('checkin.ageBracket')} required value={age} onChange={(e) => setAge(e.currentTarget.value as AgeBracket)} data={[{ value: '', label: '—' }, ...[...AGE_BRACKETS, 'unknown' as const].map((a) => ({ value: a, label: t(`age.${a}`) }))]} />
          </SimpleGrid>
        ) : person ? (
          <Group>
            <Text size="sm">{t('checkin.picked', { name: person.name })}</Text>
            <Button size="xs" variant="default" onClick={() => setPerson(null)}>
              {t('checkin.change')}
            </Button>
          </Group>
        ) : (
          <>
            <TextInput label={t('checkin.search')} type="search" value={q} onChange={(e) => setQ(e.currentTarget.value)} autoComplete="off" />
            <Group gap="xs" wrap="wrap">
              {found.data?.items.map((p) => {
                const name = `${p.firstName} ${p.lastName}`;
                return (
                  <Button key={p.id} size="xs" variant="light" aria-label={t('checkin.pick', { name })} onClick={() => setPerson({ id: p.id, name })}>
                    {name}
                    {p.birthDate ? ` (${p.birthDate.slice(0, 4)})` : ''}
                  </Button>
                );
              })}
            </Group>
          </>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('checkin.label')} value={label} onChange={(e) => setLabel(e.currentTarget.value)} maxLength={60} />
          <NativeSelect
            label={t('checkin.workstation')}
            value={workstation}
            onChange={(e) => setWorkstation(e.currentTarget.value)}
            data={[{ value: '', label: t('checkin.firstFree') }, ...board.workstations.filter((w) => w.state === 'free').map((w) => ({ value: String(w.id), label: w.name }))]}
          />
        </SimpleGrid>
        <Checkbox.Group label={t('checkin.help')} value={help} onChange={setHelp}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} mt={4} spacing={4}>
            {kinds.data
              ?.filter((k) => k.active)
              .map((k) => (
                <Checkbox key={k.id} value={String(k.id)} label={helpLabel(k, t)} />
              ))}
          </SimpleGrid>
        </Checkbox.Group>
        <ProblemAlert error={checkIn.error} />
        {done && (
          <Text role="status" c="teal.9" size="sm">
            {done}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={checkIn.isPending}>
            {t('checkin.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
