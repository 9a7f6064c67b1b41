import "server-only";
import { requireActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import { listParticipationInvitations } from "../initiatives/joining";
import { listVisibleInitiatives } from "../initiatives/queries";
import { can } from "../policy/can";

export async function loadWorkspaceHome(page: number) {
  const actor = await requireActor();
  const db = await getDb();
  const [initiatives, invitations] = await Promise.all([
    listVisibleInitiatives(db, actor, page),
    listParticipationInvitations(db, actor),
  ]);
  return { actor, canStart: can(actor, "initiative.start"), initiatives, invitations };
}
