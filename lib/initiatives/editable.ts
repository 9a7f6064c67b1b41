// The check every initiative mutation starts with: invisible → 404, visible but not yours to
// change → 403. Returns what the mutations need to know about the initiative, branded as an
// EditableInitiative (lib/policy/authorised.ts).
import type { Tx } from "../db/create-client";
import type { Actor } from "../policy/actor";
import { can } from "../policy/can";
import { markEditableInitiative } from "../policy/authorised";
import { ForbiddenError, NotFoundError } from "../policy/errors";
import { ACTIVE_PARTICIPANT, visibleInitiativesWhere } from "../policy/initiative-access";

export async function loadEditableInitiative(tx: Tx, actor: Actor, initiativeId: string) {
  const initiative = await tx.initiative.findFirst({
    where: { AND: [{ id: initiativeId }, visibleInitiativesWhere(actor)] },
    select: {
      id: true,
      name: true,
      phase: true,
      version: true,
      scenario: true,
      careOption: true,
      templateVersion: true,
      participants: {
        where: ACTIVE_PARTICIPANT,
        select: { organisationId: true, userId: true, status: true, role: true },
      },
      createdById: true,
    },
  });
  if (!initiative) throw new NotFoundError("initiative");
  if (!can(actor, "initiative.edit", initiative)) throw new ForbiddenError("initiative.edit");
  return markEditableInitiative(initiative);
}

export type EditableInitiative = Awaited<ReturnType<typeof loadEditableInitiative>>;
