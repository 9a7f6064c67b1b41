// E-mail for notifications: right away for users who want that (the default), or one digest
// a day (scripts/notifications-digest.ts, run by a scheduler). Sending never blocks the change.
import type { Db } from "../db/create-client";
import type { NotificationKind } from "../generated/prisma/enums";
import { translatorFor, type Translate } from "../i18n/translator";
import { mailWithLink } from "../mail/layout";
import { sendMail } from "../mail/transport";
import { appBaseUrl } from "../config/app-config";
import type { NotificationMessage } from "./notify";
import { clock } from "../time/clock";

export function renderNotification(t: Translate, message: unknown): string {
  const m = message as NotificationMessage;
  try {
    return t(m.key, m.values);
  } catch {
    return t("fallback");
  }
}

async function emailModes(db: Db, userIds: string[]) {
  const prefs = await db.notificationPreference.findMany({ where: { userId: { in: userIds } } });
  return (userId: string, kind: NotificationKind) =>
    prefs.find((p) => p.userId === userId && p.kind === kind)?.email ?? "IMMEDIATE";
}

/** Sends the given notifications now to recipients who want immediate e-mail. */
export async function sendImmediateEmails(db: Db, notificationIds: string[], now = clock.now()): Promise<number> {
  if (notificationIds.length === 0) return 0;
  const notifications = await db.notification.findMany({
    where: { id: { in: notificationIds }, emailedAt: null },
    select: {
      id: true,
      kind: true,
      message: true,
      link: true,
      user: { select: { id: true, email: true, locale: true, active: true } },
    },
  });
  const modeOf = await emailModes(db, [...new Set(notifications.map((n) => n.user.id))]);
  let sent = 0;
  for (const n of notifications) {
    if (!n.user.active || modeOf(n.user.id, n.kind) !== "IMMEDIATE") continue;
    const t = translatorFor(n.user.locale, "notifications");
    const text = renderNotification(t, n.message);
    try {
      await sendMail({
        to: n.user.email,
        subject: text,
        ...mailWithLink({
          heading: t(`kind.${n.kind}`),
          body: text,
          linkLabel: t("open"),
          url: `${appBaseUrl()}${n.link}`,
          footer: t("footer"),
        }),
      });
      await db.notification.update({ where: { id: n.id }, data: { emailedAt: now } });
      sent++;
    } catch (error) {
      console.error("notification e-mail failed", error); // stays in the inbox; the digest does not retry immediate ones
    }
  }
  return sent;
}

/** One e-mail per user with everything of the last day they chose to receive as a digest. */
export async function sendDailyDigests(db: Db, now = clock.now()): Promise<number> {
  const digestPrefs = await db.notificationPreference.findMany({
    where: { email: "DAILY" },
    select: { userId: true, kind: true },
  });
  if (digestPrefs.length === 0) return 0;
  const pending = await db.notification.findMany({
    where: { emailedAt: null, OR: digestPrefs.map((p) => ({ userId: p.userId, kind: p.kind })) },
    select: {
      id: true,
      message: true,
      link: true,
      user: { select: { id: true, email: true, locale: true, active: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  const byUser = new Map<string, typeof pending>();
  for (const n of pending) if (n.user.active) byUser.set(n.user.id, [...(byUser.get(n.user.id) ?? []), n]);
  let sent = 0;
  for (const items of byUser.values()) {
    const user = items[0]!.user;
    const t = translatorFor(user.locale, "notifications");
    const lines = items.map((n) => `• ${renderNotification(t, n.message)}\n  ${appBaseUrl()}${n.link}`);
    const body = `${t("digestIntro", { count: String(items.length) })}\n\n${lines.join("\n")}`;
    await sendMail({
      to: user.email,
      subject: t("digestSubject", { count: String(items.length) }),
      ...mailWithLink({
        heading: t("digestSubject", { count: String(items.length) }),
        body,
        linkLabel: t("openInbox"),
        url: `${appBaseUrl()}/meldingen`,
        footer: t("footer"),
      }),
    });
    await db.notification.updateMany({ where: { id: { in: items.map((n) => n.id) } }, data: { emailedAt: now } });
    sent++;
  }
  return sent;
}
