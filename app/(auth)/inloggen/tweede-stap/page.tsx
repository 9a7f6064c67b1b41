import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SecondFactorForm } from "@/components/mfa/second-factor-form";
import { SignOutLink } from "@/components/mfa/sign-out-link";
import { loadVerifyPage } from "@/lib/pages/second-factor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mfa"))("verifyTitle") };
}

export default async function SecondStepPage() {
  await loadVerifyPage();
  const t = await getTranslations("mfa");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("verifyTitle")}</h1>
      <p className="mb-6 mt-2 text-slate-700">{t("verifyIntro")}</p>
      <SecondFactorForm />
      <p className="mt-6 text-slate-700">{t("recoveryHint")}</p>
      <p className="mt-4">
        <SignOutLink label={t("signOut")} />
      </p>
    </>
  );
}
