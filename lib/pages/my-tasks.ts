import "server-only";
import { requireActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import { myTasks } from "../tasks/my-tasks";

export async function loadMyTasks() {
  const actor = await requireActor();
  return { actor, ...(await myTasks(await getDb(), actor)) };
}
