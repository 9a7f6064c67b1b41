"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setEmailPreferencesAction } from "@/lib/notifications/actions";
import { SubmitButton } from "../forms/submit-button";
import { Notice } from "../ui/notice";
import { buttonSecondary } from "../ui/styles";

const MODES = ["IMMEDIATE", "DAILY", "OFF"] as const;

/** Per kind of notification: e-mail right away, one digest a day, or in the inbox only. */
export function EmailPreferencesForm({
  preferences,
}: {
  preferences: { kind: string; email: (typeof MODES)[number] }[];
}) {
  const t = useTranslations("notifications");
  const [state, action] = useActionState(setEmailPreferencesAction, null);
  return (
    <form action={action} className="space-y-4">
      {state?.ok && <Notice tone="success">{t("preferencesSaved")}</Notice>}
      {preferences.map((p) => (
        <fieldset key={p.kind}>
          <legend className="font-medium">{t(`kind.${p.kind}`)}</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {MODES.map((m) => (
              <label key={m} className="flex items-center gap-2">
                <input type="radio" name={p.kind} value={m} defaultChecked={p.email === m} className="h-5 w-5" />
                {t(`mode.${m}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <SubmitButton label={t("savePreferences")} pendingLabel="…" className={buttonSecondary} />
    </form>
  );
}
