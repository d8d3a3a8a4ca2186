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
