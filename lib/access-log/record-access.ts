// The one way an access-log row is written (NEN 7513): every loader and download that hands out
// personal data calls this in the same request, ideally in the same transaction as the read.
// One insert per entry, in order, so a hash chain over the rows can be added here later.
import type { Tx } from "../db/create-client";
import type { AccessAction, AccessRole, AccessSubject } from "../generated/prisma/enums";
import type { Actor } from "../policy/actor";
import { clock } from "../time/clock";
import { requestOrigin, type RequestOrigin } from "./client-address";

export interface AccessEntry {
  action: AccessAction;
  subjectType: AccessSubject;
  subjectId?: string | null;
  /** The child whose record this is (or is about): its guardians see the entry. */
  childId?: string | null;
  initiativeId?: string | null;
  /** Where the request came from; read from the current request when absent. */
  origin?: RequestOrigin;
}

/** A signed-in actor, or (sign-in) a user known by id and name, or nobody (unknown address). */
export type AccessActor = Actor | { userId: string; name: string } | null;

function who(actor: AccessActor) {
  if (!actor) return { actorUserId: null, actorName: null };
  return { actorUserId: actor.userId, actorName: actor.name };
}

/** On whose behalf: the organisation and role of the workspace, or PARENT in the personal one. */
function onBehalfOf(actor: AccessActor): {
  actingOrganisationId: string | null;
  actingOrganisationName: string | null;
  actingRole: AccessRole | null;
} {
  if (!actor || !("workspace" in actor))
    return { actingOrganisationId: null, actingOrganisationName: null, actingRole: null };
  const ws = actor.workspace;
  if (ws.kind === "PERSONAL") return { actingOrganisationId: null, actingOrganisationName: null, actingRole: "PARENT" };
  return { actingOrganisationId: ws.organisationId, actingOrganisationName: ws.organisationName, actingRole: ws.role };
}

export async function recordAccess(tx: Tx, actor: AccessActor, entry: AccessEntry): Promise<void> {
  const { origin = await requestOrigin(), ...what } = entry;
  await tx.accessLogEntry.create({
    data: {
      at: clock.now(),
      ...who(actor),
      ...onBehalfOf(actor),
      action: what.action,
      subjectType: what.subjectType,
      subjectId: what.subjectId ?? null,
      childId: what.childId ?? null,
      initiativeId: what.initiativeId ?? null,
      clientAddress: origin.clientAddress,
      userAgent: origin.userAgent,
    },
  });
}

/** Several accesses of one request (a list of children): the origin is read once. */
export async function recordAccesses(tx: Tx, actor: AccessActor, entries: AccessEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const origin = await requestOrigin();
  for (const entry of entries) await recordAccess(tx, actor, { origin, ...entry });
}
