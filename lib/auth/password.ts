// Password hashing with argon2id at OWASP's recommended minimum: 19 MiB memory, 2 passes, 1 lane.
import { hash, verify, type Algorithm } from "@node-rs/argon2";
import { MIN_PASSWORD_LENGTH, ZNewPassword } from "./password-schema";

// 2 is Algorithm.Argon2id (a const enum, which isolated modules cannot read).
export const ARGON2_OPTIONS = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
export { MIN_PASSWORD_LENGTH, ZNewPassword };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
