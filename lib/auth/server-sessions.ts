// Server-side sessions (decision 0017). The cookie names a Session row; a request is signed in
// only while that row is open, younger than its absolute lifetime and, for organisation
// members, used within the idle timeout. Ending a row ends the session wherever the cookie is.
import { randomBytes } from "node:crypto";
import type { RequestOrigin } from "../access-log/client-address";
import type { Tx } from "../db/create-client";
import type { SessionEndReason } from "../generated/prisma/enums";
import { clock } from "../time/clock";

export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** Organisation members see children's data: their sessions end after two idle hours. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so a page of many requests costs one write. */
const LAST_SEEN_RESOLUTION_MS = 60 * 1000;

export type SignInMethod = "PASSWORD" | "LINK" | "SSO" | "VERIFIED_EMAIL";

export async function openSession(
  db: Tx,
  userId: string,
  method: SignInMethod,
  origin: RequestOrigin,
  now = clock.now(),
  /** "IDP": the organisation's identity provider reported MFA (lib/sso/mfa.ts), which counts as ours. */
  secondFactor?: "IDP",
): Promise<string> {
  const session = await db.session.create({
    data: {
      // 128 random bits: the id is the session's only secret besides the cookie's encryption.
      id: randomBytes(16).toString("base64url"),
      userId,
      method,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
      clientAddress: origin.clientAddress,
      userAgent: origin.userAgent,
      ...(secondFactor ? { secondFactorAt: now, secondFactorMethod: secondFactor } : {}),
    },
    select: { id: true },
  });
  return session.id;
}

/**
 * The session if it still holds for this user, else null. A session past its absolute or idle
 * limit is closed on the spot (with the reason), so the account page and retention see it as ended.
 */
export async function checkSession(
  db: Tx,
  userId: string,
  sessionId: string | undefined,
  isOrganisationMember: boolean,
  now = clock.now(),
): Promise<boolean> {
  return (await liveSession(db, userId, sessionId, isOrganisationMember, now)) !== null;
}

/** checkSession, returning the row (with its second-factor state) or null. */
export async function liveSession(
  db: Tx,
  userId: string,
  sessionId: string | undefined,
  isOrganisationMember: boolean,
  now = clock.now(),
): Promise<{ id: string; secondFactorAt: Date | null } | null> {
  if (!sessionId) return null;
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: { id: true, userId: true, endedAt: true, expiresAt: true, lastSeenAt: true, secondFactorAt: true },
  });
  if (!session || session.userId !== userId || session.endedAt) return null;
  const expired = session.expiresAt.getTime() <= now.getTime();
  const idle = isOrganisationMember && now.getTime() - session.lastSeenAt.getTime() >= SESSION_IDLE_MS;
  if (expired || idle) {
    await endSession(db, sessionId, expired ? "EXPIRED" : "IDLE", now);
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS)
    await db.session.updateMany({ where: { id: sessionId, endedAt: null }, data: { lastSeenAt: now } });
  return { id: session.id, secondFactorAt: session.secondFactorAt };
}

export async function endSession(db: Tx, sessionId: string, reason: SessionEndReason, now = clock.now()) {
  return (
    await db.session.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now, endReason: reason } })
  ).count;
}

/** Ends every open session of a user, except `keep` (the one that asked, e.g. after a password change). */
export async function endAllSessions(
  db: Tx,
  userId: string,
  reason: SessionEndReason,
  keep?: string,
  now = clock.now(),
): Promise<number> {
  const { count } = await db.session.updateMany({
    where: { userId, endedAt: null, ...(keep ? { id: { not: keep } } : {}) },
    data: { endedAt: now, endReason: reason },
  });
  return count;
}
