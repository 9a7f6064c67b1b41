"use client";
import { useTranslations } from "next-intl";
import { buttonPrimary } from "@/components/ui/styles";

// Never shows internals: the details are in the server log.
export default function ErrorPage({ reset }: { reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="text-2xl font-bold">{t("errorTitle")}</h1>
      <p className="mt-3">{t("unexpected")}</p>
      <button type="button" onClick={reset} className={`${buttonPrimary} mt-6`}>
        {t("retry")}
      </button>
    </div>
  );
}
