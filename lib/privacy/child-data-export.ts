// Everything the platform holds about one child, for its confirmed guardians (AVG art. 15 and 20):
// details, care, consents with their history, guardians, mandates, document metadata (never the
// bytes) and who looked (the access log). Anyone else, including an organisation that sees parts
// of the child with consent, is told the child does not exist (404), and nothing is logged.
import { recordAccess } from "../access-log/record-access";
import { loadGuardedChild } from "../children/load-child";
import type { Tx } from "../db/create-client";
import type { Actor } from "../policy/actor";
import type { GuardedChild } from "../policy/authorised";
import { ForbiddenError, NotFoundError } from "../policy/errors";
import { clock } from "../time/clock";
import type { DataExport } from "./data-export";

/** The guardian check: a child seen only with consent answers like one that does not exist. */
async function guardedChildOf(db: Tx, actor: Actor, initiativeId: string, childId: string): Promise<GuardedChild> {
  let child: GuardedChild;
  try {
    child = await loadGuardedChild(db, actor, childId, clock.now(), "child.export");
  } catch (error) {
    if (error instanceof ForbiddenError) throw new NotFoundError("child");
    throw error;
  }
  if (child.initiativeId !== initiativeId) throw new NotFoundError("child");
  return child;
}

export async function childDataExport(db: Tx, actor: Actor, initiativeId: string, childId: string) {
  const child = await guardedChildOf(db, actor, initiativeId, childId);
  const where = { childId: child.id };
  const details = await db.child.findUniqueOrThrow({
    where: { id: child.id },
    select: {
      id: true,
      displayName: true,
      birthYear: true,
      initiative: { select: { name: true } },
      school: { select: { name: true } },
      enrolledOn: true,
      tlvStatus: true,
      tlvCategory: true,
      tlvFrom: true,
      tlvTo: true,
      tlvDecidedOn: true,
      oppPresent: true,
      oppEvaluatedOn: true,
      oppDeviatesFromTeachingTime: true,
      oppDeviationReason: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  const care = await db.childCare.findMany({
    where,
    select: {
      fundingStream: true,
      status: true,
      periodStart: true,
      periodEnd: true,
      hoursPerWeekHundredths: true,
      budgetCentsPerYear: true,
      provider: { select: { name: true } },
      updatedAt: true,
    },
    orderBy: { createdAt: "asc" },
  });
  const consents = await db.childConsent.findMany({
    where,
    select: {
      organisation: { select: { name: true } },
      scope: true,
      endsOn: true,
      givenBy: { select: { name: true } },
      createdAt: true,
      withdrawnBy: { select: { name: true } },
      withdrawnAt: true,
    },
    orderBy: { createdAt: "asc" },
  });
  const guardians = await db.childGuardian.findMany({
    where,
    select: { user: { select: { name: true } }, status: true, confirmedAt: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  const mandates = await db.guardianMandate.findMany({
    where,
    select: {
      fromUser: { select: { name: true } },
      toUser: { select: { name: true } },
      createdAt: true,
      revokedAt: true,
    },
    orderBy: { createdAt: "asc" },
  });
  const documents = await db.childDocument.findMany({
    where,
    select: {
      fileName: true,
      contentType: true,
      scope: true,
      sizeBytes: true,
      uploadedBy: { select: { name: true } },
      createdAt: true,
    },
    orderBy: { createdAt: "asc" },
  });
  const accessLog = await db.accessLogEntry.findMany({
    where,
    select: {
      at: true,
      actorName: true,
      actingOrganisationName: true,
      actingRole: true,
      action: true,
      subjectType: true,
    },
    orderBy: { seq: "asc" },
  });

  await recordAccess(db, actor, {
    action: "EXPORT",
    subjectType: "CHILD",
    subjectId: child.id,
    childId: child.id,
    initiativeId: child.initiativeId,
  });

  const { initiative, school, ...rest } = details;
  return {
    kind: "CHILD" as const,
    subject: { id: child.id, name: details.displayName },
    generatedAt: clock.now(),
    sections: {
      child: [{ ...rest, initiative: initiative.name, school: school?.name ?? null }],
      care: care.map(({ provider, ...c }) => ({ ...c, provider: provider?.name ?? null })),
      consents: consents.map((c) => ({
        organisation: c.organisation.name,
        scope: c.scope,
        endsOn: c.endsOn,
        givenBy: c.givenBy.name,
        createdAt: c.createdAt,
        withdrawnBy: c.withdrawnBy?.name ?? null,
        withdrawnAt: c.withdrawnAt,
      })),
      guardians: guardians.map((g) => ({
        name: g.user.name,
        status: g.status,
        confirmedAt: g.confirmedAt,
        createdAt: g.createdAt,
      })),
      mandates: mandates.map((m) => ({
        from: m.fromUser.name,
        to: m.toUser.name,
        createdAt: m.createdAt,
        revokedAt: m.revokedAt,
      })),
      documents: documents.map(({ uploadedBy, ...d }) => ({ ...d, uploadedBy: uploadedBy.name })),
      accessLog: accessLog.map((e) => ({
        at: e.at,
        person: e.actorName,
        organisation: e.actingOrganisationName,
        role: e.actingRole,
        action: e.action,
        subject: e.subjectType,
      })),
    },
  } satisfies DataExport;
}
