"use client";
import { useTranslations } from "next-intl";
import { verifySecondFactorAction } from "@/lib/mfa/actions";
import { ZSecondFactorCode } from "@/lib/mfa/schemas";
import { FormField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { buttonPrimary, inputClass } from "../ui/styles";

export function SecondFactorForm() {
  const t = useTranslations("mfa");
  const kit = useServerForm({
    schema: ZSecondFactorCode,
    action: verifySecondFactorAction,
    defaultValues: { code: "" },
    labels: { code: t("code") },
  });
  return (
    <ServerForm kit={kit}>
      <FormField name="code" help={t("codeHelp")} required>
        {(control) => (
          <input
            {...control}
            autoComplete="one-time-code"
            autoCapitalize="none"
            spellCheck={false}
            className={inputClass}
          />
        )}
      </FormField>
      <SubmitButton label={t("verify")} pendingLabel={t("verifying")} className={`${buttonPrimary} w-full`} />
    </ServerForm>
  );
}
