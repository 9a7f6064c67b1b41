"use client";
import { useTranslations } from "next-intl";
import { startSsoSignInAction } from "@/lib/sso/sign-in-actions";
import { ZSsoStart } from "@/lib/sso/schemas";
import { FormField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { Notice } from "../ui/notice";
import { buttonSecondary, inputClass } from "../ui/styles";

/** A work address in a domain with SSO leads to that organisation's provider (a plain post, works without JavaScript). */
export function SsoSignInForm() {
  const t = useTranslations("sso");
  const tSignIn = useTranslations("signIn");
  const kit = useServerForm({
    schema: ZSsoStart,
    action: startSsoSignInAction,
    idPrefix: "sso-", // the other forms on the page have an email field too
    defaultValues: { email: "" },
    labels: { email: tSignIn("email") },
  });
  return (
    <ServerForm kit={kit}>
      {kit.data && !kit.data.provider && <Notice>{t("noProvider")}</Notice>}
      <FormField name="email" required>
        {(control) => <input {...control} type="email" autoComplete="email" className={inputClass} />}
      </FormField>
      <SubmitButton
        label={t("signInSubmit")}
        pendingLabel={t("signInSubmitting")}
        className={`${buttonSecondary} w-full`}
      />
    </ServerForm>
  );
}
