"use client";
import { useTranslations } from "next-intl";
import { ZResetPassword } from "@/lib/auth/identity-schemas";
import { resetPasswordAction } from "@/lib/auth/password-reset-actions";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { buttonPrimary } from "../ui/styles";
import { NewPasswordField } from "./new-password-field";

/** The token goes back in the body; done, the action continues on the sign-in page. */
export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("passwordReset");
  const tc = useTranslations("passwordChange");
  const kit = useServerForm({
    schema: ZResetPassword,
    action: resetPasswordAction,
    hidden: { token },
    defaultValues: { password: "" },
    labels: { password: t("password") },
  });
  return (
    <ServerForm kit={kit}>
      {/* For password managers: which account this new password belongs to. */}
      <input type="hidden" name="username" value={email} autoComplete="username" />
      <NewPasswordField name="password" help={tc("newHelp")} person={{ email }} />
      <SubmitButton label={t("submitNew")} pendingLabel={t("submittingNew")} className={`${buttonPrimary} w-full`} />
    </ServerForm>
  );
}
