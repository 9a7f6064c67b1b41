"use client";
import { useTranslations } from "next-intl";
import { deleteDeliverableAction } from "@/lib/deliverables/actions";
import { ZDeleteDeliverable } from "@/lib/deliverables/schemas";
import { useServerForm } from "../forms/use-server-form";
import { ConfirmDialog } from "../ui/confirm-dialog";

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
  const kit = useServerForm({
    schema: ZDeleteDeliverable,
    action: deleteDeliverableAction,
    hidden: { initiativeId, deliverableId },
    idPrefix: `delete-${deliverableId}-`,
    labels: {},
  });
  return (
    <ConfirmDialog
      kit={kit}
      trigger={t("delete")}
      title={t("deleteTitle")}
      body={<p className="[overflow-wrap:anywhere]">{t("deleteBody", { file: fileName })}</p>}
      confirm={t("deleteConfirm")}
      cancel={t("cancel")}
    />
  );
}
