"use client";
import { useTranslations } from "next-intl";
import { cancelErasureAction, requestErasureAction } from "@/lib/children/erasure/actions";
import { ZErasureRef } from "@/lib/children/erasure/schemas";
import { useServerForm } from "../forms/use-server-form";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { buttonDanger } from "../ui/styles";

/** "Gegevens wissen aanvragen" behind a confirmation: the erasure follows after the confirmation period. */
export function RequestErasure(props: { childId: string; child: string; days: number }) {
  const t = useTranslations("erasure");
  const kit = useServerForm({
    schema: ZErasureRef,
    action: requestErasureAction,
    hidden: { childId: props.childId },
    idPrefix: "erasure-request-",
    labels: {},
  });
  return (
    <ConfirmDialog
      kit={kit}
      trigger={t("request")}
      triggerClass={buttonDanger}
      title={t("requestTitle", { child: props.child })}
      body={<p className="[overflow-wrap:anywhere]">{t("requestBody", { child: props.child, days: props.days })}</p>}
      confirm={t("requestConfirm")}
      cancel={t("keep")}
    />
  );
}

/** Takes an open request back during the confirmation period. */
export function CancelErasure(props: { childId: string; child: string }) {
  const t = useTranslations("erasure");
  const kit = useServerForm({
    schema: ZErasureRef,
    action: cancelErasureAction,
    hidden: { childId: props.childId },
    idPrefix: "erasure-cancel-",
    labels: {},
  });
  return (
    <ConfirmDialog
      kit={kit}
      trigger={t("cancel")}
      title={t("cancelTitle")}
      body={<p className="[overflow-wrap:anywhere]">{t("cancelBody", { child: props.child })}</p>}
      confirm={t("cancelConfirm")}
      cancel={t("cancelKeep")}
    />
  );
}
