import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A wide table that scrolls sideways on small screens (the page itself never does). The scrolling
 * box is the containing block of what is visually hidden inside (so it cannot widen the page), it is focusable and named, so that keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function TableScroll({ minWidth, label, children }: { minWidth: number; label?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={minWidth} type="native" tabIndex={0} style={{ position: 'relative' }} role="region" aria-label={label ?? t('table')}>
      {children}
    </Table.ScrollContainer>
  );
}
