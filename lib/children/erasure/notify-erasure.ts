// Who hears of a request to erase a child's record, inside the request's transaction (e-mail
// follows after the commit). The initiative's founders (the person who started it and the
// people of founding organisations) are told without the child's name: they see children only
// as numbers. The organisations that hold the guardians' consent for the child, the other
// guardians and the parents holding a mandate for it know the child, so their message names it; the message carries the child's id so
// the erasure can replace the name with the pseudonym later (carry-out.ts). No health details.
import type { Tx } from "../../db/create-client";
import { notify, organisationPeople } from "../../notifications/notify";
import { ACTIVE_PARTICIPANT } from "../../policy/initiative-access";
import { amsterdamDate } from "../../time/amsterdam";
import { consentDay } from "../child-access";

export async function notifyErasureRequested(
  tx: Tx,
  actorUserId: string,
  child: { id: string; initiativeId: string; displayName: string },
  effectiveAfter: Date,
  now: Date,
): Promise<string[]> {
  const initiative = await tx.initiative.findUniqueOrThrow({
    where: { id: child.initiativeId },
    select: {
      id: true,
      name: true,
      createdBy: { select: { id: true, active: true } },
      participants: { where: { role: "INITIATIEFNEMER", organisationId: { not: null }, ...ACTIVE_PARTICIPANT } },
    },
  });
  const consents = await tx.childConsent.findMany({
    where: {
      childId: child.id,
      withdrawnAt: null,
      OR: [{ endsOn: null }, { endsOn: { gte: consentDay(now) } }],
      organisation: { participations: { some: { initiativeId: initiative.id, ...ACTIVE_PARTICIPANT } } },
    },
    select: { organisationId: true },
  });
  const guardians = await tx.childGuardian.findMany({
    where: { childId: child.id, status: "CONFIRMED", user: { active: true } },
    select: { userId: true },
  });
  const mandated = await tx.guardianMandate.findMany({
    where: { childId: child.id, revokedAt: null, toUser: { active: true } },
    select: { toUserId: true },
  });
  const knowing = new Set([
    ...(await organisationPeople(tx, [...new Set(consents.map((c) => c.organisationId))])),
    ...guardians.map((g) => g.userId),
    ...mandated.map((m) => m.toUserId),
  ]);
  const founders = [
    ...(initiative.createdBy.active ? [initiative.createdBy.id] : []),
    ...(await organisationPeople(
      tx,
      initiative.participants.flatMap((p) => (p.organisationId ? [p.organisationId] : [])),
    )),
  ].filter((id) => !knowing.has(id));
  const values = { initiative: initiative.name, date: amsterdamDate(effectiveAfter) };
  const link = `/initiatieven/${initiative.id}/kinderen`;
  const named = await notify(tx, actorUserId, [...knowing], {
    kind: "CHILD_ERASURE",
    message: { key: "childErasureRequested", values: { ...values, child: child.displayName, childId: child.id } },
    link,
    initiativeId: initiative.id,
  });
  const unnamed = await notify(tx, actorUserId, founders, {
    kind: "CHILD_ERASURE",
    message: { key: "childErasureRequestedFounder", values },
    link,
    initiativeId: initiative.id,
  });
  return [...named, ...unnamed];
}
