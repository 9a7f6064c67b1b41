"use client";
import { useTranslations } from "next-intl";
import { ZRequestPasswordReset } from "@/lib/auth/identity-schemas";
import { requestPasswordResetAction } from "@/lib/auth/password-reset-actions";
import { FormField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { buttonPrimary, inputClass } from "../ui/styles";

export function PasswordResetRequestForm() {
  const t = useTranslations("passwordReset");
  const kit = useServerForm({
    schema: ZRequestPasswordReset,
    action: requestPasswordResetAction,
    defaultValues: { email: "" },
    labels: { email: t("email") },
  });
  return (
    <ServerForm kit={kit}>
      <FormField name="email" required>
        {(control) => <input {...control} type="email" autoComplete="email" className={inputClass} />}
      </FormField>
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} className={`${buttonPrimary} w-full`} />
    </ServerForm>
  );
}
