import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../app/api';
import { formatTime } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { TableScroll } from '../../ui/TableScroll';
import { inLanguage, newNonce, sendScan, useEvent, useLive, useRegistrations, type ScanInput } from './api';
import './i18n';

type Outcome = { kind: 'valid' | 'replayed' | 'already_checked_in' | 'cancelled' | 'wrong_event' | 'waiting_list' | 'unknown' | 'queued' | 'error'; name?: string; detail?: string };

const queueKey = (id: number) => `relais.events.scans.${id}`;
const readQueue = (id: number): ScanInput[] => {
  try {
    return JSON.parse(localStorage.getItem(queueKey(id)) ?? '[]') as ScanInput[];
  } catch {
    return [];
  }
};
const writeQueue = (id: number, q: ScanInput[]) => localStorage.setItem(queueKey(id), JSON.stringify(q));
/** A network cut (or a server that is not answering): keep the scan and send it later. */
const isTransient = (e: unknown) => !(e instanceof ApiError) || e.status === 0 || e.status >= 500;

/**
 * The scan queue of this browser: every scan is written to localStorage first, then sent; what could not be
 * sent stays and is sent again when the network is back (the server answers a nonce it knows with the same
 * answer, and a second check-in of a ticket is refused, so nothing is counted twice).
 */
function useScanQueue(eventId: number, onAnswer: (scan: ScanInput, outcome: Outcome) => void) {
  const [pending, setPending] = useState(() => readQueue(eventId).length);
  const busy = useRef(false);
  const flush = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      // Until the queue is empty (scans made meanwhile included) or the network fails.
      for (let scan = readQueue(eventId)[0]; scan; scan = readQueue(eventId)[0]) {
        let outcome: Outcome;
        try {
          const r = await sendScan(eventId, scan);
          outcome = { kind: r.replayed ? 'replayed' : 'valid', name: `${r.firstName} ${r.lastName}` };
        } catch (e) {
          if (isTransient(e)) break;
          const p = (e as ApiError).problem;
          outcome = { kind: (p.result as Outcome['kind']) ?? 'error', name: p.firstName ? `${p.firstName} ${p.lastName}` : undefined, detail: p.title };
        }
        const sent = scan;
        writeQueue(eventId, readQueue(eventId).filter((s) => s.nonce !== sent.nonce));
        onAnswer(sent, outcome);
      }
    } finally {
      busy.current = false;
      setPending(readQueue(eventId).length);
    }
  }, [eventId, onAnswer]);
  useEffect(() => {
    void flush();
    const timer = setInterval(() => void flush(), 10_000);
    window.addEventListener('online', flush);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', flush);
    };
  }, [flush]);
  const add = useCallback(
    async (scan: ScanInput) => {
      // The same ticket or name again while its scan waits (a double click, a code typed twice): it is the same
      // arrival, not a second one that would come back "already in" about this very person.
      const same = (s: ScanInput) => (scan.registrationId !== undefined ? s.registrationId === scan.registrationId : s.code === scan.code);
      if (readQueue(eventId).some(same)) return;
      writeQueue(eventId, [...readQueue(eventId), scan]);
      setPending(readQueue(eventId).length);
      await flush();
      if (readQueue(eventId).some((s) => s.nonce === scan.nonce)) onAnswer(scan, { kind: 'queued' });
    },
    [eventId, flush, onAnswer],
  );
  return { add, flush, pending };
}

// Dark shades: white text on them keeps a 4.5:1 contrast.
const COLORS: Record<Outcome['kind'], string> = { valid: 'teal.9', replayed: 'teal.9', already_checked_in: 'red.9', cancelled: 'red.9', wrong_event: 'red.9', waiting_list: 'violet.9', unknown: 'red.9', queued: 'blue.9', error: 'red.9' };

/** The door of an event: scan tickets with the camera (or type the code, or find the name), at several desks, offline too. */
export function CheckinPage() {
  const { t } = useTranslation('events');
  const id = Number(useParams().id);
  const event = useEvent(id);
  const live = useLive(id, 5000);
  const qc = useQueryClient();
  const [desk, setDesk] = useState(() => localStorage.getItem('relais.events.desk') ?? '');
  const [code, setCode] = useState('');
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const found = useRegistrations(id, debounced);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // The names being checked in: their button waits (a checked-in name then shows its time instead).
  const [checking, setChecking] = useState<ReadonlySet<number>>(new Set());
  const onAnswer = useCallback(
    (scan: ScanInput, o: Outcome) => {
      setOutcome(o);
      const registrationId = scan.registrationId;
      if (registrationId !== undefined && o.kind !== 'valid' && o.kind !== 'replayed' && o.kind !== 'queued') setChecking((s) => new Set([...s].filter((x) => x !== registrationId)));
      void qc.invalidateQueries({ queryKey: ['events', 'live', id] });
      void qc.invalidateQueries({ queryKey: ['events', 'registrations', id] });
    },
    [id, qc],
  );
  const queue = useScanQueue(id, onAnswer);
  const deskName = desk.trim() || t('live.desk');
  const submit = (input: { code?: string; registrationId?: number }) => queue.add({ nonce: newNonce(), desk: deskName.slice(0, 60), scannedAt: new Date().toISOString(), ...input });

  // The camera: a maintained QR library (ZXing), bundled with the app.
  const video = useRef<HTMLVideoElement>(null);
  const controls = useRef<{ stop(): void } | null>(null);
  const [scanning, setScanning] = useState(false);
  const [cameraError, setCameraError] = useState(false);
  const lastRead = useRef<{ text: string; at: number }>({ text: '', at: 0 });
  const startCamera = async () => {
    setCameraError(false);
    try {
      const { BrowserQRCodeReader } = await import('@zxing/browser');
      const reader = new BrowserQRCodeReader();
      setScanning(true);
      controls.current = await reader.decodeFromVideoDevice(undefined, video.current!, (result) => {
        if (!result) return;
        const text = result.getText();
        const now = Date.now();
        if (text === lastRead.current.text && now - lastRead.current.at < 4000) return;
        lastRead.current = { text, at: now };
        void submit({ code: text });
      });
    } catch {
      setCameraError(true);
      setScanning(false);
    }
  };
  const stopCamera = () => {
    controls.current?.stop();
    controls.current = null;
    setScanning(false);
  };
  useEffect(() => () => controls.current?.stop(), []);

  const title = event.data ? inLanguage(event.data.title) : '';
  const message = outcome
    ? outcome.kind === 'valid'
      ? t('checkin.valid', { name: outcome.name })
      : outcome.kind === 'replayed'
        ? t('checkin.replayed')
        : outcome.kind === 'queued'
          ? t('checkin.queued')
          : outcome.detail
    : null;
  const heading = outcome
    ? { valid: null, replayed: null, already_checked_in: t('checkin.already'), cancelled: t('checkin.cancelled'), wrong_event: t('checkin.wrong'), waiting_list: t('checkin.waiting'), unknown: t('checkin.unknown'), queued: null, error: null }[outcome.kind]
    : null;
  return (
    <Stack>
      <PageHeader title={t('checkin.title', { title })} />
      <TextInput
        label={t('checkin.desk')}
        value={desk}
        onChange={(e) => {
          setDesk(e.currentTarget.value);
          localStorage.setItem('relais.events.desk', e.currentTarget.value);
        }}
        maw={320}
      />
      {live.data && (
        <Group gap="xs">
          <Badge size="lg" variant="light">
            {t('live.checkedIn')}: {live.data.checkedIn} / {live.data.registered}
          </Badge>
        </Group>
      )}
      <div aria-live="assertive" role="status">
        {outcome && (
          <Alert color={COLORS[outcome.kind]} variant="filled" title={heading ?? undefined} data-testid="scan-result" data-result={outcome.kind}>
            <Text fw={700} size="lg">
              {message}
            </Text>
            {outcome.name && outcome.kind !== 'valid' && <Text>{outcome.name}</Text>}
          </Alert>
        )}
      </div>
      {queue.pending > 0 && (
        <Alert color="blue" data-testid="pending">
          <Group justify="space-between">
            <Text>{t('checkin.pending', { count: queue.pending })}</Text>
            <Button size="xs" onClick={() => void queue.flush()}>
              {t('checkin.sync')}
            </Button>
          </Group>
        </Alert>
      )}
      <Paper withBorder p="sm">
        <Group>
          {scanning ? (
            <Button color="gray" onClick={stopCamera}>
              {t('checkin.stop')}
            </Button>
          ) : (
            <Button onClick={() => void startCamera()}>{t('checkin.scan')}</Button>
          )}
        </Group>
        {cameraError && (
          <Text c="red" size="sm" mt="xs">
            {t('checkin.cameraError')}
          </Text>
        )}
        <video ref={video} muted playsInline style={{ width: '100%', maxWidth: 420, display: scanning ? 'block' : 'none', marginTop: 8 }} aria-hidden="true" />
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (code.trim()) void submit({ code: code.trim() });
            setCode('');
          }}
        >
          <Group align="flex-end" mt="sm">
            <TextInput label={t('checkin.code')} value={code} onChange={(e) => setCode(e.currentTarget.value)} autoComplete="off" autoCapitalize="characters" style={{ flex: 1, minWidth: 180 }} />
            <Button type="submit">{t('checkin.check')}</Button>
          </Group>
        </form>
      </Paper>
      <Paper withBorder p="sm">
        <TextInput label={t('checkin.byName')} value={q} onChange={(e) => setQ(e.currentTarget.value)} type="search" />
        {debounced && found.data && (
          found.data.items.length === 0 ? (
            <Text size="sm" mt="xs">
              {t('checkin.noResult')}
            </Text>
          ) : (
            <TableScroll minWidth={520}>
              <Table mt="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('detail.name')}</Table.Th>
                    <Table.Th>{t('detail.status')}</Table.Th>
                    <Table.Th>{t('detail.checkedIn')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {found.data.items.slice(0, 20).map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        {r.firstName} {r.lastName}
                      </Table.Td>
                      <Table.Td>{t(`regStatus.${r.status}`)}</Table.Td>
                      <Table.Td>
                        {r.checkedIn ? (
                          `${formatTime(r.checkedIn.at)} · ${r.checkedIn.desk}`
                        ) : (
                          <Button
                            size="xs"
                            loading={checking.has(r.id)}
                            onClick={() => {
                              setChecking((s) => new Set(s).add(r.id));
                              void submit({ registrationId: r.id });
                            }}
                          >
                            {t('checkin.checkInName', { name: `${r.firstName} ${r.lastName}` })}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )
        )}
      </Paper>
      <Title order={2} size="h4" className="visually-hidden">
        {t('live.perDesk')}
      </Title>
    </Stack>
  );
}
