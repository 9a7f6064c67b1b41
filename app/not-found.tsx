import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { linkClass } from "@/components/ui/styles";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-3">{t("notFoundBody")}</p>
      <p className="mt-6">
        <Link href="/" className={linkClass}>
          {t("backHome")}
        </Link>
      </p>
    </div>
  );
}
