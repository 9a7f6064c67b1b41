// Who counts as involved in an initiative, for mentions: the parents taking part, and the
// active people of the organisations taking part. Bounded by the participants, never "everyone".
import type { Prisma } from "../generated/prisma/client";
import type { Tx } from "../db/create-client";
import type { VisibleInitiative } from "../policy/authorised";

export function involvedUsersWhere(initiativeId: string): Prisma.UserWhereInput {
  return {
    active: true,
    OR: [
      { participations: { some: { initiativeId, status: "ACTIVE" } } },
      { memberships: { some: { organisation: { participations: { some: { initiativeId, status: "ACTIVE" } } } } } },
    ],
  };
}

/** People who may be mentioned on the initiative's steps, by name. */
export async function mentionableUsers(db: Tx, initiative: VisibleInitiative) {
  return db.user.findMany({
    where: involvedUsersWhere(initiative.id),
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 200,
  });
}

export type MentionableUser = Awaited<ReturnType<typeof mentionableUsers>>[number];
