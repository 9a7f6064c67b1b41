// A guardian records what is decided for the child: enrolment, TLV, OPP, and care per funding
// stream. Optimistic versions make concurrent edits a conflict; the audit event names the
// changed fields and the new version, never their values.
import type { Db } from "../db/create-client";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../policy/actor";
import { ConflictError, FieldError, NotFoundError } from "../policy/errors";
import { loadGuardedChild } from "./load-child";
import type { TSaveCare, TUpdateChild } from "./schemas";
import { clock } from "../time/clock";

const CHILD_FIELDS = [
  "displayName",
  "birthYear",
  "schoolId",
  "enrolledOn",
  "tlvStatus",
  "tlvCategory",
  "tlvFrom",
  "tlvTo",
  "tlvDecidedOn",
  "oppPresent",
  "oppEvaluatedOn",
  "oppDeviatesFromTeachingTime",
  "oppDeviationReason",
] as const;

const same = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;

export async function updateChild(db: Db, actor: Actor, input: TUpdateChild, now = clock.now()) {
  return db.$transaction(async (tx) => {
    const child = await loadGuardedChild(tx, actor, input.childId, now, "child.edit");
    const current = await tx.child.findUniqueOrThrow({ where: { id: child.id } });
    if (current.version !== input.version) throw new ConflictError({ version: current.version });
    if (input.schoolId) {
      const school = await tx.organisation.findFirst({ where: { id: input.schoolId, kind: "SCHOOL" } });
      if (!school) throw new FieldError("schoolId", "chooseSchool");
    }
    const data = {
      displayName: input.displayName,
      birthYear: input.birthYear,
      schoolId: input.schoolId || null,
      enrolledOn: input.enrolledOn,
      tlvStatus: input.tlvStatus,
      tlvCategory: input.tlvCategory,
      tlvFrom: input.tlvFrom,
      tlvTo: input.tlvTo,
      tlvDecidedOn: input.tlvDecidedOn,
      oppPresent: input.oppPresent,
      oppEvaluatedOn: input.oppEvaluatedOn,
      oppDeviatesFromTeachingTime: input.oppDeviatesFromTeachingTime,
      oppDeviationReason: input.oppDeviatesFromTeachingTime ? input.oppDeviationReason : "",
    };
    const changed = CHILD_FIELDS.filter((f) => !same(current[f], data[f]));
    if (changed.length === 0)
      return { childId: child.id, initiativeId: child.initiativeId, version: current.version, changed };
    const { count } = await tx.child.updateMany({
      where: { id: child.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count !== 1) throw new ConflictError({ version: current.version });
    await recordAudit(tx, actor, {
      action: "child.updated",
      entityType: "Child",
      entityId: child.id,
      summary: { changed, version: input.version + 1 },
    });
    return { childId: child.id, initiativeId: child.initiativeId, version: input.version + 1, changed };
  });
}

const CARE_FIELDS = [
  "fundingStream",
  "status",
  "periodStart",
  "periodEnd",
  "hoursPerWeekHundredths",
  "budgetCentsPerYear",
  "providerOrganisationId",
] as const;

/** Adds a care indication (no careId) or changes one (careId + version). */
export async function saveCare(db: Db, actor: Actor, input: TSaveCare, now = clock.now()) {
  return db.$transaction(async (tx) => {
    const child = await loadGuardedChild(tx, actor, input.childId, now, "child.edit");
    if (input.providerOrganisationId) {
      const provider = await tx.organisation.findUnique({ where: { id: input.providerOrganisationId } });
      if (!provider) throw new FieldError("providerOrganisationId", "chooseProvider");
    }
    const data = {
      fundingStream: input.fundingStream,
      status: input.status,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      hoursPerWeekHundredths: input.hoursPerWeekHundredths,
      budgetCentsPerYear: input.budgetCentsPerYear,
      providerOrganisationId: input.providerOrganisationId || null,
    };
    if (!input.careId) {
      const created = await tx.childCare.create({ data: { childId: child.id, ...data }, select: { id: true } });
      await recordAudit(tx, actor, {
        action: "child_care.added",
        entityType: "Child",
        entityId: child.id,
        summary: { careId: created.id, fundingStream: data.fundingStream, status: data.status },
      });
      return { careId: created.id, initiativeId: child.initiativeId, version: 1 };
    }
    const current = await tx.childCare.findFirst({ where: { id: input.careId, childId: child.id } });
    if (!current) throw new NotFoundError("care");
    if (current.version !== input.version) throw new ConflictError({ version: current.version });
    const changed = CARE_FIELDS.filter((f) => !same(current[f], data[f]));
    const { count } = await tx.childCare.updateMany({
      where: { id: current.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count !== 1) throw new ConflictError({ version: current.version });
    await recordAudit(tx, actor, {
      action: "child_care.updated",
      entityType: "Child",
      entityId: child.id,
      summary: { careId: current.id, changed, version: input.version + 1 },
    });
    return { careId: current.id, initiativeId: child.initiativeId, version: input.version + 1 };
  });
}
