import "server-only";
import type { z } from "zod";
import type { Db } from "../db/create-client";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../policy/actor";
import { NotFoundError } from "../policy/errors";
import { NOTIFICATION_KINDS, ZEmailPreferences, ZMarkRead } from "./schemas";
import { clock } from "../time/clock";

export { ZEmailPreferences, ZMarkRead };

/** Reading is not a change to shared data, so it writes no audit event. */
export async function markRead(db: Db, actor: Actor, input: z.output<typeof ZMarkRead>, now = clock.now()) {
  const { count } = await db.notification.updateMany({
    where: { id: input.notificationId, userId: actor.userId, readAt: null },
    data: { readAt: now },
  });
  if (
    count === 0 &&
    !(await db.notification.findFirst({
      where: { id: input.notificationId, userId: actor.userId },
      select: { id: true },
    }))
  ) {
    throw new NotFoundError("notification");
  }
  return { read: true };
}

export async function markAllRead(db: Db, actor: Actor, now = clock.now()) {
  const { count } = await db.notification.updateMany({
    where: { userId: actor.userId, readAt: null },
    data: { readAt: now },
  });
  return { count };
}

export async function setEmailPreferences(db: Db, actor: Actor, input: z.output<typeof ZEmailPreferences>) {
  return db.$transaction(async (tx) => {
    for (const kind of NOTIFICATION_KINDS) {
      await tx.notificationPreference.upsert({
        where: { userId_kind: { userId: actor.userId, kind } },
        create: { userId: actor.userId, kind, email: input[kind] },
        update: { email: input[kind] },
      });
    }
    await recordAudit(tx, actor, {
      action: "user.notification_preferences_changed",
      entityType: "User",
      entityId: actor.userId,
      summary: input,
    });
    return input;
  });
}
