// Creating notifications, inside the transaction of the change that causes them. E-mail goes
// out after the commit (sendImmediateEmails) or in the daily digest, per the user's choice.
import type { Tx } from "../db/create-client";
import type { NotificationKind, Prisma } from "../generated/prisma/client";
import { memberRolesGranting } from "../policy/permissions";

export interface NotificationMessage {
  /** Key under notifications.* in messages/<locale>.json. */
  key: string;
  values: Record<string, string>;
}

export interface NewNotification {
  kind: NotificationKind;
  message: NotificationMessage;
  /** Path inside the app, e.g. /initiatieven/<id>/stappen/<stepId>. */
  link: string;
  initiativeId?: string;
}

/** The people who act for these organisations ("organisation.act": beheerders and medewerkers; readers only read). */
export async function organisationPeople(tx: Tx, organisationIds: readonly string[]): Promise<string[]> {
  if (organisationIds.length === 0) return [];
  const members = await tx.membership.findMany({
    where: {
      organisationId: { in: [...organisationIds] },
      role: { in: memberRolesGranting("organisation.act") },
      user: { active: true },
    },
    select: { userId: true },
  });
  return [...new Set(members.map((m) => m.userId))];
}

/** Users behind an owner: the person, or the people of the organisation. */
export async function recipientsFor(
  tx: Tx,
  owner: { userId?: string | null; organisationId?: string | null },
): Promise<string[]> {
  if (owner.userId) return [owner.userId];
  return owner.organisationId ? organisationPeople(tx, [owner.organisationId]) : [];
}

/**
 * One notification per recipient, never to the person who caused it. Returns the ids, to hand
 * to sendImmediateEmails once the transaction has committed.
 */
export async function notify(
  tx: Tx,
  actorUserId: string | null,
  userIds: string[],
  notification: NewNotification,
): Promise<string[]> {
  const recipients = [...new Set(userIds)].filter((id) => id !== actorUserId);
  const ids: string[] = [];
  for (const userId of recipients) {
    const created = await tx.notification.create({
      data: {
        userId,
        kind: notification.kind,
        message: notification.message as unknown as Prisma.InputJsonValue,
        link: notification.link,
        initiativeId: notification.initiativeId ?? null,
      },
      select: { id: true },
    });
    ids.push(created.id);
  }
  return ids;
}
