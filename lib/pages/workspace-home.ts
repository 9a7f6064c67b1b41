import "server-only";
import { requireActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import { pendingGuardianTasks } from "../children/guardian-queries";
import { listParticipationInvitations } from "../initiatives/joining";
import { listVisibleInitiatives } from "../initiatives/queries";
import { can } from "../policy/can";

export async function loadWorkspaceHome(page: number) {
  const actor = await requireActor();
  const db = await getDb();
  const [initiatives, invitations, guardianTasks] = await Promise.all([
    listVisibleInitiatives(db, actor, page),
    listParticipationInvitations(db, actor),
    pendingGuardianTasks(db, actor),
  ]);
  return { actor, canStart: can(actor, "initiative.start"), initiatives, invitations, guardianTasks };
}
