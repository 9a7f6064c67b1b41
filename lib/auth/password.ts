// Password hashing with argon2id at OWASP's recommended minimum: 19 MiB memory, 2 passes, 1 lane.
import { hash, verify, type Algorithm } from "@node-rs/argon2";
import { MIN_PASSWORD_LENGTH, ZNewPassword } from "./password-schema";

// 2 is Algorithm.Argon2id (a const enum, which isolated modules cannot read).
export const ARGON2_OPTIONS = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
export { MIN_PASSWORD_LENGTH, ZNewPassword };

/** The argon2 calls, on an object so tests can count them (equal work for known and unknown addresses). */
export const argon2 = {
  hash: (password: string) => hash(password, ARGON2_OPTIONS),
  verify: (passwordHash: string, password: string) => verify(passwordHash, password),
};

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(passwordHash, password);
  } catch {
    return false;
  }
}
