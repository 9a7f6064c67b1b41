// A person's own open sessions, for the account page: which browser, how they signed in, when,
// last use and from where. Each row carries a handle derived from the session id, never the id
// itself: the id is the session's secret, and the page need not hold it to revoke a session.
import { createHash } from "node:crypto";
import { recordAudit } from "../audit/record-audit";
import { endSession, SESSION_IDLE_MS } from "../auth/server-sessions";
import type { Db, Tx } from "../db/create-client";
import type { Actor } from "../policy/actor";
import { NotFoundError } from "../policy/errors";
import { clock } from "../time/clock";
import { describeDevice, type DeviceName } from "./device-name";

export interface OwnSession {
  handle: string;
  device: DeviceName;
  method: string;
  createdAt: Date;
  lastSeenAt: Date;
  clientAddress: string;
  current: boolean;
}

export function sessionHandle(sessionId: string): string {
  return createHash("sha256").update(`session:${sessionId}`).digest("base64url").slice(0, 22);
}

async function openSessionsOf(db: Tx, actor: Actor, now: Date) {
  const member = actor.workspaces.some((w) => w.kind === "ORGANISATION");
  return db.session.findMany({
    where: {
      userId: actor.userId,
      endedAt: null,
      expiresAt: { gt: now },
      // An organisation member's idle session is over, even before a request closes its row.
      ...(member ? { lastSeenAt: { gt: new Date(now.getTime() - SESSION_IDLE_MS) } } : {}),
    },
    orderBy: [{ lastSeenAt: "desc" }, { createdAt: "desc" }],
    select: { id: true, method: true, createdAt: true, lastSeenAt: true, clientAddress: true, userAgent: true },
  });
}

/** Only the actor's own sessions: the query names their user id, whatever else is asked. */
export async function listOwnSessions(db: Tx, actor: Actor, now = clock.now()): Promise<OwnSession[]> {
  const rows = await openSessionsOf(db, actor, now);
  return rows.map((s) => ({
    handle: sessionHandle(s.id),
    device: describeDevice(s.userAgent),
    method: s.method,
    createdAt: s.createdAt,
    lastSeenAt: s.lastSeenAt,
    clientAddress: s.clientAddress,
    current: s.id === actor.sessionId,
  }));
}

/**
 * Ends one of the actor's own open sessions; someone else's (or an ended one) is not found.
 * `current` tells the caller that this browser has just been signed out.
 */
export async function revokeOwnSession(db: Db, actor: Actor, handle: string, now = clock.now()) {
  return db.$transaction(async (tx) => {
    const target = (await openSessionsOf(tx, actor, now)).find((s) => sessionHandle(s.id) === handle);
    if (!target) throw new NotFoundError("session");
    if ((await endSession(tx, target.id, "REVOKED", now)) !== 1) throw new NotFoundError("session");
    const current = target.id === actor.sessionId;
    await recordAudit(tx, actor, {
      action: "session.revoked",
      entityType: "Session",
      entityId: handle,
      summary: { method: target.method, current },
    });
    return { current };
  });
}
