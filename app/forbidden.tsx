import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { linkClass } from "@/components/ui/styles";

/** 403: the page exists for this person, but what it offers is not theirs to do. */
export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="text-2xl font-bold">{t("forbiddenTitle")}</h1>
      <p className="mt-3">{t("forbiddenBody")}</p>
      <p className="mt-6">
        <Link href="/" className={linkClass}>
          {t("backHome")}
        </Link>
      </p>
    </div>
  );
}
