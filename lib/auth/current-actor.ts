import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { getDb } from "../db/client";
import type { Actor } from "../policy/actor";
import { actorOverride } from "./actor-override";
import { authOptions } from "./auth-options";
import { loadSignInState, type SignInState } from "./load-actor";

export const WORKSPACE_COOKIE = "sns-workspace";

/** Where a session that owes its second factor is sent (decision 0018). */
export const SECOND_FACTOR_VERIFY_PATH = "/inloggen/tweede-stap";
export const SECOND_FACTOR_ENROL_PATH = "/account/tweestapsverificatie/instellen";

async function resolveSignInState(): Promise<SignInState> {
  const override = actorOverride.getStore();
  if (override !== undefined)
    return override
      ? { status: "signed-in", actor: override, sessionId: "", demoSkipped: false, enrolled: false }
      : { status: "signed-out" };
  const session = (await getServerSession(authOptions)) as { uid?: string; sid?: string } | null;
  if (!session?.uid) return { status: "signed-out" };
  const workspaceKey = (await cookies()).get(WORKSPACE_COOKIE)?.value;
  return loadSignInState(await getDb(), session.uid, session.sid, workspaceKey);
}

/** The session as the second-factor pages see it: also when it still owes its second factor. */
export const getSignInState = cache(resolveSignInState);

async function resolveActor(): Promise<Actor | null> {
  const state = await getSignInState();
  return state.status === "signed-in" ? state.actor : null;
}

/**
 * The acting user, checked against the database on every request (revocation is immediate).
 * Null also while the session owes its second factor: actions and route handlers answer
 * unauthenticated, so nothing can skip the second step.
 */
export const getActor = cache(resolveActor);

export async function requireActor(): Promise<Actor> {
  const state = await getSignInState();
  if (state.status === "signed-in") return state.actor;
  if (state.status === "second-factor")
    redirect(state.need === "verify" ? SECOND_FACTOR_VERIFY_PATH : SECOND_FACTOR_ENROL_PATH);
  redirect("/inloggen");
}
