import { Badge, Button, Group, Paper, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Loading } from '../../ui/Loading';
import { Pager } from '../../ui/Pager';
import { useMarkDone, useOutbox, useRetry, type OutboxMessage } from './api';
import './i18n';

const PAGE = 25;

/** The messages of the user's work: those to send by hand (no mail server, no address, or refused), and those sent. */
export function OutboxPage() {
  const { t } = useTranslation('outbox');
  const [tab, setTab] = useState<'waiting' | 'sent'>('waiting');
  const [page, setPage] = useState(1);
  const status = tab === 'waiting' ? (['manual', 'failed'] as const) : (['sent', 'done'] as const);
  const list = useOutbox({ status: [...status], limit: PAGE, offset: (page - 1) * PAGE });
  const d = list.data;
  return (
    <>
      <PageHeader title={t('title')} />
      {d && <Text mb="md">{d.emailEnabled ? t('introEmail') : t('introManual')}</Text>}
      <ProblemAlert error={list.error} />
      <Tabs value={tab} onChange={(v) => (setTab((v as 'waiting' | 'sent') ?? 'waiting'), setPage(1))} mb="md">
        <Tabs.List>
          <Tabs.Tab value="waiting">{t('tabs.waiting', { count: d?.waiting ?? 0 })}</Tabs.Tab>
          <Tabs.Tab value="sent">{t('tabs.sent')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {list.isPending ? (
        <Loading />
      ) : d && d.items.length === 0 ? (
        <Text role="status">{t('empty')}</Text>
      ) : (
        <Stack>
          {d?.items.map((m) => <MessageCard key={m.id} message={m} />)}
          {d && <Pager page={page} total={d.total} pageSize={PAGE} onChange={setPage} />}
        </Stack>
      )}
    </>
  );
}

function MessageCard({ message: m }: { message: OutboxMessage }) {
  const { t } = useTranslation('outbox');
  const [open, setOpen] = useState(false);
  const done = useMarkDone();
  const retry = useRetry();
  const waiting = m.status === 'manual' || m.status === 'failed';
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={`outbox-${m.id}`}>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Text fw={600} id={`outbox-${m.id}`}>
            {m.subject}
          </Text>
          <Text size="sm" c="dimmed">
            {m.purposeLabel} · {formatDateTime(m.createdAt)}
          </Text>
        </div>
        <Badge color={m.status === 'failed' ? 'red' : waiting ? 'yellow' : 'green'} variant="light">
          {t(`statuses.${m.status}`)}
        </Badge>
      </Group>
      <Text size="sm" mt="xs">
        <strong>{t('to')} :</strong> {m.toName ?? '—'}
        {m.toPhone && <> · ☎ <a href={`tel:${m.toPhone.replace(/\s/g, '')}`}>{m.toPhone}</a></>}
        {m.toEmail && <> · <a href={`mailto:${m.toEmail}?subject=${encodeURIComponent(m.subject)}&body=${encodeURIComponent(m.body)}`}>{m.toEmail}</a></>}
      </Text>
      {m.lastError && m.status === 'failed' && (
        <Text size="sm" c="red" mt={4}>
          {t('error', { error: m.lastError })}
        </Text>
      )}
      {open && (
        <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {m.body}
        </Text>
      )}
      <ProblemAlert error={done.error ?? retry.error} />
      <Group mt="sm" gap="xs">
        <Button variant="subtle" size="xs" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
          {open ? t('hide') : t('show')}
        </Button>
        {waiting && (
          <Button size="xs" onClick={() => done.mutate(m.id)} loading={done.isPending} aria-label={t('doneLabel', { subject: m.subject })}>
            {t('done')}
          </Button>
        )}
        {m.status === 'failed' && m.toEmail && (
          <Button size="xs" variant="default" onClick={() => retry.mutate(m.id)} loading={retry.isPending}>
            {t('retry')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
