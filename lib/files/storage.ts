// Where uploaded bytes live. The database holds what a file is (name, type, who, which step);
// the bytes sit behind this small interface under a random key, never under the user's file
// name, so a name cannot steer where anything is written.
//
// The local-disk store suits one instance. To run several instances, plug in another
// implementation (e.g. an S3-compatible object store: put → PutObject, get → GetObject,
// delete → DeleteObject) in fileStorage(); nothing else changes.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { appConfig } from "../config/app-config";

export interface FileStorage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Uint8Array | null>;
  /** Removes the bytes; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

/** A new random storage key: 32 hex characters, no path separators. */
export function newStorageKey(): string {
  return randomBytes(16).toString("hex");
}

// Only keys we could have made ourselves: letters, digits, '-' and '_' (so no '/', '\' or '..').
const SAFE_KEY = /^[A-Za-z0-9_-]{8,128}$/;

function checkedKey(key: string): string {
  if (!SAFE_KEY.test(key)) throw new Error("invalid storage key");
  return key;
}

export class LocalDiskStorage implements FileStorage {
  constructor(private readonly dir: string) {}

  private pathOf(key: string): string {
    return path.join(this.dir, checkedKey(key));
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const file = this.pathOf(key);
    await mkdir(this.dir, { recursive: true });
    // "wx": never overwrite; a key collision is a bug, not something to paper over.
    await writeFile(file, bytes, { flag: "wx", mode: 0o600 });
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(this.pathOf(key)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

/**
 * The store in use, under UPLOAD_DIR (tests point it at a temporary folder and reset the
 * config). The folder is data, not code: the ignore comment keeps the bundler from tracing the project.
 */
export function fileStorage(): FileStorage {
  return new LocalDiskStorage(path.resolve(/*turbopackIgnore: true*/ appConfig().uploadDir));
}
