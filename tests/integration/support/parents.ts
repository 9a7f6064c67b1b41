// The parents' approval, for tests whose point is not who the parents are: a confirmed guardian
// of every child of the group approves for that child, in the personal workspace.
import { groupChildren } from "../../../lib/arrangements/group-children";
import { approveVersion } from "../../../lib/arrangements/workflow/review";
import type { Db } from "../../../lib/db/client";
import { actorFor } from "./world";

/** Returns the result of the last approval (`established` says whether the version was vastgesteld). */
export async function approveAsParents(db: Db, versionId: string) {
  const { arrangement } = await db.arrangementVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: { arrangement: { select: { initiativeId: true } } },
  });
  const children = await groupChildren(db, arrangement.initiativeId);
  if (children.length === 0) throw new Error("no children in the group: the parents cannot approve");
  let last: Awaited<ReturnType<typeof approveVersion>> | undefined;
  for (const child of children) {
    const guardian = await db.user.findUniqueOrThrow({ where: { id: child.guardians[0]!.userId } });
    last = await approveVersion(db, await actorFor(db, guardian.email), { versionId, childId: child.id });
  }
  return last!;
}

/** The e-mail addresses of the guardians of the children of the initiative's group. */
export async function guardianEmails(db: Db, initiativeId: string): Promise<string[]> {
  const children = await groupChildren(db, initiativeId);
  const ids = [...new Set(children.flatMap((c) => c.guardians.map((g) => g.userId)))];
  return (await db.user.findMany({ where: { id: { in: ids } }, select: { email: true } })).map((u) => u.email).sort();
}
