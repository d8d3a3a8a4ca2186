import fs from 'node:fs';
import path from 'node:path';

/**
 * The data directory holds note text, password hashes and session hashes: only the account that runs
 * Relais may read it. The directory and every folder in it are 0700, every file 0600, whatever the umask
 * (the process umask is set to 077 at start, so that the files PGlite and the backups create are too).
 */
export const PRIVATE_UMASK = 0o077;
export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;

export class DataDirPermissionError extends Error {
  constructor(
    public readonly dataDir: string,
    public readonly mode: number,
  ) {
    super(
      `The data directory ${dataDir} can be written by other users of this machine (mode ${mode.toString(8).padStart(4, '0')}): ` +
        `they could change the database. Relais does not start on it. Make it private to the account that runs Relais ` +
        `(chmod 700 ${dataDir}) and start again.`,
    );
    this.name = 'DataDirPermissionError';
  }
}

/** Makes every file and folder created from now on by this process private (0600 / 0700). */
export function usePrivateUmask(): void {
  process.umask(PRIVATE_UMASK);
}

/**
 * Creates the data directory 0700, or checks an existing one: refused (DataDirPermissionError) when its
 * group or other users may write it; otherwise what it holds is made private (folders 0700, files 0600).
 */
export function preparePrivateDir(dir: string): void {
  if (!fs.existsSync(dir)) {
    fs.mkdirSync(dir, { recursive: true, mode: DIR_MODE });
    fs.chmodSync(dir, DIR_MODE);
    return;
  }
  const st = fs.statSync(dir);
  if (!st.isDirectory()) throw new Error(`${dir} is not a directory.`);
  if (st.mode & 0o022) throw new DataDirPermissionError(dir, st.mode & 0o7777);
  makePrivate(dir);
}

/** chmod -R go-rwx, without following symbolic links. */
export function makePrivate(dir: string): void {
  fs.chmodSync(dir, DIR_MODE);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) makePrivate(p);
    else if (entry.isFile()) {
      const mode = fs.statSync(p).mode & 0o777;
      if (mode & 0o077) fs.chmodSync(p, mode & 0o700 ? mode & 0o700 : FILE_MODE);
    }
  }
}

/** Writes a file readable by its owner only (0600), whatever the umask, atomically (temp file + rename). */
export function writePrivateFile(file: string, data: Buffer | string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: DIR_MODE });
  const tmp = `${file}.part`;
  fs.writeFileSync(tmp, data, { mode: FILE_MODE });
  fs.chmodSync(tmp, FILE_MODE);
  fs.renameSync(tmp, file);
}
