// Asking the steunpunt for support: an initiative's editors write what they need; the
// steunpunt sees it on its dashboard until the question is withdrawn (answered or no longer
// needed). One open question per initiative: asking again replaces the text.
import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db/create-client";
import type { Actor } from "../policy/actor";
import { loadEditableInitiative } from "./editable";
import { clock } from "../time/clock";

const id = z.string().trim().min(1, { error: "required" }).max(64, { error: "invalid" });
export const ZRequestSupport = z.object({
  initiativeId: id,
  request: z.string().trim().min(10, { error: "supportRequestTooShort" }).max(2000, { error: "supportRequestTooLong" }),
});
export const ZWithdrawSupport = z.object({ initiativeId: id });

export async function requestSupport(db: Db, actor: Actor, input: z.infer<typeof ZRequestSupport>, now = clock.now()) {
  return db.$transaction(async (tx) => {
    const initiative = await loadEditableInitiative(tx, actor, input.initiativeId);
    await tx.initiative.update({
      where: { id: initiative.id },
      data: { supportRequestedAt: now, supportRequest: input.request },
    });
    await recordAudit(tx, actor, {
      initiativeId: initiative.id,
      action: "initiative.support_requested",
      entityType: "Initiative",
      entityId: initiative.id,
      summary: { request: input.request },
    });
    return { requestedAt: now };
  });
}

export async function withdrawSupport(db: Db, actor: Actor, input: z.infer<typeof ZWithdrawSupport>) {
  return db.$transaction(async (tx) => {
    const initiative = await loadEditableInitiative(tx, actor, input.initiativeId);
    const { count } = await tx.initiative.updateMany({
      where: { id: initiative.id, supportRequestedAt: { not: null } },
      data: { supportRequestedAt: null, supportRequest: null },
    });
    await recordAudit(tx, actor, {
      initiativeId: initiative.id,
      action: "initiative.support_withdrawn",
      entityType: "Initiative",
      entityId: initiative.id,
      summary: { hadRequest: count === 1 },
    });
    return { withdrawn: count === 1 };
  });
}
