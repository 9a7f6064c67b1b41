import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { linkClass } from "@/components/ui/styles";
import { loadPasswordReset } from "@/lib/pages/identity";

export async function generateMetadata(): Promise<Metadata> {
  // The token is in this page's address: send it to no other site. Not "no-referrer": then the
  // browser posts the form with "Origin: null", which Next refuses for a server action.
  return { title: (await getTranslations("passwordReset"))("newTitle"), referrer: "same-origin" };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const open = await loadPasswordReset(token);
  const t = await getTranslations("passwordReset");
  if (!open)
    return (
      <>
        <h1 className="text-2xl font-bold">{t("invalidTitle")}</h1>
        <p className="mt-3">{t("invalidBody")}</p>
        <p className="mt-6">
          <Link href="/wachtwoord-vergeten" className={linkClass}>
            {t("requestNew")}
          </Link>
        </p>
      </>
    );
  return (
    <>
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <p className="mb-6 mt-3">{t("newIntro", { email: open.email })}</p>
      <ResetPasswordForm token={token} email={open.email} />
    </>
  );
}
