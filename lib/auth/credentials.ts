import "server-only";
import type { z } from "zod";
import { recordAccess } from "../access-log/record-access";
import type { RequestOrigin } from "../access-log/client-address";
import { getDb } from "../db/client";
import type { Tx } from "../db/create-client";
import { ZCredentials } from "./credentials-schema";
import { checkPasswordOf } from "./password-check";
import { recordLoginAttempt, signInVerdict, throttleDelay } from "./rate-limit";

export type CheckedUser = { id: string; email: string; name: string };

/**
 * The one password check, for next-auth's credentials provider and the sign-in form's action
 * (decision 0020): slowed and then "use a sign-in link" per account, refused per address after
 * spraying, every attempt recorded, and every sign-in and refused sign-in in the access log (the
 * account it was for, when known). Known and unknown addresses take the same path: the same
 * counting, the same delays and one argon2 verification each, so neither answer nor time tells
 * them apart.
 */
export async function checkCredentials(
  input: z.output<typeof ZCredentials>,
  origin: RequestOrigin,
): Promise<CheckedUser | "throttled" | "link-required" | null> {
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
  const verdict = await signInVerdict(db, email, ip);
  if (verdict.kind === "address-blocked") {
    await log(db, false);
    return "throttled";
  }
  await throttleDelay.wait(verdict.delayMs);
  const matches = await checkPasswordOf(user, password);
  // Past the limit even the right password is not enough: the owner uses a link from their
  // mailbox, which a guesser does not have. The wrong one still counts, for the address limit.
  const ok = matches && verdict.kind === "allowed";
  await db.$transaction(async (tx) => {
    if (!matches || ok) await recordLoginAttempt(tx, email, ip, ok);
    await log(tx, ok);
  });
  if (verdict.kind === "link-required") return "link-required";
  if (!ok || !user) return null;
  return { id: user.id, email: user.email, name: user.name };
}

export { ZCredentials };
