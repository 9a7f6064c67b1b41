// The integration tests' world: either the demo data (the organisations, accounts and
// initiatives a developer sees, loaded fresh) or an empty database that a test fills through
// ./factories; plus actors for accounts by e-mail.
import type { Db } from "../../../lib/db/client";
import { loadActorForUser } from "../../../lib/auth/load-actor";
import { openSession } from "../../../lib/auth/server-sessions";
import { NO_REQUEST } from "../../../lib/access-log/client-address";
import type { Actor } from "../../../lib/policy/actor";
import { seedDemo } from "../../../lib/seed/seed-demo";
import { resetDb, testDb } from "./test-db";

export async function freshDemoWorld(): Promise<Db> {
  const db = await testDb();
  await resetDb(db);
  await seedDemo(db);
  return db;
}

/**
 * The demo world before any child was added: for the tests of how children, guardians and consent
 * come about (the founding parent's first child, the first consent). The demo children are
 * removed with everything hanging off them; the seed's audit event stays, as audit does.
 */
export async function freshDemoWorldWithoutChildren(): Promise<Db> {
  const db = await freshDemoWorld();
  await db.child.deleteMany({});
  return db;
}

/** An empty database (migrations only), for tests that build their own data with ./factories. */
export async function freshEmptyWorld(): Promise<Db> {
  const db = await testDb();
  await resetDb(db);
  return db;
}

/** The actor a demo account would be after signing in, in the given workspace (default: its first). */
export async function actorFor(db: Db, email: string, workspaceKey?: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const actor = await loadActorForUser(db, user.id, workspaceKey);
  if (!actor) throw new Error(`no actor for ${email}`);
  return actor;
}

/**
 * The actor as a browser that has just signed in (and passed its second factor) would be: with
 * a session row, so actions that ask for recent authentication (SSO settings, resetting a second
 * factor) see a fresh sign-in.
 */
export async function actorInFreshSession(db: Db, email: string, workspaceKey?: string): Promise<Actor> {
  const actor = await actorFor(db, email, workspaceKey);
  const sessionId = await openSession(db, actor.userId, "PASSWORD", NO_REQUEST);
  await db.session.update({
    where: { id: sessionId },
    data: { secondFactorAt: new Date(), secondFactorMethod: "TOTP" },
  });
  return { ...actor, sessionId };
}

export async function auditCount(db: Db, action?: string): Promise<number> {
  return db.auditEvent.count({ where: action ? { action } : {} });
}
