// A guardian removes a care indication entered by mistake or no longer relevant. Care rows are
// records of decisions, not consent history, so the row goes; the audit event keeps its id,
// funding stream and version (never amounts or names).
import type { Db } from "../db/create-client";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../policy/actor";
import { ConflictError, NotFoundError } from "../policy/errors";
import { loadGuardedChild } from "./load-child";
import type { TRemoveCare } from "./care-form";
import { clock } from "../time/clock";

export async function removeCare(db: Db, actor: Actor, input: TRemoveCare, now = clock.now()) {
  return db.$transaction(async (tx) => {
    const child = await loadGuardedChild(tx, actor, input.childId, now, "child.edit");
    const current = await tx.childCare.findFirst({
      where: { id: input.careId, childId: child.id },
      select: { id: true, version: true, fundingStream: true },
    });
    if (!current) throw new NotFoundError("care");
    const { count } = await tx.childCare.deleteMany({ where: { id: current.id, version: input.version } });
    if (count !== 1) throw new ConflictError({ version: current.version });
    await recordAudit(tx, actor, {
      action: "child_care.removed",
      entityType: "Child",
      entityId: child.id,
      summary: { careId: current.id, fundingStream: current.fundingStream, version: input.version },
    });
    return { childId: child.id, initiativeId: child.initiativeId, careId: current.id };
  });
}
