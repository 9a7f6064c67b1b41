import "server-only";
import type { z } from "zod";
import { getDb } from "../db/client";
import { ZCredentials } from "./credentials-schema";
import { verifyPassword } from "./password";
import { isLoginThrottled, recordLoginAttempt } from "./rate-limit";

export type CheckedUser = { id: string; email: string; name: string };

/**
 * The one password check, for next-auth's credentials provider and the sign-in form's action:
 * throttled per account and per address, every attempt recorded.
 */
export async function checkCredentials(
  input: z.output<typeof ZCredentials>,
  ip: string,
): Promise<CheckedUser | "throttled" | null> {
  const { email, password } = input;
  const db = await getDb();
  if (await isLoginThrottled(db, email, ip)) return "throttled";
  const user = await db.user.findUnique({ where: { email } });
  const ok = !!user?.active && !!user.passwordHash && (await verifyPassword(user.passwordHash, password));
  await recordLoginAttempt(db, email, ip, ok);
  if (!ok || !user) return null;
  return { id: user.id, email: user.email, name: user.name };
}

export { ZCredentials };
