// The integration tests' world: either the demo data (the organisations, accounts and
// initiatives a developer sees, loaded fresh) or an empty database that a test fills through
// ./factories; plus actors for accounts by e-mail.
import type { Db } from "../../../lib/db/client";
import { loadActorForUser } from "../../../lib/auth/load-actor";
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

export async function auditCount(db: Db, action?: string): Promise<number> {
  return db.auditEvent.count({ where: action ? { action } : {} });
}
