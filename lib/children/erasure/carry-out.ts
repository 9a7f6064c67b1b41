// Carrying out erasure requests whose confirmation period has passed (npm run erasure:run, and
// the retention job). Per child, in one transaction: its documents, care, consents, mandates
// and guardians are deleted and the Child row becomes a tombstone: a pseudonym for a name, every
// detail blanked, erasedAt set. The tombstone's id is the pseudonymous reference the append-only
// access log and audit already hold (they never held names), and the arrangement approvals
// given for the child keep pointing at it. Notifications the platform wrote naming the child
// get the pseudonym instead. Idempotent: a request is claimed by stamping carriedOutAt, so a
// second run, or two runs at once, erase nothing twice.
import type { Db, Tx } from "../../db/create-client";
import type { Prisma } from "../../generated/prisma/client";
import { recordAudit } from "../../audit/record-audit";
import { fileStorage } from "../../files/storage";
import type { NotificationMessage } from "../../notifications/notify";
import { clock } from "../../time/clock";
import { childPseudonym } from "./pseudonym";

/** Every detail of a child, as an erased child has it. */
function tombstone(childId: string, now: Date) {
  return {
    displayName: childPseudonym(childId),
    birthYear: 0,
    schoolId: null,
    enrolledOn: null,
    tlvStatus: null,
    tlvCategory: null,
    tlvFrom: null,
    tlvTo: null,
    tlvDecidedOn: null,
    oppPresent: false,
    oppEvaluatedOn: null,
    oppDeviatesFromTeachingTime: false,
    oppDeviationReason: "",
    erasedAt: now,
  } satisfies Prisma.ChildUncheckedUpdateInput;
}

async function pseudonymiseNotifications(tx: Tx, childId: string): Promise<number> {
  const rows = await tx.notification.findMany({
    where: { message: { path: ["values", "childId"], equals: childId } },
    select: { id: true, message: true },
  });
  for (const row of rows) {
    const message = row.message as unknown as NotificationMessage;
    const values = { ...message.values, child: childPseudonym(childId) };
    await tx.notification.update({
      where: { id: row.id },
      data: { message: { ...message, values } as unknown as Prisma.InputJsonValue },
    });
  }
  return rows.length;
}

/** Erases one child whose request is due; false when it is not (any more): cancelled, done, not yet due. */
async function eraseDue(db: Db, requestId: string, now: Date): Promise<{ erased: boolean; storageKeys: string[] }> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.childErasureRequest.updateMany({
      where: { id: requestId, cancelledAt: null, carriedOutAt: null, effectiveAfter: { lte: now } },
      data: { carriedOutAt: now },
    });
    if (count !== 1) return { erased: false, storageKeys: [] };
    const { childId } = await tx.childErasureRequest.findUniqueOrThrow({ where: { id: requestId } });
    const child = await tx.child.findUniqueOrThrow({ where: { id: childId }, select: { initiativeId: true } });
    const documents = await tx.childDocument.findMany({ where: { childId }, select: { storageKey: true } });
    const removed = {
      documents: (await tx.childDocument.deleteMany({ where: { childId } })).count,
      care: (await tx.childCare.deleteMany({ where: { childId } })).count,
      consents: (await tx.childConsent.deleteMany({ where: { childId } })).count,
      mandates: (await tx.guardianMandate.deleteMany({ where: { childId } })).count,
      guardians: (await tx.childGuardian.deleteMany({ where: { childId } })).count,
    };
    await tx.child.update({ where: { id: childId }, data: { ...tombstone(childId, now), version: { increment: 1 } } });
    const notifications = await pseudonymiseNotifications(tx, childId);
    await recordAudit(tx, null, {
      action: "child.erased",
      entityType: "Child",
      entityId: childId,
      summary: { requestId, initiativeId: child.initiativeId, ...removed, notifications },
    });
    return { erased: true, storageKeys: documents.map((d) => d.storageKey) };
  });
}

/** Carries out every request due at `now`; returns how many children were erased. */
export async function carryOutDueErasures(db: Db, now = clock.now()): Promise<number> {
  const due = await db.childErasureRequest.findMany({
    where: { cancelledAt: null, carriedOutAt: null, effectiveAfter: { lte: now } },
    select: { id: true },
    orderBy: { effectiveAfter: "asc" },
  });
  let erased = 0;
  const storage = fileStorage();
  for (const { id } of due) {
    const result = await eraseDue(db, id, now);
    if (!result.erased) continue;
    erased++;
    // The rows are gone with the commit; the bytes follow (a failure leaves an unreachable file, logged).
    for (const key of result.storageKeys)
      await storage
        .delete(key)
        .catch((error: unknown) => console.error("could not remove bytes of an erased child's document", key, error));
  }
  return erased;
}
