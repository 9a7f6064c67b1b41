"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { authedAction } from "../actions/authed-action";
import { WORKSPACE_COOKIE } from "../auth/current-actor";
import { appBaseUrl } from "../config/app-config";
import { getDb } from "../db/client";
import { LOCALE_COOKIE } from "../i18n/config";
import { ForbiddenError } from "../policy/errors";
import { setPreferredLocale } from "./preferences";
import { ZNoInput, ZSetLocale, ZSwitchWorkspace } from "./schemas";
import { signOutEverywhere } from "./sessions";

const cookieOptions = () => ({
  httpOnly: true,
  sameSite: "lax" as const,
  path: "/",
  secure: process.env.NODE_ENV === "production" && appBaseUrl().startsWith("https:"),
  maxAge: 365 * 24 * 3600,
});

export const signOutEverywhereAction = authedAction(ZNoInput, async (actor) => signOutEverywhere(await getDb(), actor));

export const setLocaleAction = authedAction(ZSetLocale, async (actor, input) => {
  const result = await setPreferredLocale(await getDb(), actor, input);
  (await cookies()).set(LOCALE_COOKIE, input.locale, cookieOptions());
  revalidatePath("/", "layout");
  return result;
});

/** Switching workspace is a session preference (a cookie), so it writes no audit event. */
export const switchWorkspaceAction = authedAction(ZSwitchWorkspace, async (actor, input) => {
  if (!actor.workspaces.some((w) => w.key === input.workspace)) throw new ForbiddenError("workspace");
  (await cookies()).set(WORKSPACE_COOKIE, input.workspace, cookieOptions());
  revalidatePath("/", "layout");
  return { workspace: input.workspace };
});
