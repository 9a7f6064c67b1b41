// Comments of a step of an initiative the caller already obtained through the policy.
import "server-only";
import type { Tx } from "../db/create-client";
import type { VisibleInitiative } from "../policy/authorised";

export async function listStepComments(db: Tx, initiative: VisibleInitiative, stepId: string) {
  const comments = await db.stepComment.findMany({
    where: { stepId, step: { initiativeId: initiative.id } },
    select: {
      id: true,
      body: true,
      createdAt: true,
      author: { select: { name: true } },
      mentions: { select: { user: { select: { name: true } } } },
    },
    // The newest 200, shown oldest first like a conversation.
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
  });
  return comments.reverse().map((c) => ({
    id: c.id,
    body: c.body,
    createdAt: c.createdAt,
    authorName: c.author.name,
    mentioned: c.mentions.map((m) => m.user.name).sort((a, b) => a.localeCompare(b, "nl")),
  }));
}

export type CommentItem = Awaited<ReturnType<typeof listStepComments>>[number];
