// Starting an initiative: a parent (personal workspace), a school or an ouderinitiatief records
// the beeld op hoofdlijnen; the initiative gets the current stappenplan and its first participant.
import type { Db, Tx } from "../db/create-client";
import type { ParticipantRole } from "../generated/prisma/enums";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../policy/actor";
import { can } from "../policy/can";
import { FieldError, ForbiddenError } from "../policy/errors";
import { syncSteps } from "../stappenplan/sync-steps";
import { CURRENT_TEMPLATE_VERSION, ensureTemplates, templateVersion } from "../stappenplan/templates";
import type { TStartInitiative } from "./start-schemas";

async function resolvePlace(tx: Tx, actor: Actor, input: TStartInitiative) {
  const gemeente = await tx.organisation.findFirst({
    where: { id: input.gemeenteId, kind: "GEMEENTE" },
    select: { id: true, coveredBySwv: { select: { swvId: true } } },
  });
  if (!gemeente) throw new FieldError("gemeenteId", "chooseGemeente");
  const ws = actor.workspace;
  // A school starts an initiative in its own building.
  const hostSchoolId =
    ws.kind === "ORGANISATION" && ws.organisationKind === "SCHOOL" ? ws.organisationId : input.hostSchoolId;
  if (hostSchoolId) {
    const school = await tx.organisation.findFirst({
      where: { id: hostSchoolId, kind: "SCHOOL" },
      select: { gemeenteId: true },
    });
    if (!school) throw new FieldError("hostSchoolId", "invalid");
    if (school.gemeenteId && school.gemeenteId !== gemeente.id)
      throw new FieldError("hostSchoolId", "schoolNotInGemeente");
  }
  const swvIds = gemeente.coveredBySwv.map((c) => c.swvId);
  let swvId: string | undefined;
  if (input.swvId) {
    if (!swvIds.includes(input.swvId)) throw new FieldError("swvId", "swvNotForGemeente");
    swvId = input.swvId;
  } else if (swvIds.length === 1) {
    swvId = swvIds[0];
  } else if (swvIds.length > 1) {
    throw new FieldError("swvId", "chooseSwv");
  }
  return { gemeenteId: gemeente.id, hostSchoolId, swvId };
}

function firstParticipant(actor: Actor): { organisationId?: string; userId?: string; role: ParticipantRole } {
  const ws = actor.workspace;
  if (ws.kind === "PERSONAL") return { userId: actor.userId, role: "OUDER" };
  return { organisationId: ws.organisationId, role: ws.organisationKind === "SCHOOL" ? "SCHOOL" : "INITIATIEFNEMER" };
}

export async function startInitiative(db: Db, actor: Actor, input: TStartInitiative) {
  if (!can(actor, "initiative.start")) throw new ForbiddenError("initiative.start");
  return db.$transaction(async (tx) => {
    const place = await resolvePlace(tx, actor, input);
    await ensureTemplates(tx);
    const initiative = await tx.initiative.create({
      data: {
        name: input.name,
        summary: input.motivation,
        doelgroep: input.doelgroep,
        motivation: input.motivation,
        needs: input.needs,
        hostSchoolId: place.hostSchoolId,
        swvId: place.swvId,
        templateVersion: CURRENT_TEMPLATE_VERSION,
        createdById: actor.userId,
        gemeenten: { create: [{ gemeenteId: place.gemeenteId }] },
        participants: { create: [firstParticipant(actor)] },
      },
      select: { id: true, name: true },
    });
    await syncSteps(tx, initiative.id, templateVersion(CURRENT_TEMPLATE_VERSION), { scenario: null, careOption: null });
    await recordAudit(tx, actor, {
      initiativeId: initiative.id,
      action: "initiative.started",
      entityType: "Initiative",
      entityId: initiative.id,
      summary: {
        gemeenteId: place.gemeenteId,
        hostSchoolId: place.hostSchoolId ?? null,
        swvId: place.swvId ?? null,
        templateVersion: CURRENT_TEMPLATE_VERSION,
      },
    });
    return initiative;
  });
}
