import "server-only";
import { requireActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import { canStartInitiative } from "../policy/initiative-access";
import { listVisibleInitiatives } from "../initiatives/queries";

export async function loadWorkspaceHome(page: number) {
  const actor = await requireActor();
  return {
    actor,
    canStart: canStartInitiative(actor),
    initiatives: await listVisibleInitiatives(await getDb(), actor, page),
  };
}
