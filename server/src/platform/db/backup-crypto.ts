import crypto from 'node:crypto';

/**
 * Backup encryption with BACKUP_PASSPHRASE: AES-256-GCM (authenticated: a wrong passphrase or a changed
 * byte is detected) under a key derived from the passphrase by scrypt (memory-hard), with a random salt
 * and nonce per file. Layout: MAGIC | salt (16) | log2 N, r, p (1 byte each) | nonce (12) | ciphertext | tag (16);
 * everything before the ciphertext is authenticated too.
 */
const MAGIC = Buffer.from('RELAIS-ENC-1\n', 'ascii');
const SALT = 16;
const NONCE = 12;
const TAG = 16;
/** scrypt cost: N = 2^17, r = 8, p = 1 (128 MiB, a fraction of a second), as OWASP recommends. */
const LOG_N = 17;
const R = 8;
const P = 1;

export class BackupPassphraseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupPassphraseError';
  }
}

export function isEncryptedBackup(data: Buffer): boolean {
  return data.subarray(0, MAGIC.length).equals(MAGIC);
}

function deriveKey(passphrase: string, salt: Buffer, logN: number, r: number, p: number): Buffer {
  const N = 2 ** logN;
  return crypto.scryptSync(passphrase.normalize('NFC'), salt, 32, { N, r, p, maxmem: 256 * N * r });
}

export function encryptBackup(plain: Buffer, passphrase: string): Buffer {
  const salt = crypto.randomBytes(SALT);
  const nonce = crypto.randomBytes(NONCE);
  const header = Buffer.concat([MAGIC, salt, Buffer.from([LOG_N, R, P]), nonce]);
  const cipher = crypto.createCipheriv('aes-256-gcm', deriveKey(passphrase, salt, LOG_N, R, P), nonce);
  cipher.setAAD(header);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([header, body, cipher.getAuthTag()]);
}

export function decryptBackup(data: Buffer, passphrase: string): Buffer {
  if (!isEncryptedBackup(data)) throw new BackupPassphraseError('This file is not an encrypted Relais backup.');
  let at = MAGIC.length;
  const salt = data.subarray(at, (at += SALT));
  const [logN, r, p] = data.subarray(at, (at += 3));
  const nonce = data.subarray(at, (at += NONCE));
  if (data.length < at + TAG || logN < 10 || logN > 22 || r < 1 || r > 32 || p < 1 || p > 16) throw new BackupPassphraseError('This encrypted backup is damaged.');
  const header = data.subarray(0, at);
  const decipher = crypto.createDecipheriv('aes-256-gcm', deriveKey(passphrase, salt, logN, r, p), nonce);
  decipher.setAAD(header);
  decipher.setAuthTag(data.subarray(data.length - TAG));
  try {
    return Buffer.concat([decipher.update(data.subarray(at, data.length - TAG)), decipher.final()]);
  } catch {
    throw new BackupPassphraseError('Wrong backup passphrase, or the backup file is damaged.');
  }
}
