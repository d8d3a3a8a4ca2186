import fs from 'node:fs';
import readline from 'node:readline';
import { Writable } from 'node:stream';
import { Command, Option } from 'commander';
import { loadConfig } from './config';
import { buildApp } from './app';
import { openConfiguredDatabase } from './platform/db/open';
import { migrate, schemaVersion } from './platform/db/migrate';
import { DataDirInUseError } from './platform/db/data-dir-lock';
import { BackupPassphraseError, isEncryptedBackup, readDump, restoreDatabase, writeDump } from './platform/db/backup';
import { DataDirPermissionError, usePrivateUmask } from './platform/db/file-modes';
import { ROLES, type Role } from './platform/auth/roles';
import { systemActor } from './platform/audit/audit.service';
import { loadDemo } from './demo';
import { translate } from './platform/i18n/messages';

async function withDatabase<T>(purpose: string, fn: (db: Awaited<ReturnType<typeof openConfiguredDatabase>>) => Promise<T>): Promise<T> {
  const config = loadConfig();
  let database;
  try {
    database = await openConfiguredDatabase(config, `cli ${purpose}`);
  } catch (err) {
    if (err instanceof DataDirInUseError || err instanceof DataDirPermissionError) {
      console.error(`relais ${purpose}: ${err.message}`);
      process.exit(3);
    }
    throw err;
  }
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    let muted = false;
    const output = new Writable({
      write(chunk, _enc, cb) {
        if (!muted) process.stdout.write(chunk);
        cb();
      },
    });
    const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

// Before any file is created (the embedded database, backups): private to this account.
usePrivateUmask();

const program = new Command('relais').description('Relais: operations platform for local employment services');

program
  .command('migrate')
  .description('apply the database migrations that are not applied yet')
  .action(() =>
    withDatabase('migrate', async (database) => {
      await migrate(database);
      const v = await schemaVersion(database);
      console.log(`Database schema up to date: ${v.applied}/${v.expected} migrations (${v.latest}).`);
    }),
  );

program
  .command('create-user')
  .description('create a staff account; the password comes from RELAIS_PASSWORD or a hidden prompt')
  .requiredOption('--email <email>')
  .requiredOption('--name <name>')
  .addOption(new Option('--role <roles>', `one or more of ${ROLES.join(', ')}, comma-separated`).makeOptionMandatory())
  .action((opts: { email: string; name: string; role: string }) =>
    withDatabase('create-user', async (database) => {
      const roles = opts.role.split(',').map((r) => r.trim()) as Role[];
      const unknown = roles.filter((r) => !ROLES.includes(r));
      if (unknown.length) {
        console.error(`Unknown role(s): ${unknown.join(', ')}. Roles: ${ROLES.join(', ')}`);
        process.exit(2);
      }
      const password = process.env.RELAIS_PASSWORD ?? (process.stdin.isTTY ? await promptHidden('Password: ') : '');
      if (!password) {
        console.error('No password: set RELAIS_PASSWORD or run in a terminal to type it.');
        process.exit(2);
      }
      await migrate(database);
      const app = await buildApp({ config: loadConfig(), database, logger: false });
      try {
        const user = await app.relais.ctx.auth.createUser(systemActor('cli'), { email: opts.email, name: opts.name, roles, password });
        console.log(`User ${user.email} created (id ${user.id}, roles ${user.roles.join(', ')}).`);
      } catch (err) {
        const e = err as { code?: string; params?: Record<string, unknown>; fields?: { code: string; params?: Record<string, unknown> }[] };
        const field = e.fields?.[0];
        // Say why, in words (e.g. why a password is refused), not only the code.
        const why = field ? translate('en', field.code, field.params) : e.code ? translate('en', e.code, e.params) : String(err);
        console.error(`Could not create the user: ${why}`);
        process.exitCode = 2;
      } finally {
        await app.close();
      }
    }),
  );

program
  .command('demo')
  .description('load the fictional demo data set and print one login per role')
  .action(() =>
    withDatabase('demo', async (database) => {
      await migrate(database);
      const app = await buildApp({ config: loadConfig(), database, logger: false });
      try {
        const logins = await loadDemo(app.relais.ctx, (line) => console.log(line));
        console.log('Demo data loaded. Logins (password for all: see below):');
        for (const l of logins.users) console.log(`  ${l.role.padEnd(16)} ${l.email}`);
        console.log(`  password: ${logins.password}`);
      } finally {
        await app.close();
      }
    }),
  );

program
  .command('backup')
  .description('write a full, consistent dump of the database to a file (gzip JSON, encrypted with BACKUP_PASSPHRASE when it is set)')
  .requiredOption('--out <file>')
  .action((opts: { out: string }) =>
    withDatabase('backup', async (database) => {
      const passphrase = loadConfig().BACKUP_PASSPHRASE;
      const res = await writeDump(database, opts.out, { passphrase });
      console.log(`Backup written: ${res.file} (${res.tables} tables, ${res.rows} rows, ${res.bytes} bytes, ${res.encrypted ? 'encrypted' : 'NOT encrypted: set BACKUP_PASSPHRASE'}).`);
    }),
  );

program
  .command('restore')
  .description('restore a backup into an empty data directory or database')
  .argument('<file>')
  .action(async (file: string) => {
    if (!fs.existsSync(file)) {
      console.error(`No such file: ${file}`);
      process.exit(2);
    }
    let passphrase: string | undefined;
    if (isEncryptedBackup(fs.readFileSync(file).subarray(0, 64))) {
      passphrase = loadConfig().BACKUP_PASSPHRASE ?? (process.stdin.isTTY ? await promptHidden('Backup passphrase: ') : undefined);
      if (!passphrase) {
        console.error('This backup is encrypted: set BACKUP_PASSPHRASE, or run in a terminal to type it.');
        process.exit(2);
      }
    }
    let dump;
    try {
      dump = readDump(file, passphrase);
    } catch (err) {
      console.error(`Restore refused: ${(err as Error).message}`);
      process.exit(err instanceof BackupPassphraseError ? 4 : 2);
    }
    return withDatabase('restore', async (database) => {
      try {
        const res = await restoreDatabase(database, dump);
        console.log(`Restored ${res.rows} rows from ${file}.`);
      } catch (err) {
        console.error(`Restore refused: ${(err as Error).message}`);
        process.exitCode = 2;
      }
    });
  });

await program.parseAsync(process.argv);
