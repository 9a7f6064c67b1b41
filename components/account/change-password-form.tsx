"use client";
import { useTranslations } from "next-intl";
import { ZChangePassword } from "@/lib/auth/identity-schemas";
import { changePasswordAction } from "@/lib/account/password-actions";
import { NewPasswordField } from "../auth/new-password-field";
import { FormField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { Notice } from "../ui/notice";
import { inputClass } from "../ui/styles";

export function ChangePasswordForm({ name, email }: { name: string; email: string }) {
  const t = useTranslations("passwordChange");
  const kit = useServerForm({
    schema: ZChangePassword,
    action: changePasswordAction,
    idPrefix: "pw-",
    defaultValues: { currentPassword: "", newPassword: "" },
    labels: { currentPassword: t("current"), newPassword: t("new") },
    onSuccess: () => kit.form.reset({ currentPassword: "", newPassword: "" }),
  });
  return (
    <ServerForm kit={kit}>
      {kit.data && <Notice tone="success">{t("saved")}</Notice>}
      <input type="hidden" name="username" value={email} autoComplete="username" />
      <FormField name="currentPassword" required>
        {(control) => <input {...control} type="password" autoComplete="current-password" className={inputClass} />}
      </FormField>
      <NewPasswordField name="newPassword" help={t("newHelp")} person={{ name, email }} />
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
    </ServerForm>
  );
}
