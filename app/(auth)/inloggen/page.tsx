import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Notice } from "@/components/ui/notice";
import { linkClass } from "@/components/ui/styles";
import { getActor } from "@/lib/auth/current-actor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string; uitgelogd?: string; uitgenodigd?: string; hersteld?: string; sso?: string }>;
}) {
  if (await getActor()) redirect("/");
  const { error, uitgelogd, uitgenodigd, hersteld, sso } = await searchParams;
  const t = await getTranslations("signIn");
  const tInvitation = await getTranslations("invitation");
  const tReset = await getTranslations("passwordReset");
  const tSignUp = await getTranslations("signUp");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 mt-2 text-slate-700">{t("intro")}</p>
      {uitgelogd && !error && (
        <div className="mb-6">
          <Notice tone="success">{t("signedOut")}</Notice>
        </div>
      )}
      {uitgenodigd && !error && (
        <div className="mb-6">
          <Notice tone="success">{tInvitation("accepted")}</Notice>
        </div>
      )}
      {hersteld && !error && (
        <div className="mb-6">
          <Notice tone="success">{tReset("done")}</Notice>
        </div>
      )}
      <SignInForm initialError={error} ssoError={sso} />
      <ul className="mt-8 space-y-2 border-t border-slate-300 pt-6">
        <li>
          <Link href="/wachtwoord-vergeten" className={linkClass}>
            {tReset("forgot")}
          </Link>
        </li>
        <li>
          {tSignUp("parentsOnly")}{" "}
          <Link href="/registreren" className={linkClass}>
            {tSignUp("title")}
          </Link>
        </li>
      </ul>
    </>
  );
}
