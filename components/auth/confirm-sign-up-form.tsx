"use client";
import { useTranslations } from "next-intl";
import { ZConfirmSignUp } from "@/lib/auth/identity-schemas";
import { confirmSignUpAction } from "@/lib/auth/sign-up-actions";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { buttonPrimary } from "../ui/styles";

/**
 * Opening the link only shows this button; the post confirms. So a mail scanner that fetches
 * links does not use up the link, and the token goes back in the body, not another address.
 */
export function ConfirmSignUpForm({ token }: { token: string }) {
  const t = useTranslations("signUp");
  const kit = useServerForm({ schema: ZConfirmSignUp, action: confirmSignUpAction, hidden: { token }, labels: {} });
  return (
    <ServerForm kit={kit}>
      <SubmitButton label={t("confirm")} pendingLabel={t("confirming")} className={`${buttonPrimary} w-full`} />
    </ServerForm>
  );
}
