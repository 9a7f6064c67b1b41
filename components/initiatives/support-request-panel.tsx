"use client";
import { useFormatter, useTranslations } from "next-intl";
import { requestSupportAction, withdrawSupportAction } from "@/lib/initiatives/actions";
import { ZRequestSupport, ZWithdrawSupport } from "@/lib/initiatives/support-schemas";
import { FormField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { ConfirmDialog } from "../ui/confirm-dialog";
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
  const hidden = { initiativeId: props.initiativeId };
  const ask = useServerForm({
    schema: ZRequestSupport,
    action: requestSupportAction,
    hidden,
    idPrefix: "support-",
    defaultValues: { request: "" },
    labels: { request: props.request ? t("replaceLabel") : t("askLabel") },
    // Asked: the question shows above; the field is ready for a replacement.
    onSuccess: () => ask.form.reset({ ...hidden, request: "" }),
  });
  // The withdraw form lives here, not in the dialog: its answer stays after the dialog is gone.
  const withdraw = useServerForm({
    schema: ZWithdrawSupport,
    action: withdrawSupportAction,
    hidden,
    idPrefix: "support-withdraw-",
    labels: {},
  });
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
      {withdraw.data && !props.request && <Notice tone="success">{t("withdrawn")}</Notice>}
      {props.editable && (
        <>
          <ServerForm kit={ask} className="space-y-3">
            {ask.data && <Notice tone="success">{t("asked")}</Notice>}
            <FormField name="request" help={t("help")} required>
              {(control) => <textarea {...control} rows={4} maxLength={2000} className={inputClass} />}
            </FormField>
            <SubmitButton label={t("ask")} pendingLabel={t("asking")} className={buttonSecondary} />
          </ServerForm>
          {props.request && (
            <ConfirmDialog
              kit={withdraw}
              trigger={t("withdraw")}
              title={t("withdrawTitle")}
              body={<p>{t("withdrawBody")}</p>}
              confirm={t("withdrawConfirm")}
              cancel={t("cancel")}
            />
          )}
        </>
      )}
    </div>
  );
}
