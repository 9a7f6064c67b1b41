"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { requestSupportAction, withdrawSupportAction } from "@/lib/initiatives/actions";
import { SubmitButton } from "../forms/submit-button";
import { useErrorText } from "../forms/use-error-text";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Field } from "../ui/field";
import { Notice } from "../ui/notice";
import { buttonSecondary, inputClass } from "../ui/styles";

/** The initiative's open question to the steunpunt: editors ask, replace or withdraw it; others read it. */
export function SupportRequestPanel(props: {
  initiativeId: string;
  editable: boolean;
  requestedAt: Date | null;
  request: string | null;
}) {
  const t = useTranslations("support");
  const format = useFormatter();
  const [asked, ask] = useActionState(requestSupportAction, null);
  const [withdrawn, withdraw] = useActionState(withdrawSupportAction, null);
  const errors = useErrorText(asked);
  const withdrawErrors = useErrorText(withdrawn);
  return (
    <div className="space-y-4">
      <p className="text-slate-700">{t("intro")}</p>
      {props.requestedAt && props.request ? (
        <div className="rounded-md bg-slate-50 p-3">
          <p className="text-sm font-medium">
            {t("askedOn", { date: format.dateTime(props.requestedAt, { dateStyle: "medium" }) })}
          </p>
          <p className="mt-1 whitespace-pre-line [overflow-wrap:anywhere]">{props.request}</p>
        </div>
      ) : (
        <p>{t("none")}</p>
      )}
      {asked?.ok && <Notice tone="success">{t("asked")}</Notice>}
      {withdrawn?.ok && <Notice tone="success">{t("withdrawn")}</Notice>}
      {withdrawErrors.form && <Notice tone="error">{withdrawErrors.form}</Notice>}
      {props.editable && (
        <>
          <form action={ask} className="space-y-3" key={asked?.ok ? String(asked.data.requestedAt) : "form"}>
            <input type="hidden" name="initiativeId" value={props.initiativeId} />
            {errors.form && <Notice tone="error">{errors.form}</Notice>}
            <Field
              id="support-request"
              label={props.request ? t("replaceLabel") : t("askLabel")}
              help={t("help")}
              errors={errors.field("request")}
            >
              {(aria) => (
                <textarea
                  {...aria}
                  name="request"
                  rows={4}
                  required
                  minLength={10}
                  maxLength={2000}
                  defaultValue={errors.value("request")}
                  className={inputClass}
                />
              )}
            </Field>
            <SubmitButton label={t("ask")} pendingLabel={t("asking")} className={buttonSecondary} />
          </form>
          {props.request && (
            <ConfirmDialog
              trigger={t("withdraw")}
              title={t("withdrawTitle")}
              body={<p>{t("withdrawBody")}</p>}
              confirm={t("withdrawConfirm")}
              cancel={t("cancel")}
              action={withdraw}
              hidden={{ initiativeId: props.initiativeId }}
            />
          )}
        </>
      )}
    </div>
  );
}
