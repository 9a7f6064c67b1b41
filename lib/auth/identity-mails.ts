import "server-only";
import { appBaseUrl } from "../config/app-config";
import { translatorFor } from "../i18n/translator";
import { mailWithLink } from "../mail/layout";
import { sendMail } from "../mail/transport";
import type { ResetMail } from "./password-reset";
import type { SignUpMail } from "./sign-up";

/** The sign-up confirmation, or for an address that already has an account, a pointer to reset. */
export async function sendSignUpMail(mail: SignUpMail): Promise<void> {
  const base = appBaseUrl();
  const t = translatorFor(mail.locale, mail.kind === "confirm" ? "signUp.mail" : "signUp.existingMail");
  const url = mail.kind === "confirm" ? `${base}/registreren/bevestigen/${mail.token}` : `${base}/wachtwoord-vergeten`;
  await sendMail({
    to: mail.to,
    subject: t("subject"),
    ...mailWithLink({
      heading: t("heading", { name: mail.name }),
      body: t("body"),
      linkLabel: t("button"),
      url,
      footer: t("footer"),
    }),
  });
}

export async function sendPasswordResetMail(mail: ResetMail): Promise<void> {
  const t = translatorFor(mail.locale, "passwordReset.mail");
  await sendMail({
    to: mail.to,
    subject: t("subject"),
    ...mailWithLink({
      heading: t("heading", { name: mail.name }),
      body: t("body"),
      linkLabel: t("button"),
      url: `${appBaseUrl()}/wachtwoord-herstellen/${mail.token}`,
      footer: t("footer"),
    }),
  });
}
