// An organisation names its privacy officer (functionaris gegevensbescherming): one member, who
// then reads and exports the organisation's access log. Beheerders name them; naming another
// (or nobody) ends the previous one's role.
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db/create-client";
import type { Actor } from "../policy/actor";
import { NotFoundError } from "../policy/errors";
import { requireMemberManager } from "../policy/organisation-access";

export async function namePrivacyOfficer(db: Db, actor: Actor, input: { membershipId: string }) {
  const ws = requireMemberManager(actor);
  const membershipId = input.membershipId || null;
  return db.$transaction(async (tx) => {
    if (membershipId) {
      const member = await tx.membership.findFirst({
        where: { id: membershipId, organisationId: ws.organisationId },
        select: { id: true },
      });
      if (!member) throw new NotFoundError("membership");
    }
    const previous = await tx.membership.findMany({
      where: { organisationId: ws.organisationId, privacyOfficer: true },
      select: { id: true },
    });
    if (previous.length === (membershipId ? 1 : 0) && (!membershipId || previous[0]?.id === membershipId))
      return { changed: false };
    await tx.membership.updateMany({
      where: { organisationId: ws.organisationId, privacyOfficer: true, id: { not: membershipId ?? "" } },
      data: { privacyOfficer: false, version: { increment: 1 } },
    });
    if (membershipId)
      await tx.membership.update({
        where: { id: membershipId },
        data: { privacyOfficer: true, version: { increment: 1 } },
      });
    await recordAudit(tx, actor, {
      action: "membership.privacy_officer_named",
      entityType: "Organisation",
      entityId: ws.organisationId,
      summary: { membershipId, previous: previous.map((p) => p.id) },
    });
    return { changed: true };
  });
}
