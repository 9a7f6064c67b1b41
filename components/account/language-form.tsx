"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { setLocaleAction } from "@/lib/account/actions";
import { LOCALES } from "@/lib/i18n/config";
import { SubmitButton } from "../forms/submit-button";
import { Notice } from "../ui/notice";
import { buttonSecondary } from "../ui/styles";

export function LanguageForm() {
  const t = useTranslations("account");
  const tLang = useTranslations("language");
  const locale = useLocale();
  const [state, action] = useActionState(setLocaleAction, null);
  return (
    <form action={action} className="space-y-3">
      {state?.ok && <Notice tone="success">{t("languageSaved")}</Notice>}
      <fieldset>
        <legend className="font-medium">{t("language")}</legend>
        <p className="text-sm text-slate-700">{t("languageHelp")}</p>
        <div className="mt-2 flex flex-wrap gap-4">
          {LOCALES.map((l) => (
            <label key={l} className="flex items-center gap-2" lang={l}>
              <input type="radio" name="locale" value={l} defaultChecked={l === locale} className="h-5 w-5" />
              {tLang(l)}
            </label>
          ))}
        </div>
      </fieldset>
      <SubmitButton label={t("saveLanguage")} pendingLabel="…" className={buttonSecondary} />
    </form>
  );
}
