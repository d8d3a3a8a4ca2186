import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { Pager } from '../../ui/Pager';
import { Loading } from '../../ui/Loading';
import { PAGE_SIZE, useNotDuplicate, useSuspectedDuplicates, type PersonHit, type SuspectedPair } from './api';
import { useHitLabel } from './PersonPicker';
import './i18n';

/**
 * The records that may be one person (as CiviCRM's duplicate review): each pair with why, to compare and merge,
 * or to mark as two different people (remembered: the pair does not come back).
 */
export function DuplicatesPage() {
  const { t } = useTranslation('people');
  const [page, setPage] = useState(1);
  const list = useSuspectedDuplicates(page);
  const dismiss = useNotDuplicate();
  const [dismissed, setDismissed] = useState<string | null>(null);
  const hitLabel = useHitLabel();
  return (
    <>
      <PageHeader title={t('duplicates.title')} />
      <Text mb="md">{t('duplicates.intro')}</Text>
      <ProblemAlert error={list.error ?? dismiss.error} />
      {dismissed && (
        <Alert color="green" role="status" mb="md">
          {dismissed}
        </Alert>
      )}
      {list.isPending ? (
        <Loading />
      ) : list.data ? (
        <>
          <Text size="sm" mb="xs" role="status">
            {list.data.total === 0 ? t('duplicates.none') : t('duplicates.count', { count: list.data.total })}
          </Text>
          <Stack component="ul" gap="sm" p={0} style={{ listStyle: 'none' }}>
            {list.data.items.map((pair) => (
              <Pair
                key={`${pair.a.id}-${pair.b.id}`}
                pair={pair}
                label={hitLabel}
                busy={dismiss.isPending && dismiss.variables?.a === pair.a.id && dismiss.variables?.b === pair.b.id}
                onDismiss={() =>
                  dismiss.mutate(
                    { a: pair.a.id, b: pair.b.id },
                    { onSuccess: () => setDismissed(t('duplicates.dismissed', { a: hitLabel(pair.a), b: hitLabel(pair.b) })) },
                  )
                }
              />
            ))}
          </Stack>
          <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onChange={setPage} />
        </>
      ) : null}
    </>
  );
}

function Pair({ pair, label, busy, onDismiss }: { pair: SuspectedPair; label: (p: PersonHit) => string; busy: boolean; onDismiss: () => void }) {
  const { t } = useTranslation('people');
  const names = { a: `${pair.a.firstName} ${pair.a.lastName}`, b: `${pair.b.firstName} ${pair.b.lastName}` };
  return (
    <Paper component="li" withBorder p="sm">
      <Title order={2} size="h5" mb={4}>
        <Anchor component={Link} to={`/people/${pair.a.id}`}>
          {label(pair.a)}
        </Anchor>
        {' — '}
        <Anchor component={Link} to={`/people/${pair.b.id}`}>
          {label(pair.b)}
        </Anchor>
      </Title>
      <Group gap={4} mb="xs" aria-label={t('duplicates.why')} role="list">
        {pair.reasons.map((r) => (
          <Badge key={r} variant="filled" color="gray.8" role="listitem" style={{ textTransform: 'none' }}>
            {t(`duplicates.reason.${r}`)}
          </Badge>
        ))}
      </Group>
      <Group gap="xs" wrap="wrap">
        <Button size="xs" component={Link} to={`/people/${pair.a.id}/merge?with=${pair.b.id}`} aria-label={t('duplicates.compareLabel', names)}>
          {t('duplicates.compare')}
        </Button>
        <Button size="xs" variant="default" loading={busy} onClick={onDismiss} aria-label={t('duplicates.notDuplicateLabel', names)}>
          {t('duplicates.notDuplicate')}
        </Button>
      </Group>
    </Paper>
  );
}
