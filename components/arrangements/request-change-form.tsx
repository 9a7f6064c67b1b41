"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { requestChangesAction } from "@/lib/arrangements/actions";
import { SubmitButton } from "../forms/submit-button";
import { useErrorText } from "../forms/use-error-text";
import { Field } from "../ui/field";
import { Notice } from "../ui/notice";
import { buttonSecondary, inputClass } from "../ui/styles";

/** "Wijziging vragen" on one line: a disclosure (native details, keyboard operable) with a comment. */
export function RequestChangeForm(props: { initiativeId: string; versionId: string; lineKey: string; number: number }) {
  const t = useTranslations("arrangements");
  const [state, action] = useActionState(requestChangesAction, null);
  const errors = useErrorText(state);
  const id = `change-${props.lineKey}`;
  if (state?.ok) return <Notice tone="success">{t("changeRequested")}</Notice>;
  return (
    <details className="min-w-56">
      <summary
        className={`${buttonSecondary} cursor-pointer text-sm`}
        aria-label={t("requestChangeFor", { number: props.number })}
      >
        {t("requestChange")}
      </summary>
      <form action={action} className="mt-2 space-y-2">
        <input type="hidden" name="initiativeId" value={props.initiativeId} />
        <input type="hidden" name="versionId" value={props.versionId} />
        <input type="hidden" name="lineKey" value={props.lineKey} />
        {errors.form && <Notice tone="error">{errors.form}</Notice>}
        <Field id={id} label={t("comment")} errors={errors.field("comment")}>
          {(aria) => (
            <textarea
              {...aria}
              name="comment"
              rows={3}
              required
              maxLength={2000}
              defaultValue={errors.value("comment")}
              className={inputClass}
            />
          )}
        </Field>
        <SubmitButton label={t("send")} pendingLabel={t("sending")} />
      </form>
    </details>
  );
}
