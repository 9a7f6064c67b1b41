import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { linkClass } from "@/components/ui/styles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("linkSentTitle") };
}

export default async function LinkSentPage() {
  const t = await getTranslations("signIn");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("linkSentTitle")}</h1>
      <p className="mt-3">{t("linkSentBody")}</p>
      <p className="mt-6">
        <Link href="/inloggen" className={linkClass}>
          {t("linkSentBack")}
        </Link>
      </p>
    </>
  );
}
