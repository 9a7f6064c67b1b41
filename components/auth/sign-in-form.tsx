"use client";
import { useTranslations } from "next-intl";
import { signInWithPasswordAction } from "@/lib/auth/sign-in-actions";
import { ZCredentials } from "@/lib/auth/credentials-schema";
import { FormField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { Notice } from "../ui/notice";
import { buttonPrimary, inputClass } from "../ui/styles";
import { SsoSignInForm } from "../sso/sso-sign-in-form";
import { SignInLinkForm } from "./sign-in-link-form";

/** Errors next-auth reports in the URL (a sign-in link that no longer works, say). */
const ERROR_KEYS: Record<string, string> = {
  CredentialsSignin: "errorCredentials",
  TooManyAttempts: "errorThrottled",
  SecondFactorTooMany: "errorThrottled",
  Verification: "errorVerification",
};
/** next-auth's error for an account past its failure limit (lib/auth/auth-options.ts LINK_REQUIRED). */
const LINK_REQUIRED = "SignInLinkRequired";

/** Why a sign-in through an organisation was refused (lib/sso/flow.ts SsoFailure). */
const SSO_ERRORS = new Set([
  "invalid",
  "unavailable",
  "inactive",
  "emailUnverified",
  "domain",
  "notMember",
  "provider",
]);

export function SignInForm({ initialError, ssoError }: { initialError?: string; ssoError?: string }) {
  const t = useTranslations("signIn");
  const tSso = useTranslations("sso");
  const tThrottling = useTranslations("throttling");
  // A plain post to a server action: signs in before hydration and with scripts blocked.
  const kit = useServerForm({
    schema: ZCredentials,
    action: signInWithPasswordAction,
    defaultValues: { email: "", password: "" },
    labels: { email: t("email"), password: t("password") },
  });

  return (
    <div className="space-y-8">
      {initialError && !kit.state && (
        <Notice tone="error">
          {initialError === LINK_REQUIRED ? tThrottling("linkRequired") : t(ERROR_KEYS[initialError] ?? "errorGeneric")}
        </Notice>
      )}
      {ssoError && !kit.state && (
        <Notice tone="error">{tSso(`error.${SSO_ERRORS.has(ssoError) ? ssoError : "invalid"}`)}</Notice>
      )}
      <ServerForm kit={kit}>
        <FormField name="email" required>
          {(control) => <input {...control} type="email" autoComplete="username" className={inputClass} />}
        </FormField>
        <FormField name="password" required>
          {(control) => <input {...control} type="password" autoComplete="current-password" className={inputClass} />}
        </FormField>
        <SubmitButton label={t("submit")} pendingLabel={t("submitting")} className={`${buttonPrimary} w-full`} />
      </ServerForm>
      <section aria-labelledby="link-title" className="border-t border-slate-300 pt-6">
        <h2 id="link-title" className="text-lg font-semibold">
          {t("linkTitle")}
        </h2>
        <p className="mb-4 mt-1 text-slate-700">{t("linkIntro")}</p>
        <SignInLinkForm />
      </section>
      <section aria-labelledby="sso-title" className="border-t border-slate-300 pt-6">
        <h2 id="sso-title" className="text-lg font-semibold">
          {tSso("signInTitle")}
        </h2>
        <p className="mb-4 mt-1 text-slate-700">{tSso("signInIntro")}</p>
        <SsoSignInForm />
      </section>
    </div>
  );
}
