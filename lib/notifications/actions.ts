"use server";
import { revalidatePath } from "next/cache";
import { authedAction } from "../actions/authed-action";
import { getDb } from "../db/client";
import { markAllRead, markRead, setEmailPreferences } from "./mutations";
import { ZEmailPreferences, ZMarkAllRead, ZMarkRead } from "./schemas";

export const markReadAction = authedAction(ZMarkRead, async (actor, input) => {
  const result = await markRead(await getDb(), actor, input);
  revalidatePath("/", "layout");
  return result;
});

export const markAllReadAction = authedAction(ZMarkAllRead, async (actor) => {
  const result = await markAllRead(await getDb(), actor);
  revalidatePath("/", "layout");
  return result;
});

export const setEmailPreferencesAction = authedAction(ZEmailPreferences, async (actor, input) =>
  setEmailPreferences(await getDb(), actor, input),
);
