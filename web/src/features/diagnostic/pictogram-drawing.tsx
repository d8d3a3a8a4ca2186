import type { Icon } from '@tabler/icons-react';

/**
 * One pictogram as the diagnostic draws it (pictograms.tsx gives the icon of a bank symbol). Apart from that table,
 * for the welcome page, which draws four of its 150 icons: the table alone weighs 8 KB on a phone.
 */
export function PictogramDrawing({ icon: Drawn, symbol, size = 36, inline = false, color }: { icon: Icon; symbol: string; size?: number; inline?: boolean; color?: string }) {
  return <Drawn size={size} stroke={1.8} aria-hidden="true" focusable="false" color={color ?? 'currentColor'} style={inline ? { verticalAlign: 'middle', marginInlineEnd: 8 } : { flex: 'none' }} data-pictogram={symbol} />;
}
