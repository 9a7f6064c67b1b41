// Turns a session (user id + server-side session id) into an Actor, or null when the session
// no longer holds: signed out, revoked, timed out, or the user deactivated. A session that still
// owes its second factor (decision 0018) is signed in but yields no actor: nothing of the app
// is reachable until the person verifies or enrols.
import type { Tx } from "../db/create-client";
import { secondFactorNeed } from "../mfa/requirement";
import { buildWorkspaces, chooseWorkspace, type Actor } from "../policy/actor";
import { liveSession } from "./server-sessions";

export type SignInState =
  | { status: "signed-out" }
  | {
      status: "second-factor";
      need: "verify" | "enrol";
      userId: string;
      sessionId: string;
      email: string;
    }
  | { status: "signed-in"; actor: Actor; sessionId: string; demoSkipped: boolean; enrolled: boolean };

export async function loadSignInState(
  db: Tx,
  userId: string,
  sessionId: string | undefined,
  workspaceKey: string | undefined,
): Promise<SignInState> {
  const user = await findActiveUser(db, userId);
  if (!user) return { status: "signed-out" };
  const isMember = user.memberships.length > 0;
  const session = await liveSession(db, user.id, sessionId, isMember);
  if (!session) return { status: "signed-out" };
  const enrolled = !!user.totpSecret?.confirmedAt;
  const need = secondFactorNeed({
    email: user.email,
    isOrganisationMember: isMember,
    enrolled,
    secondFactorAt: session.secondFactorAt,
  });
  if (need === "verify" || need === "enrol")
    return { status: "second-factor", need, userId: user.id, sessionId: session.id, email: user.email };
  return {
    status: "signed-in",
    actor: { ...toActor(user, workspaceKey), sessionId: session.id },
    sessionId: session.id,
    demoSkipped: need === "demo-skipped",
    enrolled,
  };
}

export async function loadActor(
  db: Tx,
  userId: string,
  sessionId: string | undefined,
  workspaceKey: string | undefined,
): Promise<Actor | null> {
  const state = await loadSignInState(db, userId, sessionId, workspaceKey);
  return state.status === "signed-in" ? state.actor : null;
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
      totpSecret: { select: { confirmedAt: true } },
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
