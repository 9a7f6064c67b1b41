// Ending every session of a user: the one place that knows how sessions are revoked. Today a
// session is a JWT that carries User.sessionVersion (checked in load-actor.ts on every request),
// so raising the version ends all of them; a caller that keeps its own session re-issues it.
import type { Tx } from "../db/create-client";

export async function endAllSessions(db: Tx, userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
