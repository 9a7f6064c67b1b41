"use client";
import { useTranslations } from "next-intl";
import { reauthenticateAction, requestReauthenticationLinkAction } from "@/lib/account/session-actions";
import { ZReauthenticate, ZReauthenticationLink } from "@/lib/account/session-schemas";
import { FormField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { Notice } from "../ui/notice";
import { buttonPrimary, buttonSecondary, inputClass } from "../ui/styles";

/** Confirms the password; success continues on the page the person came from (a redirect). */
export function ReauthenticateForm({ returnTo }: { returnTo: string }) {
  const t = useTranslations("sessions");
  const kit = useServerForm({
    schema: ZReauthenticate,
    action: reauthenticateAction,
    hidden: { terug: returnTo },
    idPrefix: "reauth-",
    defaultValues: { password: "" },
    labels: { password: t("password") },
  });
  return (
    <ServerForm kit={kit}>
      <FormField name="password" required>
        {(control) => <input {...control} type="password" autoComplete="current-password" className={inputClass} />}
      </FormField>
      <SubmitButton label={t("confirm")} pendingLabel={t("confirming")} className={buttonPrimary} />
    </ServerForm>
  );
}

/** Without a password (or without it at hand): a fresh sign-in link to the own mailbox. */
export function ReauthenticationLinkForm({ returnTo }: { returnTo: string }) {
  const t = useTranslations("sessions");
  const kit = useServerForm({
    schema: ZReauthenticationLink,
    action: requestReauthenticationLinkAction,
    hidden: { terug: returnTo },
    idPrefix: "reauth-link-",
    labels: {},
  });
  return (
    <ServerForm kit={kit}>
      {kit.data && <Notice tone="success">{t("linkSent")}</Notice>}
      <SubmitButton label={t("sendLink")} pendingLabel={t("sendingLink")} className={buttonSecondary} />
    </ServerForm>
  );
}
