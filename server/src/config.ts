import { z } from 'zod';
import net from 'node:net';
import path from 'node:path';
import { packageRoot } from './platform/package-root';

/** An address or a CIDR range of a proxy (IPv4 or IPv6), or one of proxy-addr's names. */
const proxyAddress = (s: string) => {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(s)) return true;
  const [addr, bits, ...rest] = s.split('/');
  if (rest.length || !net.isIP(addr)) return false;
  if (bits === undefined) return true;
  const max = net.isIPv4(addr) ? 32 : 128;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= max;
};

/**
 * TRUST_PROXY: `false` (default: the client address is the socket's), a number of proxy hops in front
 * of Relais (`1` behind one reverse proxy: the address the proxy saw), or a comma-separated list of the
 * proxies' addresses or ranges. Never `true`: that would take the left-most X-Forwarded-For, which the
 * client writes itself.
 */
const trustProxy = z
  .string()
  .default('false')
  .transform((v, ctx): false | number | string[] => {
    const s = v.trim();
    if (s === '' || s === 'false' || s === '0') return false;
    if (s === 'true') {
      ctx.addIssue({
        code: 'custom',
        message:
          'TRUST_PROXY=true would take the client address from the left-most X-Forwarded-For, which any client can write. ' +
          'Set the number of proxies in front of Relais (e.g. TRUST_PROXY=1) or their addresses (e.g. TRUST_PROXY=10.0.0.5,10.0.1.0/24).',
      });
      return z.NEVER;
    }
    if (/^\d+$/.test(s)) return Number(s);
    const list = s.split(',').map((x) => x.trim()).filter(Boolean);
    const bad = list.filter((x) => !proxyAddress(x));
    if (bad.length) {
      ctx.addIssue({ code: 'custom', message: `TRUST_PROXY: not a number of hops nor proxy addresses: ${bad.join(', ')}` });
      return z.NEVER;
    }
    return list;
  });

/** The whole configuration, parsed once at start. Nothing else reads process.env. */
const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  /**
   * Embedded database only: PostgreSQL's buffer cache, allocated in full at start (PostgreSQL's own default is
   * 128MB). The data files are also in the system's file cache, so a small one costs little speed.
   */
  PGLITE_SHARED_BUFFERS: z.string().regex(/^\d+(kB|MB|GB)$/, 'PGLITE_SHARED_BUFFERS is a size such as 16MB').default('16MB'),
  /** how far the JavaScript heap may grow past its live data before V8 collects it (platform/heap.ts); 0: V8's own choice */
  HEAP_GROWING_PERCENT: z.coerce.number().int().min(0).max(300).default(10),
  /**
   * Embedded database only: run PGlite in a worker thread (platform/db/pglite-proxy.ts), so that a slow query
   * keeps the database busy but not the server's event loop. Off by default (see docs/ARCHITECTURE.md).
   */
  PGLITE_WORKER: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres://').optional(),
  /** Public base URL, used for links and to decide whether cookies are Secure. */
  PUBLIC_URL: z.string().url().optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(120),
  SESSION_MAX_HOURS: z.coerce.number().int().positive().default(12),
  BACKUP_KEEP: z.coerce.number().int().min(1).default(7),
  /** Hour (Europe/Brussels) of the nightly automatic backup in embedded mode. */
  BACKUP_HOUR: z.coerce.number().int().min(0).max(23).default(2),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Relais <no-reply@relais.local>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: trustProxy,
  /**
   * Browser tests only: the app clock runs this many milliseconds ahead of (or behind) the real one, so that a test
   * run can be made at 23:00 in Brussels whatever the hour (e2e/support/clock.ts sets it from E2E_NOW). 0: the real clock.
   */
  TEST_CLOCK_OFFSET_MS: z.coerce.number().int().default(0),
  /** When set, backups (nightly and `relais backup`) are encrypted with it (AES-256-GCM, scrypt); `relais restore` asks for it. */
  BACKUP_PASSPHRASE: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined)),
});

export type Config = z.infer<typeof configSchema> & { dataDir: string; webDist: string; embedded: boolean };

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    ...c,
    dataDir: path.resolve(c.DATA_DIR),
    webDist: path.join(packageRoot, 'web/dist'),
    embedded: !c.DATABASE_URL,
  };
}
