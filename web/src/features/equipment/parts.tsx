import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Asset, AssetStatus } from './api';

// Dark shades, filled: white words on them keep a 4.5:1 contrast (WCAG AA).
const STATUS_COLOR: Record<AssetStatus, string> = { in_use: 'teal.9', in_stock: 'gray.7', in_repair: 'red.9', lent: 'blue.8', retired: 'dark' };

/** An asset's status, in words and colour (the words alone tell it). */
export function StatusBadge({ status }: { status: AssetStatus }) {
  const { t } = useTranslation('equipment');
  return (
    <Badge color={STATUS_COLOR[status]} variant="filled">
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
        <Badge color="red.9" variant="outline" mr={4}>
          {t('list.backupLate')}
        </Badge>
      )}
      {asset.pastAge && (
        <Badge color="grape.9" variant="outline" mr={4}>
          {t('list.pastAge')}
        </Badge>
      )}
      {asset.warrantyOver && asset.status !== 'retired' && (
        <Badge color="gray.7" variant="outline">
          {t('list.warrantyOver')}
        </Badge>
      )}
    </>
  );
}

/** Where an asset is, in one line. */
export const whereOf = (a: Asset) => [a.site?.name, a.room?.name, a.holder?.name].filter(Boolean).join(' · ');
