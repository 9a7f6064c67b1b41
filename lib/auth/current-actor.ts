import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { getDb } from "../db/client";
import type { Actor } from "../policy/actor";
import { actorOverride } from "./actor-override";
import { authOptions } from "./auth-options";
import { loadActor } from "./load-actor";

export const WORKSPACE_COOKIE = "sns-workspace";

async function resolveActor(): Promise<Actor | null> {
  const override = actorOverride.getStore();
  if (override !== undefined) return override;
  const session = (await getServerSession(authOptions)) as { uid?: string; sid?: string } | null;
  if (!session?.uid) return null;
  const workspaceKey = (await cookies()).get(WORKSPACE_COOKIE)?.value;
  return loadActor(await getDb(), session.uid, session.sid, workspaceKey);
}

/** The acting user, checked against the database on every request (revocation is immediate). */
export const getActor = cache(resolveActor);

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/inloggen");
  return actor;
}
