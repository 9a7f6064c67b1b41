// The children of an initiative's group as far as the parents' approval goes: those with a
// confirmed guardian. Each needs an approval by one of its guardians (or by a guardian holding
// an unrevoked mandate from one of them) before the parents count as having approved.
import type { Tx } from "../db/create-client";

export interface GroupChild {
  id: string;
  displayName: string;
  /** Confirmed guardians: the people who may approve for this child. */
  guardians: { userId: string; name: string }[];
  /** Unrevoked mandates: `from` (a guardian of this child) lets `to` approve for it. */
  mandates: { fromUserId: string; toUserId: string }[];
}

export async function groupChildren(tx: Tx, initiativeId: string): Promise<GroupChild[]> {
  const rows = await tx.child.findMany({
    where: { initiativeId, guardians: { some: { status: "CONFIRMED" } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      displayName: true,
      guardians: { where: { status: "CONFIRMED" }, select: { userId: true, user: { select: { name: true } } } },
      mandates: { where: { revokedAt: null }, select: { fromUserId: true, toUserId: true } },
    },
  });
  return rows.map((c) => ({
    id: c.id,
    displayName: c.displayName,
    guardians: c.guardians.map((g) => ({ userId: g.userId, name: g.user.name })),
    mandates: c.mandates,
  }));
}
