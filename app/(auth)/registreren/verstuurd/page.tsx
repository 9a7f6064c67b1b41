import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { linkClass } from "@/components/ui/styles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signUp"))("sentTitle") };
}

/** The one answer to every sign-up, whether or not the address already has an account. */
export default async function SignUpSentPage() {
  const t = await getTranslations("signUp");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("sentTitle")}</h1>
      <p className="mt-3">{t("sentBody")}</p>
      <p className="mt-6">
        <Link href="/inloggen" className={linkClass}>
          {t("back")}
        </Link>
      </p>
    </>
  );
}
