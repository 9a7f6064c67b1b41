"use client";
import { useTranslations } from "next-intl";
import { ZSignUp } from "@/lib/auth/identity-schemas";
import { signUpAction } from "@/lib/auth/sign-up-actions";
import { FormField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { buttonPrimary, inputClass } from "../ui/styles";
import { NewPasswordField } from "./new-password-field";

/** A plain post (works before hydration and without scripts); the password is never echoed back. */
export function SignUpForm() {
  const t = useTranslations("signUp");
  const kit = useServerForm({
    schema: ZSignUp,
    action: signUpAction,
    defaultValues: { name: "", email: "", password: "" },
    labels: { name: t("name"), email: t("email"), password: t("password") },
  });
  return (
    <ServerForm kit={kit}>
      <FormField name="name" required>
        {(control) => <input {...control} autoComplete="name" className={inputClass} />}
      </FormField>
      <FormField name="email" help={t("emailHelp")} required>
        {(control) => <input {...control} type="email" autoComplete="email" className={inputClass} />}
      </FormField>
      <NewPasswordField name="password" help={t("passwordHelp")} nameField="name" emailField="email" />
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} className={`${buttonPrimary} w-full`} />
    </ServerForm>
  );
}
