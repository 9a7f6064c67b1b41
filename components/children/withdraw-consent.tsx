"use client";
import { useTranslations } from "next-intl";
import { withdrawConsentAction } from "@/lib/children/consent-actions";
import { ZConsentRef } from "@/lib/children/schemas";
import { useServerForm } from "../forms/use-server-form";
import { ConfirmDialog } from "../ui/confirm-dialog";

/** "Intrekken" behind a confirmation: the organisation loses sight of the part on its next request. */
export function WithdrawConsent(props: { consentId: string; organisation: string; scope: string; child: string }) {
  const t = useTranslations("consent");
  const kit = useServerForm({
    schema: ZConsentRef,
    action: withdrawConsentAction,
    hidden: { consentId: props.consentId },
    idPrefix: `withdraw-${props.consentId}-`,
    labels: {},
  });
  const names = { organisation: props.organisation, scope: props.scope, child: props.child };
  return (
    <ConfirmDialog
      kit={kit}
      trigger={t("withdraw")}
      title={t("withdrawTitle", names)}
      body={<p className="[overflow-wrap:anywhere]">{t("withdrawBody", names)}</p>}
      confirm={t("withdrawConfirm")}
      cancel={t("cancel")}
    />
  );
}
