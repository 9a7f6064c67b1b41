"use client";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field } from "../ui/field";
import { Notice } from "../ui/notice";
import { buttonPrimary, buttonSecondary, inputClass } from "../ui/styles";

const ERROR_KEYS: Record<string, string> = {
  CredentialsSignin: "errorCredentials",
  TooManyAttempts: "errorThrottled",
  Verification: "errorVerification",
};

export function SignInForm({ initialError }: { initialError?: string }) {
  const t = useTranslations("signIn");
  const router = useRouter();
  const [error, setError] = useState<string | undefined>(
    initialError ? (ERROR_KEYS[initialError] ?? "errorGeneric") : undefined,
  );
  const [busy, setBusy] = useState<"password" | "link" | null>(null);

  async function onPasswordSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBusy("password");
    setError(undefined);
    const result = await signIn("credentials", {
      email: String(data.get("email")),
      password: String(data.get("password")),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      router.replace("/");
      router.refresh();
      return;
    }
    setBusy(null);
    setError(ERROR_KEYS[result?.error ?? ""] ?? "errorGeneric");
  }

  async function onLinkSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBusy("link");
    await signIn("email", { email: String(data.get("email")), callbackUrl: "/" });
  }

  return (
    <div className="space-y-8">
      {error && <Notice tone="error">{t(error)}</Notice>}
      <form onSubmit={onPasswordSubmit} className="space-y-4" noValidate={false}>
        <Field id="email" label={t("email")}>
          {(aria) => (
            <input {...aria} name="email" type="email" autoComplete="username" required className={inputClass} />
          )}
        </Field>
        <Field id="password" label={t("password")}>
          {(aria) => (
            <input
              {...aria}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              className={inputClass}
            />
          )}
        </Field>
        <button type="submit" disabled={busy !== null} className={`${buttonPrimary} w-full`}>
          {busy === "password" ? t("submitting") : t("submit")}
        </button>
      </form>
      <section aria-labelledby="link-title" className="border-t border-slate-300 pt-6">
        <h2 id="link-title" className="text-lg font-semibold">
          {t("linkTitle")}
        </h2>
        <p className="mb-4 mt-1 text-slate-700">{t("linkIntro")}</p>
        <form onSubmit={onLinkSubmit} className="space-y-4">
          <Field id="link-email" label={t("email")}>
            {(aria) => (
              <input {...aria} name="email" type="email" autoComplete="email" required className={inputClass} />
            )}
          </Field>
          <button type="submit" disabled={busy !== null} className={`${buttonSecondary} w-full`}>
            {busy === "link" ? t("linkSubmitting") : t("linkSubmit")}
          </button>
        </form>
      </section>
    </div>
  );
}
