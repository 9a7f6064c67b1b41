// Whether a requested sign-in link is sent. The person asking always gets the same answer, so
// this only decides behind the scenes: an active account, and not too many requests.
import type { Tx } from "../db/create-client";
import { isLoginThrottled, recordLoginAttempt } from "./rate-limit";

/** Records the request; true when a link should go out to this (lower-cased) address. */
export async function mayRequestSignInLink(db: Tx, address: string): Promise<boolean> {
  const known = await db.user.findUnique({ where: { email: address }, select: { active: true } });
  // Link requests are throttled per address under their own key, apart from password failures.
  const key = `link:${address}`;
  const throttled = await isLoginThrottled(db, key, key);
  if (!throttled) await recordLoginAttempt(db, key, key, false);
  return !!known?.active && !throttled;
}
