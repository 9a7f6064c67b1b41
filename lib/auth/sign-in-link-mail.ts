import "server-only";
import { requestOrigin } from "../access-log/client-address";
import { getDb } from "../db/client";
import { translatorFor } from "../i18n/translator";
import { mailWithLink } from "../mail/layout";
import { sendMail } from "../mail/transport";

/**
 * The sign-in link e-mail: next-auth's e-mail provider sends it through this function, and so does
 * the sign-in form's own action. Only active accounts get one; anyone else gets nothing.
 */
export async function sendSignInLinkMail({
  identifier,
  url,
  clientAddress,
}: {
  identifier: string;
  url: string;
  /** Who asked, when the caller knows it already (after the response the request is gone). */
  clientAddress?: string;
}): Promise<void> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { email: identifier.toLowerCase() } });
  if (!user?.active) return;
  const t = translatorFor(user.locale, "mail.signInLink");
  await sendMail({
    to: identifier,
    // Whoever asked is anonymous: the limit per sender is per client address.
    sentBy: `address:${clientAddress ?? (await requestOrigin()).clientAddress}`,
    subject: t("subject"),
    ...mailWithLink({
      heading: t("heading", { name: user.name }),
      body: t("body"),
      linkLabel: t("button"),
      url,
      footer: t("footer"),
    }),
  });
}
