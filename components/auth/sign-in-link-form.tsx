"use client";
import { useTranslations } from "next-intl";
import { requestSignInLinkAction } from "@/lib/auth/sign-in-link-actions";
import { ZSignInLink } from "@/lib/auth/sign-in-link-schema";
import { FormField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { buttonSecondary, inputClass } from "../ui/styles";

/** Asks for a sign-in link by e-mail: a plain post to a server action, so it works without JavaScript. */
export function SignInLinkForm() {
  const t = useTranslations("signIn");
  const kit = useServerForm({
    schema: ZSignInLink,
    action: requestSignInLinkAction,
    idPrefix: "link-", // the password form on the same page has an email field too
    defaultValues: { email: "" },
    labels: { email: t("email") },
  });
  return (
    <ServerForm kit={kit}>
      <FormField name="email" required>
        {(control) => <input {...control} type="email" autoComplete="email" className={inputClass} />}
      </FormField>
      <SubmitButton
        label={t("linkSubmit")}
        pendingLabel={t("linkSubmitting")}
        className={`${buttonSecondary} w-full`}
      />
    </ServerForm>
  );
}
