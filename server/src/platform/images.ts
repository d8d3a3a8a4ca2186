import crypto from 'node:crypto';
import { z } from 'zod';
import { invalidField } from './http/errors';

/**
 * Images sent by staff (the institution's logo, the website's illustrations): base64 in a JSON body, of a type the
 * bytes themselves show (never only what the browser said), under a size limit, kept with a content hash that makes
 * the address they are served at, cached a year.
 */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];
export const IMAGE_EXTENSIONS: Record<ImageType, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp', 'image/svg+xml': 'svg' };

/** The image type the bytes are, or null: PNG, JPEG and WebP by their signature, SVG by its root element. */
export function sniffImage(bytes: Buffer): ImageType | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  const head = bytes.subarray(0, 4096).toString('utf8').replace(/^\uFEFF/, '');
  // An XML declaration, comments and a doctype may come before the root.
  const rest = head.replace(/^\s*(<\?xml[^>]*\?>\s*)?((<!--[\s\S]*?-->|<!DOCTYPE[^>[]*>)\s*)*/i, '');
  return /^<svg[\s>]/i.test(rest) ? 'image/svg+xml' : null;
}

/** An SVG shown on public pages runs nothing and fetches nothing: no script, event handler, foreign object, entity or outside link. */
export function safeSvg(svg: string): boolean {
  if (/<script|<foreignObject|<!ENTITY|<iframe|<embed|<object/i.test(svg)) return false;
  if (/\son[a-z]+\s*=/i.test(svg)) return false;
  if (/javascript:/i.test(svg)) return false;
  // Links only within the file (#id) or to embedded raster images.
  for (const m of svg.matchAll(/(?:xlink:)?href\s*=\s*["']([^"']*)["']/gi)) {
    if (!m[1].startsWith('#') && !/^data:image\/(png|jpeg);base64,/i.test(m[1])) return false;
  }
  if (/url\(\s*['"]?(?!#)/i.test(svg) || /@import/i.test(svg)) return false;
  return true;
}

/** The error codes of one kind of upload, in its owner's catalog. */
export interface ImageCodes {
  /** larger than allowed */
  tooLarge: string;
  /** not base64 */
  invalid: string;
  /** the bytes are not an image of the type announced (or not of an accepted type) */
  type: string;
  /** an SVG with script or outside links */
  unsafe?: string;
}

/** The JSON fields of an upload: its announced type (one of `types`) and its bytes in base64 (`maxBytes` at most once decoded). */
export function imageUploadFields<const T extends readonly [ImageType, ...ImageType[]]>(types: T, maxBytes: number, codes: ImageCodes) {
  return {
    contentType: z.enum(types),
    /** the image, base64 */
    data: z
      .string()
      .max(Math.ceil(maxBytes / 3) * 4 + 4, codes.tooLarge)
      .pipe(z.base64({ message: codes.invalid })),
  };
}

/** Checks an upload's bytes against its announced type and the size limit; gives the bytes and their hash (16 hex digits). */
export function checkImage(input: { contentType: ImageType; data: string }, maxBytes: number, codes: ImageCodes): { bytes: Buffer; hash: string } {
  const bytes = Buffer.from(input.data, 'base64');
  if (bytes.length > maxBytes) throw invalidField('body.data', codes.tooLarge);
  if (sniffImage(bytes) !== input.contentType) throw invalidField('body.contentType', codes.type);
  if (input.contentType === 'image/svg+xml' && !safeSvg(bytes.toString('utf8'))) throw invalidField('body.data', codes.unsafe ?? codes.type);
  return { bytes, hash: crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16) };
}

/** The headers of an image served at its hashed address: cached a year; an SVG opened on its own runs nothing. */
export function imageHeaders(contentType: string, hash: string): Record<string, string> {
  return {
    'content-type': contentType,
    'cache-control': 'public, max-age=31536000, immutable',
    etag: `"${hash}"`,
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox",
  };
}
