import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { linkClass } from "@/components/ui/styles";

// The same for everyone and no data behind it: rendered once at build time. (Without a
// cookie the language is the default, Dutch.) The benchmark uses it as the app's own ceiling.
export const dynamic = "force-static";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accessibility"))("title") };
}

export default async function AccessibilityStatementPage() {
  const t = await getTranslations("accessibility");
  return (
    <article className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <h2 className="text-lg font-semibold">{t("howTitle")}</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>{t("how.keyboard")}</li>
        <li>{t("how.charts")}</li>
        <li>{t("how.phone")}</li>
        <li>{t("how.tested")}</li>
      </ul>
      <h2 className="text-lg font-semibold">{t("problemTitle")}</h2>
      <p>{t("problem")}</p>
      <p>
        <Link href="/" className={linkClass}>
          {t("back")}
        </Link>
      </p>
    </article>
  );
}
