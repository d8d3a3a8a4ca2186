import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../app/i18n';

/** "26–50 of 120" and page buttons, for paginated tables. Pages count from 1. */
export function Pager({ page, pageSize, total, onChange }: { page: number; pageSize: number; total: number; onChange: (page: number) => void }) {
  const { t } = useTranslation();
  if (total === 0) return null;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" mt="sm" gap="xs" wrap="wrap">
      <Text size="sm" c="dimmed">
        {t('pagination.of', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(total) })}
      </Text>
      {pages > 1 && (
        <nav aria-label={t('pagination.label')}>
          <Pagination
            total={pages}
            value={page}
            onChange={onChange}
            siblings={0}
            boundaries={1}
            size="sm"
            getControlProps={(control) =>
              control === 'previous' ? { 'aria-label': t('actions.previous') } : control === 'next' ? { 'aria-label': t('actions.next') } : {}
            }
          />
        </nav>
      )}
    </Group>
  );
}
