"use client";
import { useTranslations } from "next-intl";
import { buttonSecondary } from "../ui/styles";

/** A stale save: nothing was written; the person reloads to see the other person's version first. */
export function ChildConflict() {
  const t = useTranslations("children");
  return (
    <div role="alert" className="space-y-3 rounded-md border border-amber-400 bg-amber-50 p-4 text-amber-950">
      <p className="font-semibold">{t("conflictTitle")}</p>
      <p>{t("conflictHelp")}</p>
      <button type="button" className={buttonSecondary} onClick={() => window.location.reload()}>
        {t("reload")}
      </button>
    </div>
  );
}
