"use client";
import { useTranslations } from "next-intl";
import { approveVersionAction } from "@/lib/arrangements/actions";
import { ZApproveVersion } from "@/lib/arrangements/form";
import { useServerForm } from "../forms/use-server-form";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Notice } from "../ui/notice";
import { buttonPrimary } from "../ui/styles";

/** Approving is binding for the actor's organisation: confirm it, naming the exact version. */
export function ApproveButton(props: { initiativeId: string; versionId: string; number: number; party: string }) {
  const t = useTranslations("arrangements");
  const kit = useServerForm({
    schema: ZApproveVersion,
    action: approveVersionAction,
    hidden: { initiativeId: props.initiativeId, versionId: props.versionId },
    idPrefix: "approve-",
    labels: {},
  });
  if (kit.data) return <Notice tone="success">{kit.data.established ? t("established") : t("approved")}</Notice>;
  return (
    <ConfirmDialog
      kit={kit}
      trigger={t("approve")}
      triggerClass={buttonPrimary}
      title={t("approveTitle", { number: props.number })}
      body={<p>{t("approveBody", { number: props.number, party: props.party })}</p>}
      confirm={t("approveConfirm", { number: props.number })}
      cancel={t("cancel")}
    />
  );
}
