// The check every child query and mutation starts with: a child whose details the actor may not
// see does not exist for it (404); a child it sees but may not change answers 403.
import type { Tx } from "../db/create-client";
import type { Actor } from "../policy/actor";
import { ForbiddenError, NotFoundError } from "../policy/errors";
import { markVisibleChild, type GuardedChild, type VisibleChild } from "../policy/authorised";
import { accessFrom, activeConsentWhere, detailVisibleChildrenWhere } from "./child-access";

export async function loadVisibleChild(tx: Tx, actor: Actor, childId: string, now: Date): Promise<VisibleChild> {
  const ws = actor.workspace;
  const child = await tx.child.findFirst({
    where: { AND: [{ id: childId }, detailVisibleChildrenWhere(actor, now)] },
    select: {
      id: true,
      initiativeId: true,
      guardians: { where: { userId: actor.userId }, select: { userId: true, status: true } },
      consents: {
        where: ws.kind === "ORGANISATION" ? activeConsentWhere(ws.organisationId, now) : { id: { in: [] } },
        select: { organisationId: true, scope: true },
      },
    },
  });
  const access = child && accessFrom(actor, child);
  if (!child || !access) throw new NotFoundError("child");
  return markVisibleChild({ id: child.id, initiativeId: child.initiativeId, access });
}

/** Only a confirmed guardian, in the personal workspace, changes a child or speaks for it. */
export function requireGuardian(child: VisibleChild, what: string): GuardedChild {
  if (child.access.kind !== "GUARDIAN") throw new ForbiddenError(what);
  return child as GuardedChild;
}

export async function loadGuardedChild(tx: Tx, actor: Actor, childId: string, now: Date, what: string) {
  return requireGuardian(await loadVisibleChild(tx, actor, childId, now), what);
}
