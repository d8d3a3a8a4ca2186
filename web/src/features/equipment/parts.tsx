import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Asset, AssetStatus } from './api';

const STATUS_COLOR: Record<AssetStatus, string> = { in_use: 'green', in_stock: 'gray', in_repair: 'orange', lent: 'blue', retired: 'dark' };

/** An asset's status, in words and colour (the words alone tell it). */
export function StatusBadge({ status }: { status: AssetStatus }) {
  const { t } = useTranslation('equipment');
  return (
    <Badge color={STATUS_COLOR[status]} variant="light">
      {t(`status.${status}`)}
    </Badge>
  );
}

/** What to watch on an asset: an overdue backup, a warranty over, an age to replace it. */
export function AssetFlags({ asset }: { asset: Asset }) {
  const { t } = useTranslation('equipment');
  return (
    <>
      {asset.backupOverdue && (
        <Badge color="red" variant="outline" mr={4}>
          {t('list.backupLate')}
        </Badge>
      )}
      {asset.pastAge && (
        <Badge color="orange" variant="outline" mr={4}>
          {t('list.pastAge')}
        </Badge>
      )}
      {asset.warrantyOver && asset.status !== 'retired' && (
        <Badge color="gray" variant="outline">
          {t('list.warrantyOver')}
        </Badge>
      )}
    </>
  );
}

/** Where an asset is, in one line. */
export const whereOf = (a: Asset) => [a.site?.name, a.room?.name, a.holder?.name].filter(Boolean).join(' · ');
