"use client";
import { useTranslations } from "next-intl";
import { FormField } from "@/components/forms/form-field";
import { ServerForm } from "@/components/forms/server-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { requestChangesAction } from "@/lib/arrangements/actions";
import { ZRequestChanges } from "@/lib/arrangements/form";
import { Notice } from "../ui/notice";
import { buttonSecondary, inputClass } from "../ui/styles";

/** "Wijziging vragen" on one line: a disclosure (native details, keyboard operable) with a comment. */
export function RequestChangeForm(props: { initiativeId: string; versionId: string; lineKey: string; number: number }) {
  const t = useTranslations("arrangements");
  const kit = useServerForm({
    schema: ZRequestChanges,
    action: requestChangesAction,
    hidden: { initiativeId: props.initiativeId, versionId: props.versionId, lineKey: props.lineKey },
    labels: { comment: t("comment") },
    // One form per line on the page: ids stay unique.
    idPrefix: `change-${props.lineKey}-`,
  });
  if (kit.state?.ok) return <Notice tone="success">{t("changeRequested")}</Notice>;
  return (
    <details className="min-w-56">
      <summary
        className={`${buttonSecondary} cursor-pointer text-sm`}
        aria-label={t("requestChangeFor", { number: props.number })}
      >
        {t("requestChange")}
      </summary>
      <ServerForm kit={kit} className="mt-2 space-y-2">
        <FormField name="comment" required>
          {(control) => <textarea {...control} rows={3} maxLength={2000} className={inputClass} />}
        </FormField>
        <SubmitButton label={t("send")} pendingLabel={t("sending")} />
      </ServerForm>
    </details>
  );
}
