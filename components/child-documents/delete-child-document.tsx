"use client";
import { useTranslations } from "next-intl";
import { deleteChildDocumentAction } from "@/lib/children/document-actions";
import { ZDeleteChildDocument } from "@/lib/children/document-schemas";
import { useServerForm } from "../forms/use-server-form";
import { ConfirmDialog } from "../ui/confirm-dialog";

export function DeleteChildDocument({
  childId,
  documentId,
  fileName,
}: {
  childId: string;
  documentId: string;
  fileName: string;
}) {
  const t = useTranslations("childDocuments");
  const kit = useServerForm({
    schema: ZDeleteChildDocument,
    action: deleteChildDocumentAction,
    hidden: { childId, documentId },
    idPrefix: `delete-${documentId}-`,
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
