"use client";
import { useTranslations } from "next-intl";
import { ZAcceptInvitation } from "@/lib/organisations/accept-schemas";
import { acceptInvitationAction } from "@/lib/organisations/public-actions";
import { NewPasswordField } from "../auth/new-password-field";
import { FormField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { inputClass } from "../ui/styles";

/**
 * A plain post (works before hydration and with scripts blocked): the token travels in the body,
 * never in an address, and the server never sends a password back, so after a refusal without
 * JavaScript the password field is empty while the name is kept. Accepted, the action continues
 * on the sign-in page.
 */
export function AcceptInvitationForm({
  token,
  email,
  hasAccount,
}: {
  token: string;
  email: string;
  hasAccount: boolean;
}) {
  const t = useTranslations("invitation");
  const kit = useServerForm({
    schema: ZAcceptInvitation,
    action: acceptInvitationAction,
    hidden: { token },
    defaultValues: hasAccount ? {} : { name: "", password: "" },
    labels: hasAccount ? {} : { name: t("name"), password: t("password") },
  });
  return (
    <ServerForm kit={kit}>
      <p>{hasAccount ? t("existingAccount") : t("newAccount")}</p>
      {!hasAccount && (
        <>
          <FormField name="name" required>
            {(control) => <input {...control} autoComplete="name" className={inputClass} />}
          </FormField>
          <NewPasswordField name="password" help={t("passwordHelp")} nameField="name" person={{ email }} />
        </>
      )}
      <SubmitButton label={t("accept")} pendingLabel={t("accepting")} />
    </ServerForm>
  );
}
