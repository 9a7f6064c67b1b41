// Facts about parents in an initiative that several child mutations need: is this person a
// confirmed guardian here, the founding parent, or already in the initiative in another role?
import type { Tx } from "../db/create-client";
import { ACTIVE_PARTICIPANT } from "../policy/initiative-access";

/** An active parent (OUDER) participant of the initiative. */
export async function activeParentParticipation(tx: Tx, initiativeId: string, userId: string) {
  return tx.initiativeParticipant.findFirst({
    where: { initiativeId, userId, role: "OUDER", ...ACTIVE_PARTICIPANT },
    select: { id: true, invitedById: true },
  });
}

export async function isConfirmedGuardianIn(tx: Tx, initiativeId: string, userId: string): Promise<boolean> {
  const found = await tx.childGuardian.findFirst({
    where: { userId, status: "CONFIRMED", child: { initiativeId } },
    select: { id: true },
  });
  return found !== null;
}

/**
 * The founding parent may vouch for themself for the first child: the person who started the
 * initiative, or (for an initiative started by an organisation) a parent its founder invited,
 * as long as no guardian is confirmed in the initiative yet.
 */
export async function isFoundingParent(
  tx: Tx,
  initiative: { id: string; createdById: string },
  participation: { invitedById: string | null },
  userId: string,
): Promise<boolean> {
  if (userId !== initiative.createdById && participation.invitedById !== initiative.createdById) return false;
  const anyConfirmed = await tx.childGuardian.findFirst({
    where: { status: "CONFIRMED", child: { initiativeId: initiative.id } },
    select: { id: true },
  });
  return anyConfirmed === null;
}

/**
 * Someone who works for an organisation invited to or taking part in the initiative is there in
 * another role: a party that is paid or decides never also speaks for the parents. The parents'
 * own ouderinitiatief (stichting or vereniging) is not another role.
 */
export async function inOtherRole(tx: Tx, initiativeId: string, userId: string): Promise<boolean> {
  const membership = await tx.membership.findFirst({
    where: {
      userId,
      organisation: {
        kind: { not: "OUDERINITIATIEF" },
        participations: { some: { initiativeId, status: { in: ["ACTIVE", "INVITED"] } } },
      },
    },
    select: { id: true },
  });
  return membership !== null;
}
