// Changing and removing memberships. Only beheerders of the organisation, never leaving it
// without a beheerder, and with a version check so two beheerders cannot overwrite each other.
import type { Db, Tx } from "../db/create-client";
import type { MemberRole } from "../generated/prisma/enums";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../policy/actor";
import { ConflictError, FieldError, NotFoundError } from "../policy/errors";
import { requireMemberManager } from "../policy/organisation-access";

async function findMembership(tx: Tx, organisationId: string, membershipId: string) {
  const membership = await tx.membership.findFirst({
    where: { id: membershipId, organisationId },
    select: { id: true, role: true, version: true, userId: true },
  });
  if (!membership) throw new NotFoundError("membership");
  return membership;
}

async function assertAnotherBeheerder(tx: Tx, organisationId: string, membershipId: string) {
  const others = await tx.membership.count({ where: { organisationId, role: "BEHEERDER", id: { not: membershipId } } });
  if (others === 0) throw new FieldError("membershipId", "lastBeheerder");
}

export async function changeMemberRole(
  db: Db,
  actor: Actor,
  input: { membershipId: string; role: MemberRole; version: number },
) {
  const ws = requireMemberManager(actor);
  return db.$transaction(async (tx) => {
    const membership = await findMembership(tx, ws.organisationId, input.membershipId);
    if (membership.version !== input.version)
      throw new ConflictError({ role: membership.role, version: membership.version });
    if (membership.role === input.role) return { changed: false, version: membership.version };
    if (membership.role === "BEHEERDER") await assertAnotherBeheerder(tx, ws.organisationId, membership.id);
    const { count } = await tx.membership.updateMany({
      where: { id: membership.id, version: input.version },
      data: { role: input.role, version: { increment: 1 } },
    });
    if (count !== 1) throw new ConflictError();
    await recordAudit(tx, actor, {
      action: "membership.role_changed",
      entityType: "Membership",
      entityId: membership.id,
      summary: { userId: membership.userId, from: membership.role, to: input.role, version: input.version + 1 },
    });
    return { changed: true, version: input.version + 1 };
  });
}

export async function removeMember(db: Db, actor: Actor, input: { membershipId: string }) {
  const ws = requireMemberManager(actor);
  return db.$transaction(async (tx) => {
    const membership = await findMembership(tx, ws.organisationId, input.membershipId);
    if (membership.role === "BEHEERDER") await assertAnotherBeheerder(tx, ws.organisationId, membership.id);
    await tx.membership.delete({ where: { id: membership.id } });
    await recordAudit(tx, actor, {
      action: "membership.removed",
      entityType: "Membership",
      entityId: membership.id,
      summary: { userId: membership.userId, role: membership.role },
    });
    return { removed: true };
  });
}
