"use client";
import { useTranslations } from "next-intl";
import { setEmailPreferencesAction } from "@/lib/notifications/actions";
import { EMAIL_MODES, ZEmailPreferences, type EmailMode } from "@/lib/notifications/schemas";
import { ChoiceField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { Notice } from "../ui/notice";
import { buttonSecondary } from "../ui/styles";

/** Per kind of notification: e-mail right away, one digest a day, or in the inbox only. */
export function EmailPreferencesForm({ preferences }: { preferences: { kind: string; email: EmailMode }[] }) {
  const t = useTranslations("notifications");
  const kit = useServerForm({
    schema: ZEmailPreferences,
    action: setEmailPreferencesAction,
    idPrefix: "email-",
    defaultValues: Object.fromEntries(preferences.map((p) => [p.kind, p.email])),
    labels: Object.fromEntries(preferences.map((p) => [p.kind, t(`kind.${p.kind}`)])),
  });
  return (
    <ServerForm kit={kit}>
      {kit.data && <Notice tone="success">{t("preferencesSaved")}</Notice>}
      {preferences.map((p) => (
        <ChoiceField
          key={p.kind}
          name={p.kind}
          className="mt-1 flex flex-wrap gap-x-4 gap-y-1"
          options={EMAIL_MODES.map((m) => ({ value: m, label: t(`mode.${m}`) }))}
        />
      ))}
      <SubmitButton label={t("savePreferences")} pendingLabel={t("savingPreferences")} className={buttonSecondary} />
    </ServerForm>
  );
}
