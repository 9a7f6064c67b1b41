"use client";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Field } from "../ui/field";
import { buttonSecondary, inputClass } from "../ui/styles";

/** Asks next-auth's e-mail provider for a sign-in link (needs JavaScript for now). */
export function SignInLinkForm() {
  const t = useTranslations("signIn");
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBusy(true);
    await signIn("email", { email: String(data.get("email")), callbackUrl: "/" });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <Field id="link-email" label={t("email")}>
        {(aria) => <input {...aria} name="email" type="email" autoComplete="email" required className={inputClass} />}
      </Field>
      <button type="submit" disabled={busy} className={`${buttonSecondary} w-full`}>
        {busy ? t("linkSubmitting") : t("linkSubmit")}
      </button>
    </form>
  );
}
