// Seeds the demo children (demo-children.ts) with their guardians, care and consents. Like the
// rest of the demo seed it creates what is missing and never changes what exists, so a second
// run leaves everything (including changes made while trying the demo) alone.
import type { PrismaClient } from "../generated/prisma/client";
import { dateOnlyValue } from "../time/date-only";
import { clock } from "../time/clock";
import { CHILDREN, type DemoChild } from "./demo-children";

const day = (iso: string | undefined) => (iso ? dateOnlyValue(iso) : null);
const DAY_MS = 24 * 60 * 60 * 1000;

function childData(c: DemoChild) {
  return {
    id: c.id,
    initiativeId: c.initiativeId,
    displayName: c.displayName,
    birthYear: c.birthYear,
    fictitious: true,
    schoolId: c.schoolId ?? null,
    enrolledOn: day(c.enrolledOn),
    tlvStatus: c.tlvStatus ?? null,
    tlvCategory: c.tlvCategory ?? null,
    tlvFrom: day(c.tlvFrom),
    tlvTo: day(c.tlvTo),
    tlvDecidedOn: day(c.tlvDecidedOn),
    oppPresent: c.oppPresent ?? false,
    oppEvaluatedOn: day(c.oppEvaluatedOn),
    oppDeviatesFromTeachingTime: c.oppDeviatesFromTeachingTime ?? false,
    oppDeviationReason: c.oppDeviationReason ?? "",
    createdById: c.guardianUserIds[0]!,
  };
}

/** Returns the number of children created (0 when all existed). */
export async function seedDemoChildren(db: PrismaClient): Promise<number> {
  const existing = new Set(
    (await db.child.findMany({ where: { id: { in: CHILDREN.map((c) => c.id) } }, select: { id: true } })).map(
      (c) => c.id,
    ),
  );
  const missing = CHILDREN.filter((c) => !existing.has(c.id));
  if (missing.length === 0) return 0;
  const now = clock.now();
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);

  await db.$transaction(async (tx) => {
    for (const c of missing) {
      await tx.child.create({ data: childData(c) });
      for (const userId of c.guardianUserIds) {
        await tx.childGuardian.create({
          data: {
            childId: c.id,
            userId,
            status: "CONFIRMED",
            invitedById: userId === c.confirmedById ? userId : c.confirmedById,
            confirmedById: c.confirmedById,
            confirmedAt: ago(60),
          },
        });
      }
      for (const care of c.care) {
        await tx.childCare.create({
          data: {
            id: care.id,
            childId: c.id,
            fundingStream: care.fundingStream,
            status: care.status,
            periodStart: day(care.periodStart),
            periodEnd: day(care.periodEnd),
            hoursPerWeekHundredths: care.hoursPerWeekHundredths ?? null,
            budgetCentsPerYear: care.budgetCentsPerYear ?? null,
            providerOrganisationId: care.providerOrganisationId ?? null,
          },
        });
      }
      for (const consent of c.consents) {
        const givenById = c.guardianUserIds[0]!;
        await tx.childConsent.create({
          data: {
            id: consent.id,
            childId: c.id,
            organisationId: consent.organisationId,
            scope: consent.scope,
            endsOn: day(consent.endsOn),
            givenById,
            createdAt: ago(consent.givenDaysAgo),
            withdrawnAt: consent.withdrawnDaysAgo === undefined ? null : ago(consent.withdrawnDaysAgo),
            withdrawnById: consent.withdrawnDaysAgo === undefined ? null : givenById,
          },
        });
      }
    }
    await tx.auditEvent.create({
      data: {
        actorUserId: null,
        actingOrganisationId: null,
        action: "seed.demo_children",
        entityType: "Seed",
        entityId: "demo",
        summary: { children: missing.map((c) => c.id) },
      },
    });
  });
  return missing.length;
}
