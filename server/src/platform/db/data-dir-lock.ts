import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * PGlite takes no lock of its own and two processes on one data directory corrupt it.
 * The owner of a data directory (the server, or a CLI command) holds this lock file for its
 * whole life. A lock whose process is gone (killed) is stale and is taken over.
 */
export class DataDirInUseError extends Error {
  constructor(
    public readonly dataDir: string,
    public readonly holder: LockInfo,
  ) {
    super(
      `The data directory ${dataDir} is in use by another Relais process ` +
        `(pid ${holder.pid}, ${holder.purpose}, since ${holder.startedAt}). ` +
        `Stop it first, or use the running server (its nightly backups are in ${path.join(dataDir, 'backups')}). Nothing was changed.`,
    );
    this.name = 'DataDirInUseError';
  }
}

export interface LockInfo {
  pid: number;
  hostname: string;
  purpose: string;
  startedAt: string;
}

export interface DataDirLock {
  file: string;
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): { raw: string; info: LockInfo } | null {
  try {
    const raw = fs.readFileSync(file, 'utf8');
    return { raw, info: JSON.parse(raw) as LockInfo };
  } catch {
    return null;
  }
}

export function lockFileOf(dataDir: string): string {
  return path.join(dataDir, 'relais.lock');
}

/** Who holds the directory now, or null when it is free (or its lock is stale). */
export function currentHolder(dataDir: string): LockInfo | null {
  const current = readLock(lockFileOf(dataDir));
  if (!current) return null;
  if (current.info.hostname === os.hostname() && !isAlive(current.info.pid)) return null;
  return current.info;
}

export function acquireDataDirLock(dataDir: string, purpose: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = lockFileOf(dataDir);
  const mine: LockInfo = { pid: process.pid, hostname: os.hostname(), purpose, startedAt: new Date().toISOString() };
  const content = JSON.stringify(mine);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, content, { flag: 'wx', mode: 0o600 });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        const now = readLock(file);
        if (now && now.raw === content) fs.rmSync(file, { force: true });
      };
      process.once('exit', release);
      return { file, release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const existing = readLock(file);
      if (!existing) {
        // Being written by another process right now, or unreadable: look again.
        if (attempt === 2) fs.rmSync(file, { force: true });
        continue;
      }
      const { info } = existing;
      const staleHere = info.hostname === os.hostname() && !isAlive(info.pid);
      if (!staleHere || info.pid === process.pid) throw new DataDirInUseError(dataDir, info);
      // Stale lock of a killed process: remove it only if it is still the one we read.
      const again = readLock(file);
      if (again && again.raw === existing.raw) fs.rmSync(file, { force: true });
    }
  }
  const holder = readLock(file);
  throw new DataDirInUseError(dataDir, holder?.info ?? { pid: -1, hostname: '?', purpose: 'unknown', startedAt: '?' });
}
