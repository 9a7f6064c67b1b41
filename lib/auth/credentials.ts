import "server-only";
import type { z } from "zod";
import { recordAccess } from "../access-log/record-access";
import type { RequestOrigin } from "../access-log/client-address";
import { getDb } from "../db/client";
import type { Tx } from "../db/create-client";
import { ZCredentials } from "./credentials-schema";
import { verifyPassword } from "./password";
import { isLoginThrottled, recordLoginAttempt } from "./rate-limit";

export type CheckedUser = { id: string; email: string; name: string };

/**
 * The one password check, for next-auth's credentials provider and the sign-in form's action:
 * throttled per account and per address, every attempt recorded, and every sign-in and refused
 * sign-in in the access log (the account it was for, when known).
 */
export async function checkCredentials(
  input: z.output<typeof ZCredentials>,
  origin: RequestOrigin,
): Promise<CheckedUser | "throttled" | null> {
  const { email, password } = input;
  const ip = origin.clientAddress;
  const db = await getDb();
  const user = await db.user.findUnique({ where: { email } });
  const log = (tx: Tx, ok: boolean) =>
    recordAccess(tx, user ? { userId: user.id, name: user.name } : null, {
      action: ok ? "SIGN_IN" : "SIGN_IN_FAILED",
      subjectType: "ACCOUNT",
      subjectId: user?.id ?? null,
      origin,
    });
  if (await isLoginThrottled(db, email, ip)) {
    await log(db, false);
    return "throttled";
  }
  const ok = !!user?.active && !!user.passwordHash && (await verifyPassword(user.passwordHash, password));
  await db.$transaction(async (tx) => {
    await recordLoginAttempt(tx, email, ip, ok);
    await log(tx, ok);
  });
  if (!ok || !user) return null;
  return { id: user.id, email: user.email, name: user.name };
}

export { ZCredentials };
