// Confirming one's password inside a session (/account/bevestigen): throttled like signing in,
// since a stolen session could otherwise guess the password at leisure. Success marks the
// session row (reauthenticatedAt), which requireRecentAuthentication reads.
import type { RequestOrigin } from "../access-log/client-address";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db/create-client";
import type { Actor } from "../policy/actor";
import { ForbiddenError } from "../policy/errors";
import { clock } from "../time/clock";
import { checkPasswordOf } from "./password-check";
import { recordLoginAttempt, signInVerdict, throttleDelay } from "./rate-limit";
import { sessionHandle } from "../account/session-list";

export type ReauthenticationOutcome = "confirmed" | "wrong" | "link-required" | "throttled";

export async function reauthenticateWithPassword(
  db: Db,
  actor: Actor,
  password: string,
  origin: RequestOrigin,
  now = clock.now(),
): Promise<ReauthenticationOutcome> {
  const sessionId = actor.sessionId;
  if (!sessionId) throw new ForbiddenError("no session");
  const user = await db.user.findUnique({
    where: { id: actor.userId },
    select: { email: true, active: true, passwordHash: true },
  });
  const email = user?.email ?? actor.email;
  const verdict = await signInVerdict(db, email, origin.clientAddress, now);
  if (verdict.kind === "address-blocked") return "throttled";
  await throttleDelay.wait(verdict.delayMs);
  const matches = await checkPasswordOf(user, password);
  if (!matches) {
    await recordLoginAttempt(db, email, origin.clientAddress, false);
    return verdict.kind === "link-required" ? "link-required" : "wrong";
  }
  if (verdict.kind === "link-required") return "link-required";
  return db.$transaction(async (tx) => {
    const { count } = await tx.session.updateMany({
      where: { id: sessionId, userId: actor.userId, endedAt: null },
      data: { reauthenticatedAt: now },
    });
    if (count !== 1) throw new ForbiddenError("session ended");
    await recordAudit(tx, actor, {
      action: "session.reauthenticated",
      entityType: "Session",
      entityId: sessionHandle(sessionId),
      summary: { method: "PASSWORD" },
    });
    return "confirmed" as const;
  });
}
