import crypto from 'node:crypto';

/**
 * Private links without an account (exhibitors, jurors, employers, partners, survey and diagnostic links, backup
 * scripts): the link carries a random secret, the database keeps only its SHA-256, so a leaked table opens nothing.
 */

/** A new secret for a private link: 24 random bytes, URL-safe (32 characters). */
export const newLinkToken = () => crypto.randomBytes(24).toString('base64url');

/**
 * What the database keeps of a link's secret. `hex` for every module but the surveys and contests, whose stored hashes
 * were written in base64url (changing it would turn off the links already given out).
 */
export const hashLinkToken = (token: string, encoding: 'hex' | 'base64url' = 'hex') =>
  crypto.createHash('sha256').update(token).digest(encoding);

/**
 * A reference a member of the public notes down to follow a request without an account (`SAL-7KQ2-M9XD` for a room,
 * `FOR-…` for a training): 8 characters of an alphabet without look-alikes (no 0/O, 1/I/L), grouped by four.
 */
export function newReferenceCode(prefix: string): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let s = '';
  for (let i = 0; i < 8; i++) s += alphabet[crypto.randomInt(alphabet.length)];
  return `${prefix}-${s.slice(0, 4)}-${s.slice(4)}`;
}
