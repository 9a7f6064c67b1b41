"use client";
import { useLocale, useTranslations } from "next-intl";
import { setLocaleAction } from "@/lib/account/actions";
import { ZSetLocale } from "@/lib/account/schemas";
import { LOCALES } from "@/lib/i18n/config";
import { ChoiceField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { Notice } from "../ui/notice";
import { buttonSecondary } from "../ui/styles";

export function LanguageForm() {
  const t = useTranslations("account");
  const tLang = useTranslations("language");
  const locale = useLocale();
  const kit = useServerForm({
    schema: ZSetLocale,
    action: setLocaleAction,
    idPrefix: "language-",
    defaultValues: { locale },
    labels: { locale: t("language") },
  });
  return (
    <ServerForm kit={kit} className="space-y-3">
      {kit.data && <Notice tone="success">{t("languageSaved")}</Notice>}
      <ChoiceField
        name="locale"
        help={t("languageHelp")}
        className="mt-2 flex flex-wrap gap-4"
        // Each language names itself in its own language.
        options={LOCALES.map((l) => ({ value: l, label: <span lang={l}>{tLang(l)}</span> }))}
      />
      <SubmitButton label={t("saveLanguage")} pendingLabel={t("savingLanguage")} className={buttonSecondary} />
    </ServerForm>
  );
}
