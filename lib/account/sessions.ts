// Revoking sessions: raising sessionVersion invalidates every JWT issued before, checked on
// the next request (lib/auth/load-actor.ts).
import { endAllSessions } from "../auth/end-sessions";
import type { Db } from "../db/create-client";
import { recordAudit, type AuditActor } from "../audit/record-audit";
import type { Actor } from "../policy/actor";
import { NotFoundError } from "../policy/errors";

export async function signOutEverywhere(db: Db, actor: Actor) {
  return db.$transaction(async (tx) => {
    await endAllSessions(tx, actor.userId);
    await recordAudit(tx, actor, {
      action: "user.signed_out_everywhere",
      entityType: "User",
      entityId: actor.userId,
      summary: {},
    });
    return { done: true };
  });
}

/** Operator action (scripts/deactivate-user.ts): the account can no longer sign in or act. */
export async function deactivateUser(db: Db, by: AuditActor, email: string, reason: string) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { email: email.toLowerCase() },
      select: { id: true, active: true },
    });
    if (!user) throw new NotFoundError("user");
    await tx.user.update({ where: { id: user.id }, data: { active: false } });
    await endAllSessions(tx, user.id);
    await recordAudit(tx, by, {
      action: "user.deactivated",
      entityType: "User",
      entityId: user.id,
      summary: { reasonGiven: reason.trim().length > 0 }, // the operator's words stay out of the audit
    });
    return { wasActive: user.active };
  });
}
