// Resetting a forgotten password by a link mailed to the account's address: single use, valid
// for RESET_LINK_VALID_MINUTES, only its hash at rest. Using it sets the new password and ends
// every session of the account. Unknown addresses get the same answer as known ones.
import { recordAudit } from "../audit/record-audit";
import type { Db, Tx } from "../db/create-client";
import { NotFoundError } from "../policy/errors";
import { clock } from "../time/clock";
import { endAllSessions } from "./server-sessions";
import { hashOneTimeToken, newOneTimeToken } from "./one-time-token";
import { hashPassword } from "./password";
import { assertStrongPassword } from "./password-policy";
import { allowMailboxRequest } from "./rate-limit";

export const RESET_LINK_VALID_MINUTES = 30;

export type ResetMail = { to: string; name: string; locale: string; token: string };

/** Records the request; returns the mail to send after answering, if the address has an account. */
export async function requestPasswordReset(db: Db, email: string, now = clock.now()): Promise<ResetMail | null> {
  // The same work for every address up to the last step: a token, the throttle, one lookup.
  const { token, tokenHash } = newOneTimeToken();
  const key = `reset:${email}`;
  const throttled = !(await allowMailboxRequest(db, key, now));
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, locale: true, active: true },
  });
  if (throttled || !user?.active) return null;
  await db.passwordResetToken.create({
    data: { userId: user.id, tokenHash, expiresAt: new Date(now.getTime() + RESET_LINK_VALID_MINUTES * 60_000) },
  });
  return { to: email, name: user.name, locale: user.locale, token };
}

async function findOpen(db: Tx, token: string, now: Date) {
  const open = await db.passwordResetToken.findFirst({
    where: { tokenHash: hashOneTimeToken(token), usedAt: null, expiresAt: { gt: now } },
    select: { id: true, user: { select: { id: true, name: true, email: true, active: true } } },
  });
  return open?.user.active ? open : null;
}

/** What the reset page shows; null when the link is unknown, used or expired. */
export async function findOpenPasswordReset(db: Tx, token: string, now = clock.now()) {
  const open = await findOpen(db, token, now);
  return open ? { email: open.user.email } : null;
}

export async function resetPassword(db: Db, input: { token: string; password: string }, now = clock.now()) {
  const open = await findOpen(db, input.token, now);
  if (!open) throw new NotFoundError("passwordReset");
  const { user } = open;
  assertStrongPassword(input.password, user);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const claimed = await tx.passwordResetToken.updateMany({
      where: { id: open.id, usedAt: null },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) throw new NotFoundError("passwordReset");
    // Any other reset link of this account stops working too.
    await tx.passwordResetToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
    // Following the link proves the mailbox, as a sign-up confirmation does.
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, emailVerified: now } });
    await endAllSessions(tx, user.id, "PASSWORD_CHANGED");
    await recordAudit(
      tx,
      { userId: user.id, organisationId: null },
      { action: "user.password_reset", entityType: "User", entityId: user.id, summary: {} },
    );
    return { email: user.email };
  });
}
