// Turns a session (user id + server-side session id) into an Actor, or null when the session
// no longer holds: signed out, revoked, timed out, or the user deactivated.
import type { Tx } from "../db/create-client";
import { buildWorkspaces, chooseWorkspace, type Actor } from "../policy/actor";
import { checkSession } from "./server-sessions";

export async function loadActor(
  db: Tx,
  userId: string,
  sessionId: string | undefined,
  workspaceKey: string | undefined,
): Promise<Actor | null> {
  const user = await findActiveUser(db, userId);
  if (!user) return null;
  if (!(await checkSession(db, user.id, sessionId, user.memberships.length > 0))) return null;
  return { ...toActor(user, workspaceKey), sessionId };
}

/** The actor for a user without a session check: background work and tests act as someone. */
export async function loadActorForUser(db: Tx, userId: string, workspaceKey?: string): Promise<Actor | null> {
  const user = await findActiveUser(db, userId);
  return user ? toActor(user, workspaceKey) : null;
}

async function findActiveUser(db: Tx, userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      locale: true,
      active: true,
      memberships: { select: { role: true, organisation: { select: { id: true, kind: true, name: true } } } },
      _count: { select: { participations: { where: { role: "OUDER", status: "ACTIVE" } } } },
    },
  });
  return user?.active ? user : null;
}

function toActor(
  user: NonNullable<Awaited<ReturnType<typeof findActiveUser>>>,
  workspaceKey: string | undefined,
): Actor {
  const workspaces = buildWorkspaces({
    memberships: user.memberships,
    parentParticipations: user._count.participations,
  });
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    locale: user.locale,
    workspaces,
    workspace: chooseWorkspace(workspaces, workspaceKey),
  };
}
