// Real SMTP through nodemailer. Development and tests point SMTP_URL at the local catcher
// (scripts/mail-catcher.ts); production at the organisation's mail relay.
import nodemailer, { type Transporter } from "nodemailer";

export const DEFAULT_SMTP_URL = "smtp://127.0.0.1:1025";

const globalForMail = globalThis as unknown as { __mailTransports?: Map<string, Transporter> };

/** One pooled transport per SMTP address, reused across requests. */
function transport(): Transporter {
  const url = process.env.SMTP_URL ?? DEFAULT_SMTP_URL;
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
    from: process.env.MAIL_FROM ?? "Samen naar School <noreply@samennaarschool.test>",
    ...mail,
  });
}
