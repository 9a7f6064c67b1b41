import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MailSent } from "@/components/auth/mail-sent";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("passwordReset"))("sentTitle") };
}

/** The one answer to every reset request, known address or not. */
export default async function ResetSentPage() {
  const t = await getTranslations("passwordReset");
  return <MailSent title={t("sentTitle")} body={t("sentBody")} back={t("back")} />;
}
