import "server-only";
import { listOwnSessions } from "../account/session-list";
import { requireActor } from "../auth/current-actor";
import { getDb } from "../db/client";

export async function loadOwnSessions() {
  const actor = await requireActor();
  return listOwnSessions(await getDb(), actor);
}

/** What the confirmation page offers: the password, or (without one) a sign-in link. */
export async function loadReauthentication() {
  const actor = await requireActor();
  const user = await (
    await getDb()
  ).user.findUnique({
    where: { id: actor.userId },
    select: { passwordHash: true },
  });
  return { email: actor.email, hasPassword: !!user?.passwordHash };
}
