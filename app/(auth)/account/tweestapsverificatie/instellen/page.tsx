import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EnrolForm } from "@/components/mfa/enrol-form";
import { SignOutLink } from "@/components/mfa/sign-out-link";
import { loadEnrolPage } from "@/lib/pages/second-factor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mfa"))("enrolTitle") };
}

export default async function EnrolPage() {
  const { required, pending } = await loadEnrolPage();
  const t = await getTranslations("mfa");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("enrolTitle")}</h1>
      {pending && <p className="mb-6 mt-2 text-slate-700">{required ? t("enrolRequired") : t("enrolOptional")}</p>}
      {/* One component in every state: the re-render after confirming keeps the recovery codes on screen. */}
      <EnrolForm pending={pending} />
      {required && (
        <p className="mt-6">
          <SignOutLink label={t("signOut")} />
        </p>
      )}
    </>
  );
}
