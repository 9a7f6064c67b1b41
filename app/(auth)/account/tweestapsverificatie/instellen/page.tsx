import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EnrolForm } from "@/components/mfa/enrol-form";
import { SignOutLink } from "@/components/mfa/sign-out-link";
import { Notice } from "@/components/ui/notice";
import { linkClass } from "@/components/ui/styles";
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
      {pending ? (
        <>
          <p className="mb-6 mt-2 text-slate-700">{required ? t("enrolRequired") : t("enrolOptional")}</p>
          <EnrolForm secret={pending.secret} qrSvg={pending.qrSvg} />
        </>
      ) : (
        <div className="mt-4 space-y-4">
          <Notice tone="success">{t("alreadyEnrolled")}</Notice>
          <p>
            <Link href="/account" className={linkClass}>
              {t("backToAccount")}
            </Link>
          </p>
        </div>
      )}
      {required && (
        <p className="mt-6">
          <SignOutLink label={t("signOut")} />
        </p>
      )}
    </>
  );
}
