// Re-authentication before sensitive account changes (a new password, a second factor, SSO
// settings): the session must have proved the person recently, by signing in or by confirming
// the password (or a fresh sign-in link) on /account/bevestigen. A stolen session cookie alone
// is then not enough to take the account over. See decision 0020.
import { getDb } from "../db/client";
import type { Tx } from "../db/create-client";
import type { Actor } from "../policy/actor";
import { ForbiddenError } from "../policy/errors";
import { clock } from "../time/clock";

export const DEFAULT_REAUTHENTICATION_MINUTES = 10;

/** Thrown by actions; server actions answer FORBIDDEN, pages send the person to reauthenticationPath(). */
export class ReauthenticationRequiredError extends ForbiddenError {
  constructor() {
    super("reauthentication required", "sessions.reauthenticationRequired");
    this.name = "ReauthenticationRequiredError";
  }
}

/** When this session last proved who is using it: its sign-in or its latest confirmation. */
export async function lastAuthenticatedAt(db: Tx, actor: Actor): Promise<Date | null> {
  if (!actor.sessionId) return null;
  const session = await db.session.findFirst({
    where: { id: actor.sessionId, userId: actor.userId, endedAt: null },
    select: { createdAt: true, reauthenticatedAt: true },
  });
  if (!session) return null;
  const { createdAt, reauthenticatedAt } = session;
  return reauthenticatedAt && reauthenticatedAt > createdAt ? reauthenticatedAt : createdAt;
}

export async function isRecentlyAuthenticated(
  actor: Actor,
  maxAgeMinutes = DEFAULT_REAUTHENTICATION_MINUTES,
  { db, now = clock.now() }: { db?: Tx; now?: Date } = {},
): Promise<boolean> {
  const at = await lastAuthenticatedAt(db ?? (await getDb()), actor);
  return !!at && now.getTime() - at.getTime() <= maxAgeMinutes * 60_000;
}

/**
 * The building block for sensitive actions: throws unless this session signed in or confirmed
 * the password within `maxAgeMinutes`. Without a session (background work) it always throws.
 */
export async function requireRecentAuthentication(
  actor: Actor,
  maxAgeMinutes = DEFAULT_REAUTHENTICATION_MINUTES,
  options: { db?: Tx; now?: Date } = {},
): Promise<void> {
  if (!(await isRecentlyAuthenticated(actor, maxAgeMinutes, options))) throw new ReauthenticationRequiredError();
}
