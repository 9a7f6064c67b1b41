import type { Tx } from "../db/create-client";
import { organisationPeople } from "../notifications/notify";

/** The people of an initiative: parent participants and the active beheerders/medewerkers of participating organisations (one query). */
export async function participantPeople(
  tx: Tx,
  participants: { organisationId: string | null; userId: string | null }[],
): Promise<string[]> {
  const members = await organisationPeople(
    tx,
    participants.flatMap((p) => (p.organisationId ? [p.organisationId] : [])),
  );
  return [...new Set([...participants.flatMap((p) => (p.userId ? [p.userId] : [])), ...members])];
}
