import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MailSent } from "@/components/auth/mail-sent";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signUp"))("sentTitle") };
}

/** The one answer to every sign-up, whether or not the address already has an account. */
export default async function SignUpSentPage() {
  const t = await getTranslations("signUp");
  return <MailSent title={t("sentTitle")} body={t("sentBody")} back={t("back")} />;
}
