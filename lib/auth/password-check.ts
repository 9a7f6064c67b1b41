// Checking a person's password with the same work whether or not they have one: an account
// without a password, an inactive one and an unknown address are verified against a dummy hash,
// so the time an answer takes does not tell which addresses have an account.
import { randomBytes } from "node:crypto";
import { hashPassword, verifyPassword } from "./password";

let dummyHash: Promise<string> | undefined;

/** A hash of a random password nobody knows, made once per process. */
function dummy(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(32).toString("base64url"));
  return dummyHash;
}

export async function checkPasswordOf(
  user: { active: boolean; passwordHash: string | null } | null,
  password: string,
): Promise<boolean> {
  const usable = !!user?.active && !!user.passwordHash;
  const matches = await verifyPassword(usable ? user.passwordHash! : await dummy(), password);
  return usable && matches;
}
