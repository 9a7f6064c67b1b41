// Whether a requested sign-in link is sent. The person asking always gets the same answer, so
// this only decides behind the scenes: an active account, and not too many requests for that
// mailbox or from that client address. Failed passwords do not count here: a link is how the
// owner of an account that someone is guessing at still gets in (decision 0020).
import type { Tx } from "../db/create-client";
import { allowLinkRequest } from "./rate-limit";

/** Records the request; true when a link should go out to this (lower-cased) address. */
export async function mayRequestSignInLink(db: Tx, address: string, clientAddress: string): Promise<boolean> {
  const known = await db.user.findUnique({ where: { email: address }, select: { active: true } });
  const allowed = await allowLinkRequest(db, address, clientAddress);
  return !!known?.active && allowed;
}
