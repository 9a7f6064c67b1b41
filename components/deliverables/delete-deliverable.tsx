"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { deleteDeliverableAction } from "@/lib/deliverables/actions";
import { useErrorText } from "../forms/use-error-text";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Notice } from "../ui/notice";

export function DeleteDeliverable({
  initiativeId,
  deliverableId,
  fileName,
}: {
  initiativeId: string;
  deliverableId: string;
  fileName: string;
}) {
  const t = useTranslations("deliverables");
  const [state, action] = useActionState(deleteDeliverableAction, null);
  const errors = useErrorText(state);
  return (
    <div className="space-y-2">
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      <ConfirmDialog
        trigger={t("delete")}
        title={t("deleteTitle")}
        body={<p className="[overflow-wrap:anywhere]">{t("deleteBody", { file: fileName })}</p>}
        confirm={t("deleteConfirm")}
        cancel={t("cancel")}
        action={action}
        hidden={{ initiativeId, deliverableId }}
      />
    </div>
  );
}
