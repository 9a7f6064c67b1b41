// Outgoing mail is rate-limited per recipient and per sender (whoever caused it), per hour, so
// nobody can use the app to flood a mailbox (invitations, sign-in links) or send in bulk from
// one account or address. Over a limit the mail is dropped and logged, never reported to the
// person who caused it: their answer must not reveal anything about the recipient. The app's
// own notifications ("system") count towards the recipient's limit only.
import type { Tx } from "../db/create-client";
import { clock } from "../time/clock";

export const MAIL_WINDOW_MS = 60 * 60 * 1000;
export const SYSTEM_SENDER = "system";

export interface MailLimits {
  perRecipient: number;
  perSender: number;
}

/** Records the attempt; true when the mail may go out. */
export async function admitMail(
  db: Tx,
  recipient: string,
  sender: string,
  limits: MailLimits,
  now = clock.now(),
): Promise<boolean> {
  const since = new Date(now.getTime() - MAIL_WINDOW_MS);
  const to = recipient.trim().toLowerCase();
  const [toRecipient, fromSender] = await Promise.all([
    db.mailSendLog.count({ where: { recipient: to, delivered: true, createdAt: { gte: since } } }),
    sender === SYSTEM_SENDER
      ? Promise.resolve(0)
      : db.mailSendLog.count({ where: { sender, delivered: true, createdAt: { gte: since } } }),
  ]);
  const delivered = toRecipient < limits.perRecipient && fromSender < limits.perSender;
  await db.mailSendLog.create({ data: { recipient: to, sender, delivered, createdAt: now } });
  return delivered;
}
