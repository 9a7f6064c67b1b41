// Real SMTP through nodemailer. Development and tests point SMTP_URL at the local catcher
// (scripts/mail-catcher.ts); production at the organisation's mail relay.
import nodemailer, { type Transporter } from "nodemailer";
import { appConfig } from "../config/app-config";

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
}

export async function sendMail(mail: OutgoingMail): Promise<void> {
  await transport().sendMail({
    from: appConfig().mailFrom,
    ...mail,
  });
}
