import type { z } from "zod";
import type { Db } from "../db/create-client";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../policy/actor";
import { ZSetLocale } from "./schemas";

export { ZSetLocale };

export async function setPreferredLocale(db: Db, actor: Actor, input: z.output<typeof ZSetLocale>) {
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { locale: input.locale } });
    await recordAudit(tx, actor, {
      action: "user.locale_changed",
      entityType: "User",
      entityId: actor.userId,
      summary: { locale: input.locale },
    });
    return input;
  });
}
