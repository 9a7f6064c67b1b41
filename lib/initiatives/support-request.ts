// Asking the steunpunt for support: an initiative's editors write what they need; the
// steunpunt sees it on its dashboard until the question is withdrawn (answered or no longer
// needed). One open question per initiative: asking again replaces the text.
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db/create-client";
import type { Actor } from "../policy/actor";
import { loadEditableInitiative } from "./editable";
import { ZRequestSupport, ZWithdrawSupport } from "./support-schemas";
import { clock } from "../time/clock";

export { ZRequestSupport, ZWithdrawSupport };

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
      summary: {}, // the request's text stays on the initiative, out of the audit
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
