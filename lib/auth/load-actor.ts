// Turns a session (user id + session version) into an Actor, or null when the session is
// no longer valid: user deactivated, or signed out everywhere since the session was issued.
import type { Tx } from "../db/create-client";
import { buildWorkspaces, chooseWorkspace, type Actor } from "../policy/actor";

export async function loadActor(
  db: Tx,
  userId: string,
  sessionVersion: number | undefined,
  workspaceKey: string | undefined,
): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      locale: true,
      active: true,
      sessionVersion: true,
      memberships: { select: { role: true, organisation: { select: { id: true, kind: true, name: true } } } },
      _count: { select: { participations: { where: { role: "OUDER", status: "ACTIVE" } } } },
    },
  });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
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
