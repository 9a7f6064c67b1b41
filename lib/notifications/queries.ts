// The signed-in user's own notifications. Scoped by user id only: nobody reads another's inbox.
import "server-only";
import type { Tx } from "../db/create-client";
import type { Actor } from "../policy/actor";
import { NOTIFICATION_KINDS } from "./schemas";

export { NOTIFICATION_KINDS };
export const INBOX_PAGE_SIZE = 30;

export function unreadCount(db: Tx, actor: Actor): Promise<number> {
  return db.notification.count({ where: { userId: actor.userId, readAt: null } });
}

export async function listNotifications(db: Tx, actor: Actor, page = 1) {
  const safePage = Number.isInteger(page) && page > 0 ? page : 1;
  const where = { userId: actor.userId };
  const [items, total] = await Promise.all([
    db.notification.findMany({
      where,
      select: { id: true, kind: true, message: true, link: true, readAt: true, createdAt: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: INBOX_PAGE_SIZE,
      skip: (safePage - 1) * INBOX_PAGE_SIZE,
    }),
    db.notification.count({ where }),
  ]);
  return { items, total, page: safePage, pageCount: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)) };
}

export async function emailPreferences(db: Tx, actor: Actor) {
  const saved = await db.notificationPreference.findMany({ where: { userId: actor.userId } });
  return NOTIFICATION_KINDS.map((kind) => ({
    kind,
    email: saved.find((p) => p.kind === kind)?.email ?? ("IMMEDIATE" as const),
  }));
}
