import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Chip, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../app/api';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { AGE_BANDS, DOOR_SEXES, DOOR_STATUSES, inLanguage, newNonce, sendTap, sendUndo, useEvent, useLive, type DoorInput } from './api';
import './i18n';

const queueKey = (id: number) => `relais.events.taps.${id}`;
const readQueue = (id: number): DoorInput[] => {
  try {
    return JSON.parse(localStorage.getItem(queueKey(id)) ?? '[]') as DoorInput[];
  } catch {
    return [];
  }
};
const writeQueue = (id: number, q: DoorInput[]) => localStorage.setItem(queueKey(id), JSON.stringify(q));

/** The door counter for walk-ins: +1 (and exit), undo the last, an optional one-tap profile; devices summed live. */
export function DoorPage() {
  const { t } = useTranslation('events');
  const id = Number(useParams().id);
  const event = useEvent(id);
  const live = useLive(id, 3000);
  const qc = useQueryClient();
  const [device, setDevice] = useState(() => localStorage.getItem('relais.events.device') ?? '');
  const [sex, setSex] = useState<string | null>(null);
  const [age, setAge] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [pending, setPending] = useState(() => readQueue(id).length);
  const [error, setError] = useState<unknown>(null);
  const [mine, setMine] = useState<number | null>(null);
  const busy = useRef(false);
  const deviceName = (device.trim() || t('live.desk')).slice(0, 60);

  const flush = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      // Until the queue is empty (taps made meanwhile included) or the network fails.
      for (let tap = readQueue(id)[0]; tap; tap = readQueue(id)[0]) {
        try {
          const r = await sendTap(id, tap);
          if (r.device === deviceName) setMine(r.deviceCount);
        } catch (e) {
          if (!(e instanceof ApiError) || e.status === 0 || e.status >= 500) break;
          setError(e);
        }
        const sent = tap.nonce;
        writeQueue(id, readQueue(id).filter((x) => x.nonce !== sent));
      }
    } finally {
      busy.current = false;
      setPending(readQueue(id).length);
      void qc.invalidateQueries({ queryKey: ['events', 'live', id] });
    }
  }, [id, qc, deviceName]);
  useEffect(() => {
    const timer = setInterval(() => void flush(), 5000);
    window.addEventListener('online', flush);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', flush);
    };
  }, [flush]);

  const tap = (direction: 'in' | 'out') => {
    setError(null);
    writeQueue(id, [
      ...readQueue(id),
      { nonce: newNonce(), device: deviceName, direction, at: new Date().toISOString(), sex: direction === 'in' ? (sex as DoorInput['sex']) : null, ageBand: direction === 'in' ? (age as DoorInput['ageBand']) : null, status: direction === 'in' ? (status as DoorInput['status']) : null },
    ]);
    setPending(readQueue(id).length);
    setSex(null);
    setAge(null);
    setStatus(null);
    void flush();
  };
  const undo = async () => {
    setError(null);
    try {
      const r = await sendUndo(id, deviceName);
      setMine(r.deviceCount);
      void qc.invalidateQueries({ queryKey: ['events', 'live', id] });
    } catch (e) {
      setError(e);
    }
  };
  const devCount = mine ?? live.data?.perDevice.find((d) => d.device === deviceName)?.walkIns ?? 0;
  const chips = (label: string, values: readonly string[], value: string | null, set: (v: string | null) => void, text: (v: string) => string) => (
    <div>
      <Text size="sm" fw={500} id={`door-${label}`}>
        {label}
      </Text>
      <Chip.Group multiple={false} value={value ?? ''} onChange={(v) => set(v === value ? null : (v as string))}>
        <Group gap={6} mt={4} role="group" aria-labelledby={`door-${label}`}>
          {values.map((v) => (
            <Chip key={v} value={v} size="sm">
              {text(v)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </div>
  );
  return (
    <Stack>
      <PageHeader title={t('door.title', { title: event.data ? inLanguage(event.data.title) : '' })} />
      <TextInput
        label={t('door.device')}
        value={device}
        maw={320}
        onChange={(e) => {
          setDevice(e.currentTarget.value);
          localStorage.setItem('relais.events.device', e.currentTarget.value);
          setMine(null);
        }}
      />
      <Paper withBorder p="md">
        <Stack gap="xs" align="center">
          <Text size="xl" fw={700} data-testid="door-total" aria-live="polite">
            {t('door.total', { count: live.data?.walkIns ?? 0 })}
          </Text>
          <Text data-testid="door-mine">{t('door.mine', { count: devCount })}</Text>
          {live.data?.insideNow !== null && live.data?.insideNow !== undefined && <Text>{t('door.inside', { count: live.data.insideNow })}</Text>}
          {pending > 0 && <Text c="blue">{t('door.offline', { count: pending })}</Text>}
        </Stack>
      </Paper>
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <Button size="xl" h={96} color="teal.9" onClick={() => tap('in')} data-testid="door-plus">
          {t('door.plus')}
        </Button>
        <Button size="xl" h={96} variant="light" onClick={() => tap('out')}>
          {t('door.exit')}
        </Button>
        <Button size="xl" h={96} variant="default" onClick={() => void undo()}>
          {t('door.undo')}
        </Button>
      </SimpleGrid>
      <ProblemAlert error={error} />
      <Paper withBorder p="sm">
        <Title order={2} size="h4" mb="xs">
          {t('door.profile')}
        </Title>
        <Stack gap="sm">
          {chips(t('door.sex'), DOOR_SEXES, sex, setSex, (v) => t(`door.${v}`))}
          {chips(t('door.age'), AGE_BANDS, age, setAge, (v) => t(`door.ages.${v}`))}
          {chips(t('door.statusLabel'), DOOR_STATUSES, status, setStatus, (v) => t(`door.statuses.${v}`))}
        </Stack>
      </Paper>
    </Stack>
  );
}
