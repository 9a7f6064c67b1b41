import { z } from "zod";
import type { Db } from "../db/create-client";
import { recordAudit } from "../audit/record-audit";
import { LOCALES } from "../i18n/config";
import type { Actor } from "../policy/actor";

export const ZSetLocale = z.object({ locale: z.enum(LOCALES, { error: "invalid" }) });

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
