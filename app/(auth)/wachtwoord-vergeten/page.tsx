import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PasswordResetRequestForm } from "@/components/auth/password-reset-request-form";
import { linkClass } from "@/components/ui/styles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("passwordReset"))("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("passwordReset");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 mt-2 text-slate-700">{t("intro")}</p>
      <PasswordResetRequestForm />
      <p className="mt-6">
        <Link href="/inloggen" className={linkClass}>
          {t("back")}
        </Link>
      </p>
    </>
  );
}
