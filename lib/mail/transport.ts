// Real SMTP through nodemailer. Development and tests point SMTP_URL at the local catcher
// (scripts/mail-catcher.ts); production at the organisation's mail relay.
import nodemailer, { type Transporter } from "nodemailer";
import { appConfig } from "../config/app-config";
import { getDb } from "../db/client";
import { admitMail, SYSTEM_SENDER } from "./rate-limit";

const globalForMail = globalThis as unknown as { __mailTransports?: Map<string, Transporter> };

/** One pooled transport per SMTP address, reused across requests. */
function transport(): Transporter {
  const url = appConfig().smtpUrl;
  globalForMail.__mailTransports ??= new Map();
  let t = globalForMail.__mailTransports.get(url);
  if (!t) {
    t = nodemailer.createTransport(url);
    globalForMail.__mailTransports.set(url, t);
  }
  return t;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /**
   * Who caused this mail, for the per-sender limit: a user id, `address:<ip>` for anonymous
   * requests, or "system" (the default) for the app's own notifications.
   */
  sentBy?: string;
}

/** Sends, unless a rate limit holds it back (then it is logged and dropped): "sent" or "dropped". */
export async function sendMail({ sentBy = SYSTEM_SENDER, ...mail }: OutgoingMail): Promise<"sent" | "dropped"> {
  if (!(await admitMail(await getDb(), mail.to, sentBy, appConfig().mailLimits))) {
    // No address in the log line: the count of drops per sender is what an operator needs.
    console.warn(`mail dropped: rate limit (sender ${sentBy.startsWith("address:") ? "anonymous" : sentBy})`);
    return "dropped";
  }
  await transport().sendMail({
    from: appConfig().mailFrom,
    ...mail,
  });
  return "sent";
}
