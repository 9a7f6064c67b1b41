"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { approveVersionAction } from "@/lib/arrangements/actions";
import { useErrorText } from "../forms/use-error-text";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Notice } from "../ui/notice";
import { buttonPrimary } from "../ui/styles";

/** Approving is binding for the actor's organisation: confirm it, naming the exact version. */
export function ApproveButton(props: { initiativeId: string; versionId: string; number: number; party: string }) {
  const t = useTranslations("arrangements");
  const [state, action] = useActionState(approveVersionAction, null);
  const errors = useErrorText(state);
  if (state?.ok) return <Notice tone="success">{state.data.established ? t("established") : t("approved")}</Notice>;
  return (
    <div className="space-y-2">
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      <ConfirmDialog
        trigger={t("approve")}
        triggerClass={buttonPrimary}
        title={t("approveTitle", { number: props.number })}
        body={<p>{t("approveBody", { number: props.number, party: props.party })}</p>}
        confirm={t("approveConfirm", { number: props.number })}
        cancel={t("cancel")}
        action={action}
        hidden={{ initiativeId: props.initiativeId, versionId: props.versionId }}
      />
    </div>
  );
}
