// Adding a child to an initiative, by a parent in the personal workspace. The parent becomes its
// guardian at once when already a confirmed guardian here, or as the founding parent for the
// first child; anyone else's guardianship waits until a confirmed guardian confirms it
// (guardians.ts: confirmGuardian). Audit events of children stay off the initiative's shared
// timeline (no initiativeId) and never copy names or free text.
import type { Db } from "../db/create-client";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../policy/actor";
import { ForbiddenError, NotFoundError } from "../policy/errors";
import { visibleInitiativesWhere } from "../policy/initiative-access";
import { activeParentParticipation, inOtherRole, isConfirmedGuardianIn, isFoundingParent } from "./guardianship";
import type { TAddChild } from "./schemas";
import { clock } from "../time/clock";

export async function addChild(db: Db, actor: Actor, input: TAddChild, now = clock.now()) {
  return db.$transaction(async (tx) => {
    const initiative = await tx.initiative.findFirst({
      where: { AND: [{ id: input.initiativeId }, visibleInitiativesWhere(actor)] },
      select: { id: true, createdById: true },
    });
    if (!initiative) throw new NotFoundError("initiative");
    // Only parents add children, and only in their personal workspace (never for an organisation).
    const participation =
      actor.workspace.kind === "PERSONAL" ? await activeParentParticipation(tx, initiative.id, actor.userId) : null;
    // Someone there for an organisation (e.g. a care provider's invitee) never speaks for the parents.
    if (!participation || (await inOtherRole(tx, initiative.id, actor.userId))) throw new ForbiddenError("child.add");
    const confirmed =
      (await isConfirmedGuardianIn(tx, initiative.id, actor.userId)) ||
      (await isFoundingParent(tx, initiative, participation, actor.userId));
    const child = await tx.child.create({
      data: {
        initiativeId: initiative.id,
        displayName: input.displayName,
        birthYear: input.birthYear,
        createdById: actor.userId,
        guardians: {
          create: {
            userId: actor.userId,
            status: confirmed ? "CONFIRMED" : "INVITED",
            invitedById: confirmed ? null : actor.userId,
            confirmedById: confirmed ? actor.userId : null,
            confirmedAt: confirmed ? now : null,
          },
        },
      },
      select: { id: true, version: true },
    });
    await recordAudit(tx, actor, {
      action: "child.added",
      entityType: "Child",
      entityId: child.id,
      summary: { initiativeId: initiative.id, guardianStatus: confirmed ? "CONFIRMED" : "INVITED" },
    });
    return { childId: child.id, version: child.version, guardianConfirmed: confirmed };
  });
}
