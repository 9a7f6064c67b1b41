import type { Tx } from "../db/create-client";

/** The people of an initiative: parent participants and the active beheerders/medewerkers of participating organisations (one query). */
export async function participantPeople(tx: Tx, participants: { organisationId: string | null; userId: string | null }[]): Promise<string[]> {
  const orgIds = participants.flatMap((p) => (p.organisationId ? [p.organisationId] : []));
  const members = orgIds.length
    ? await tx.membership.findMany({ where: { organisationId: { in: orgIds }, role: { in: ["BEHEERDER", "MEDEWERKER"] }, user: { active: true } }, select: { userId: true } })
    : [];
  return [...new Set([...participants.flatMap((p) => (p.userId ? [p.userId] : [])), ...members.map((m) => m.userId)])];
}
