// A parent signs up: the account is made only once the link mailed to the address is used, so an
// unconfirmed address has no account that could sign in or act. An address that already has an
// account gets a mail saying so (with a way to reset the password) and the person asking gets
// the same answer as anyone else; both paths hash the password, so they take about as long.
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { Db, Tx } from "../db/create-client";
import { NotFoundError } from "../policy/errors";
import { clock } from "../time/clock";
import type { ZSignUp } from "./identity-schemas";
import { hashOneTimeToken, newOneTimeToken } from "./one-time-token";
import { hashPassword } from "./password";
import { assertStrongPassword } from "./password-policy";
import { allowMailboxRequest } from "./rate-limit";

export const SIGN_UP_LINK_VALID_MINUTES = 120;

export type SignUpMail =
  | { kind: "confirm"; to: string; name: string; locale: string; token: string }
  | { kind: "existing"; to: string; name: string; locale: string };

/** Requests of one address are throttled under their own key, apart from sign-in failures. */
async function mayMail(db: Tx, key: string, now: Date): Promise<boolean> {
  return allowMailboxRequest(db, key, now);
}

/** Records the request; returns the mail to send after answering, if any. */
export async function requestSignUp(
  db: Db,
  input: z.output<typeof ZSignUp>,
  locale: string,
  now = clock.now(),
): Promise<SignUpMail | null> {
  assertStrongPassword(input.password, input);
  // Always hash, known address or not: the answer must not be quicker for one than the other.
  const passwordHash = await hashPassword(input.password);
  const { token, tokenHash } = newOneTimeToken();
  const allowed = await mayMail(db, `signup:${input.email}`, now);
  const existing = await db.user.findUnique({
    where: { email: input.email },
    select: { name: true, locale: true, active: true },
  });
  if (!allowed) return null;
  if (existing)
    return existing.active ? { kind: "existing", to: input.email, name: existing.name, locale: existing.locale } : null;
  await db.$transaction(async (tx) => {
    await tx.signUpRequest.deleteMany({ where: { email: input.email, expiresAt: { lte: now } } });
    await tx.signUpRequest.create({
      data: {
        email: input.email,
        name: input.name,
        passwordHash,
        locale,
        tokenHash,
        expiresAt: new Date(now.getTime() + SIGN_UP_LINK_VALID_MINUTES * 60_000),
      },
    });
  });
  return { kind: "confirm", to: input.email, name: input.name, locale, token };
}

/** What the confirmation page shows; null when the link is unknown, used or expired. */
export async function findOpenSignUp(db: Tx, token: string, now = clock.now()) {
  return db.signUpRequest.findFirst({
    where: { tokenHash: hashOneTimeToken(token), expiresAt: { gt: now } },
    select: { id: true, email: true, name: true, passwordHash: true, locale: true },
  });
}

/** Uses the link once: makes the account (address verified now) and forgets every request for it. */
export async function confirmSignUp(db: Db, token: string, now = clock.now()) {
  return db.$transaction(async (tx) => {
    const open = await findOpenSignUp(tx, token, now);
    if (!open) throw new NotFoundError("signUp");
    // Deleting claims it: of two simultaneous clicks, one finds nothing left to delete.
    const { count } = await tx.signUpRequest.deleteMany({ where: { id: open.id } });
    if (count !== 1) throw new NotFoundError("signUp");
    await tx.signUpRequest.deleteMany({ where: { email: open.email } });
    // Invited (or signed up through another link) in the meantime: that account stands.
    if (await tx.user.findUnique({ where: { email: open.email }, select: { id: true } }))
      throw new NotFoundError("signUp");
    const user = await tx.user.create({
      data: {
        email: open.email,
        name: open.name,
        passwordHash: open.passwordHash,
        locale: open.locale,
        emailVerified: now,
      },
      select: { id: true, email: true, name: true },
    });
    await recordAudit(
      tx,
      { userId: user.id, organisationId: null },
      { action: "user.created", entityType: "User", entityId: user.id, summary: { via: "sign_up" } },
    );
    return user;
  });
}
