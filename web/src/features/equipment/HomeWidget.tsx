import { Anchor, List, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../app/i18n';
import { Loading } from '../../ui/Loading';
import { useOverview } from './api';
import './i18n';

/** The IT trainer's home: what is due this week, backups overdue, what is still lent, warranties, machines to replace. */
export function EquipmentHomeWidget() {
  const { t } = useTranslation('equipment');
  const o = useOverview();
  if (o.isPending) return <Loading />;
  if (!o.data) return null;
  const { tasksDue, backupsOverdue, loansOut, warrantyEnding, pastAge } = o.data;
  const block = (title: string, items: { key: number; to: string; name: string; detail?: string }[], danger = false) => (
    <div>
      <Text fw={600} size="sm" c={danger && items.length ? 'red.9' : undefined}>
        {title} ({items.length})
      </Text>
      {items.length === 0 ? (
        <Text size="sm">{t('home.nothing')}</Text>
      ) : (
        <List size="sm" spacing={2}>
          {items.slice(0, 6).map((i) => (
            <List.Item key={i.key}>
              <Anchor component={Link} to={i.to} size="sm">
                {i.name}
              </Anchor>
              {i.detail && ` — ${i.detail}`}
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby="equipment-home-title">
      <Title order={2} size="h4" mb="sm" id="equipment-home-title">
        {t('home.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {block(
          t('home.backups'),
          backupsOverdue.map((a) => ({ key: a.id, to: `/equipment/assets/${a.id}`, name: `${a.name} (${a.tag})`, detail: a.lastBackupAt ? t('home.lastBackup', { when: formatDateTime(a.lastBackupAt) }) : t('home.neverBackedUp') })),
          true,
        )}
        {block(
          t('home.tasks'),
          tasksDue.map((x) => ({ key: x.id, to: `/equipment/assets/${x.assetId}`, name: `${x.title} · ${x.assetName}`, detail: t('home.dueOn', { day: formatDate(x.nextDue) }) })),
          tasksDue.some((x) => x.overdue),
        )}
        {block(
          t('home.loans'),
          loansOut.map((l) => ({ key: l.id, to: `/equipment/assets/${l.asset.id}`, name: `${l.asset.name} → ${l.borrower}`, detail: l.dueBack ? t('home.back', { day: formatDate(l.dueBack) }) : undefined })),
          loansOut.some((l) => l.late),
        )}
        {block(t('home.warranty'), warrantyEnding.map((a) => ({ key: a.id, to: `/equipment/assets/${a.id}`, name: a.name, detail: a.warrantyEnd ? formatDate(a.warrantyEnd) : undefined })))}
        {block(t('home.old'), pastAge.map((a) => ({ key: a.id, to: `/equipment/assets/${a.id}`, name: a.name, detail: a.purchaseDate ? formatDate(a.purchaseDate) : undefined })))}
      </SimpleGrid>
      <Anchor component={Link} to="/equipment" size="sm" mt="sm" display="inline-block">
        {t('home.open')}
      </Anchor>
    </Paper>
  );
}
