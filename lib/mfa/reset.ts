// A beheerder resets a member's second factor (lost phone and recovery codes): the app and the
// codes are removed, the member's sessions end, and at the next sign-in they enrol again.
// Only members of the beheerder's own organisation; anyone else is not found. Audited.
import { requireRecentAuthentication } from "../auth/recent-authentication";
import type { Db } from "../db/create-client";
import { recordAudit } from "../audit/record-audit";
import { endAllSessions } from "../auth/server-sessions";
import type { Actor } from "../policy/actor";
import { can } from "../policy/can";
import { ForbiddenError, NotFoundError } from "../policy/errors";
import { requireOrganisationWorkspace } from "../policy/organisation-access";

export async function resetMemberSecondFactor(db: Db, actor: Actor, input: { membershipId: string }) {
  const ws = requireOrganisationWorkspace(actor);
  if (!can(actor, "organisation.resetSecondFactor")) throw new ForbiddenError("members.resetSecondFactor");
  await requireRecentAuthentication(actor, undefined, { db });
  return db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { id: input.membershipId, organisationId: ws.organisationId },
      select: { id: true, userId: true },
    });
    if (!membership) throw new NotFoundError("membership");
    const removed = await tx.totpSecret.deleteMany({ where: { userId: membership.userId } });
    await tx.recoveryCode.deleteMany({ where: { userId: membership.userId } });
    const sessionsEnded = await endAllSessions(tx, membership.userId, "SECOND_FACTOR_RESET");
    await recordAudit(tx, actor, {
      action: "second_factor.reset",
      entityType: "Membership",
      entityId: membership.id,
      summary: { userId: membership.userId, hadSecondFactor: removed.count > 0, sessionsEnded },
    });
    return { reset: true };
  });
}
