// NEXTAUTH_SECRET for local runs: the environment wins; otherwise a random secret is created
// once in .data/auth-secret (git-ignored) and reused, so sessions survive restarts.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const AUTH_SECRET_FILE = path.resolve(".data/auth-secret");

export function randomSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** The secret from NEXTAUTH_SECRET, or (when `generate`) the one kept in .data/auth-secret. */
export function resolveAuthSecret(opts: { generate: boolean }): string | undefined {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (!opts.generate) return undefined;
  if (existsSync(AUTH_SECRET_FILE)) {
    const stored = readFileSync(AUTH_SECRET_FILE, "utf8").trim();
    if (stored) return stored;
  }
  mkdirSync(path.dirname(AUTH_SECRET_FILE), { recursive: true });
  const secret = randomSecret();
  writeFileSync(AUTH_SECRET_FILE, `${secret}\n`, { mode: 0o600 });
  console.log(`Created a local NEXTAUTH_SECRET in ${path.relative(process.cwd(), AUTH_SECRET_FILE)}.`);
  return secret;
}
