"use client";
import { useTranslations } from "next-intl";
import { approveVersionAction } from "@/lib/arrangements/actions";
import { ZApproveVersion } from "@/lib/arrangements/form";
import { useServerForm } from "../forms/use-server-form";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Notice } from "../ui/notice";
import { buttonPrimary } from "../ui/styles";

/**
 * Approving is binding for the actor's organisation, or (for a guardian) for one child: confirm
 * it, naming the exact version and, for a child, whose mandate is used.
 */
export function ApproveButton(props: {
  initiativeId: string;
  versionId: string;
  number: number;
  party: string;
  /** A guardian approves for this child of the group. */
  child?: { id: string; name: string; onBehalfOfName: string | null };
}) {
  const t = useTranslations("arrangements");
  const { child, number } = props;
  const kit = useServerForm({
    schema: ZApproveVersion,
    action: approveVersionAction,
    hidden: {
      initiativeId: props.initiativeId,
      versionId: props.versionId,
      ...(child && { childId: child.id }),
    },
    idPrefix: child ? `approve-${child.id}-` : "approve-",
    labels: {},
  });
  if (kit.data)
    return (
      <Notice tone="success">
        {kit.data.established ? t("established") : child ? t("approvedForChild", { child: child.name }) : t("approved")}
      </Notice>
    );
  const body = !child
    ? t("approveBody", { number, party: props.party })
    : child.onBehalfOfName
      ? t("approveBodyMandate", { number, child: child.name, guardian: child.onBehalfOfName })
      : t("approveBodyChild", { number, child: child.name });
  return (
    <ConfirmDialog
      kit={kit}
      trigger={child ? t("approveForChild", { child: child.name }) : t("approve")}
      triggerClass={buttonPrimary}
      title={t("approveTitle", { number })}
      body={<p>{body}</p>}
      confirm={child ? t("approveConfirmChild", { number, child: child.name }) : t("approveConfirm", { number })}
      cancel={t("cancel")}
    />
  );
}
