import { useMemo } from 'react';
import QRCode from 'qrcode';

/**
 * A QR code drawn as SVG (crisp in print, no image request, nothing injected as HTML): one path of dark modules,
 * with the quiet zone of 4 modules that phone cameras need.
 */
export function QrCode({ value, size = 120, label }: { value: string; size?: number; label: string }) {
  const { path, n } = useMemo(() => {
    const { modules } = QRCode.create(value, { errorCorrectionLevel: 'M' });
    const parts: string[] = [];
    for (let r = 0; r < modules.size; r++) for (let c = 0; c < modules.size; c++) if (modules.get(r, c)) parts.push(`M${c + 4} ${r + 4}h1v1h-1z`);
    return { path: parts.join(''), n: modules.size + 8 };
  }, [value]);
  return (
    <svg role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${n} ${n}`} shapeRendering="crispEdges" style={{ background: '#fff', display: 'block' }}>
      <rect width={n} height={n} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
