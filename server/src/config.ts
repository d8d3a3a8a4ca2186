import { z } from 'zod';
import path from 'node:path';
import { packageRoot } from './platform/package-root';

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
  TRUST_PROXY: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
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
