import "server-only";
import { requireActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import { emailPreferences, listNotifications, unreadCount } from "../notifications/queries";

export async function loadInbox(page: number) {
  const actor = await requireActor();
  return { actor, inbox: await listNotifications(await getDb(), actor, page) };
}

export async function loadUnreadCount() {
  const actor = await requireActor();
  return unreadCount(await getDb(), actor);
}

export async function loadEmailPreferences() {
  const actor = await requireActor();
  return emailPreferences(await getDb(), actor);
}
