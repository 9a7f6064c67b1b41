// One process at a time on an embedded (PGlite) data directory. Two processes on one folder
// each see only their own writes and corrupt it on the next start, so whoever opens it holds a
// lock file beside it (<dataDir>.lock: pid, command, since, token). A second opener is refused
// with a message naming the holder. `npm start`/`npm run dev` take the lock in the launcher and
// hand it to their Next.js child through EMBEDDED_LOCK_TOKEN, so the server inherits it. A lock
// whose process is gone (crash, SIGKILL) is stale and taken over.
import { randomBytes } from "node:crypto";
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";

export const LOCK_TOKEN_ENV = "EMBEDDED_LOCK_TOKEN";

interface LockInfo {
  pid: number;
  command: string;
  since: string;
  token: string;
}

export class EmbeddedDatabaseInUse extends Error {
  constructor(
    readonly lockFile: string,
    readonly holder: LockInfo,
  ) {
    super(
      `De ingebouwde database is in gebruik door een ander proces: ${holder.command} (pid ${holder.pid}, sinds ${holder.since}). ` +
        `Stop dat proces eerst, of draai dit tegen PostgreSQL (DATABASE_URL), waar meerdere processen tegelijk kunnen. ` +
        `The embedded database is in use by another process (pid ${holder.pid}); stop it first or use DATABASE_URL. ` +
        `Lock file: ${lockFile}`,
    );
    this.name = "EmbeddedDatabaseInUse";
  }
}

const held = new Map<string, string>(); // lock file → our token

const lockFileOf = (dataDir: string) => `${dataDir.replace(/\/+$/, "")}.lock`;

function readLock(file: string): LockInfo | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as LockInfo;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes (or confirms) this process's lock on the folder; returns its token. Throws EmbeddedDatabaseInUse. */
export function acquireEmbeddedLock(dataDir: string): string {
  const file = lockFileOf(dataDir);
  const mine = held.get(file);
  if (mine) return mine;
  for (let attempt = 0; attempt < 3; attempt++) {
    const info: LockInfo = {
      pid: process.pid,
      command: process.argv.slice(1).join(" ").slice(0, 200),
      since: new Date().toISOString(),
      token: randomBytes(16).toString("hex"),
    };
    try {
      const fd = openSync(file, "wx", 0o600);
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      held.set(file, info.token);
      process.once("exit", () => releaseEmbeddedLock(dataDir));
      return info.token;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readLock(file);
    // Inherited from the launcher that started this process.
    if (holder && holder.token === process.env[LOCK_TOKEN_ENV] && alive(holder.pid)) {
      held.set(file, holder.token);
      return holder.token;
    }
    if (holder && alive(holder.pid)) throw new EmbeddedDatabaseInUse(file, holder);
    // Stale (its process is gone) or half-written: remove and try again.
    try {
      unlinkSync(file);
    } catch {
      /* someone else removed it first */
    }
  }
  throw new Error(`Could not take the embedded database lock ${file}`);
}

/** Gives up this process's lock (only if it is still ours: an inherited lock stays the launcher's). */
export function releaseEmbeddedLock(dataDir: string): void {
  const file = lockFileOf(dataDir);
  const token = held.get(file);
  if (!token) return;
  held.delete(file);
  const holder = readLock(file);
  if (holder?.token === token && holder.pid === process.pid) {
    try {
      unlinkSync(file);
    } catch {
      /* already gone */
    }
  }
}
