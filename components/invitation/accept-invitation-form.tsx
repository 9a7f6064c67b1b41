"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { acceptInvitationAction } from "@/lib/organisations/public-actions";
import { SubmitButton } from "../forms/submit-button";
import { useErrorText } from "../forms/use-error-text";
import { Field } from "../ui/field";
import { Notice } from "../ui/notice";
import { inputClass, linkClass } from "../ui/styles";

export function AcceptInvitationForm({ token, hasAccount }: { token: string; hasAccount: boolean }) {
  const t = useTranslations("invitation");
  const [state, action] = useActionState(acceptInvitationAction, null);
  const errors = useErrorText(state);
  if (state?.ok) {
    return (
      <div className="space-y-4">
        <Notice tone="success">{t("accepted")}</Notice>
        <Link href="/inloggen" className={linkClass}>
          {t("toSignIn")}
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4">
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      <input type="hidden" name="token" value={token} />
      <p>{hasAccount ? t("existingAccount") : t("newAccount")}</p>
      {!hasAccount && (
        <>
          <Field id="name" label={t("name")} errors={errors.field("name")}>
            {(aria) => (
              <input
                {...aria}
                name="name"
                autoComplete="name"
                required
                defaultValue={errors.value("name")}
                className={inputClass}
              />
            )}
          </Field>
          <Field id="password" label={t("password")} help={t("passwordHelp")} errors={errors.field("password")}>
            {(aria) => (
              <input
                {...aria}
                name="password"
                type="password"
                autoComplete="new-password"
                required
                minLength={12}
                className={inputClass}
              />
            )}
          </Field>
        </>
      )}
      <SubmitButton label={t("accept")} pendingLabel={t("accepting")} />
    </form>
  );
}
