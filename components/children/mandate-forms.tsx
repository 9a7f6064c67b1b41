"use client";
import { useTranslations } from "next-intl";
import { giveMandateAction, revokeMandateAction } from "@/lib/children/guardian-actions";
import { ZGiveMandate, ZMandateRef } from "@/lib/children/schemas";
import { FormField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Notice } from "../ui/notice";
import { buttonSecondary, inputClass } from "../ui/styles";

/** A guardian lets another confirmed guardian of the initiative approve for this child. */
export function GiveMandateForm(props: { childId: string; candidates: { id: string; name: string }[] }) {
  const t = useTranslations("guardians");
  const kit = useServerForm({
    schema: ZGiveMandate,
    action: giveMandateAction,
    hidden: { childId: props.childId },
    idPrefix: "mandate-",
    defaultValues: { toUserId: "" },
    labels: { toUserId: t("mandateTo") },
    onSuccess: () => kit.form.reset({ childId: props.childId, toUserId: "" }),
  });
  return (
    <ServerForm kit={kit} className="space-y-3">
      {kit.data && <Notice tone="success">{t("mandateGiven")}</Notice>}
      <FormField name="toUserId" help={t("mandateToHelp")} required>
        {(control) => (
          <select {...control} className={inputClass}>
            <option value="">{t("chooseGuardian")}</option>
            {props.candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <SubmitButton label={t("giveMandate")} pendingLabel={t("givingMandate")} className={buttonSecondary} />
    </ServerForm>
  );
}

/** "Intrekken" behind a confirmation. */
export function RevokeMandate(props: { mandateId: string; from: string; to: string; child: string }) {
  const t = useTranslations("guardians");
  const kit = useServerForm({
    schema: ZMandateRef,
    action: revokeMandateAction,
    hidden: { mandateId: props.mandateId },
    idPrefix: `revoke-${props.mandateId}-`,
    labels: {},
  });
  const names = { from: props.from, to: props.to, child: props.child };
  return (
    <ConfirmDialog
      kit={kit}
      trigger={t("revoke")}
      title={t("revokeTitle", names)}
      body={<p className="[overflow-wrap:anywhere]">{t("revokeBody", names)}</p>}
      confirm={t("revokeConfirm")}
      cancel={t("cancel")}
    />
  );
}
