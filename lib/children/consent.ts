// Consent of a guardian, per organisation and scope. Rows are never deleted: withdrawal stamps
// withdrawnAt, so the guardians see the full history. Both take effect on the next request,
// because every read checks the consent again (child-access.ts).
import type { Db } from "../db/create-client";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../policy/actor";
import { ConflictError, FieldError, NotFoundError } from "../policy/errors";
import { ACTIVE_PARTICIPANT } from "../policy/initiative-access";
import { activeConsentWhere } from "./child-access";
import { loadGuardedChild } from "./load-child";
import type { TGiveConsent } from "./schemas";
import { clock } from "../time/clock";

export async function giveConsent(db: Db, actor: Actor, input: TGiveConsent, now = clock.now()) {
  return db.$transaction(async (tx) => {
    const child = await loadGuardedChild(tx, actor, input.childId, now, "consent.give");
    const participating = await tx.initiativeParticipant.findFirst({
      where: { initiativeId: child.initiativeId, organisationId: input.organisationId, ...ACTIVE_PARTICIPANT },
      select: { id: true },
    });
    if (!participating) throw new FieldError("organisationId", "consentOrganisationNotParticipant");
    const holding = await tx.childConsent.findMany({
      where: { childId: child.id, ...activeConsentWhere(input.organisationId, now) },
      select: { scope: true },
    });
    const scopes = input.scopes.filter((s) => !holding.some((h) => h.scope === s));
    if (scopes.length === 0) throw new FieldError("scopes", "consentAlreadyGiven");
    const created = await tx.childConsent.createManyAndReturn({
      data: scopes.map((scope) => ({
        childId: child.id,
        organisationId: input.organisationId,
        scope,
        endsOn: input.endsOn,
        givenById: actor.userId,
      })),
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "child_consent.given",
      entityType: "Child",
      entityId: child.id,
      summary: {
        organisationId: input.organisationId,
        scopes,
        endsOn: input.endsOn ? input.endsOn.toISOString().slice(0, 10) : null,
        consentIds: created.map((c) => c.id),
      },
    });
    return { consentIds: created.map((c) => c.id), scopes };
  });
}

export async function withdrawConsent(db: Db, actor: Actor, input: { consentId: string }, now = clock.now()) {
  return db.$transaction(async (tx) => {
    const consent = await tx.childConsent.findUnique({
      where: { id: input.consentId },
      select: { id: true, childId: true, organisationId: true, scope: true, withdrawnAt: true },
    });
    if (!consent) throw new NotFoundError("consent");
    const child = await loadGuardedChild(tx, actor, consent.childId, now, "consent.withdraw");
    const { count } = await tx.childConsent.updateMany({
      where: { id: consent.id, withdrawnAt: null },
      data: { withdrawnAt: now, withdrawnById: actor.userId },
    });
    if (count !== 1) throw new ConflictError({ withdrawnAt: consent.withdrawnAt });
    await recordAudit(tx, actor, {
      action: "child_consent.withdrawn",
      entityType: "Child",
      entityId: child.id,
      summary: { consentId: consent.id, organisationId: consent.organisationId, scope: consent.scope },
    });
    return { consentId: consent.id };
  });
}
