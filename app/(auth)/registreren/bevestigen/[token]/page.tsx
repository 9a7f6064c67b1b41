import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ConfirmSignUpForm } from "@/components/auth/confirm-sign-up-form";
import { linkClass } from "@/components/ui/styles";
import { loadSignUpConfirmation } from "@/lib/pages/identity";

export async function generateMetadata(): Promise<Metadata> {
  // The token is in this page's address: send it to no other site. Not "no-referrer": then the
  // browser posts the form with "Origin: null", which Next refuses for a server action.
  return { title: (await getTranslations("signUp"))("confirmTitle"), referrer: "same-origin" };
}

export default async function ConfirmSignUpPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const open = await loadSignUpConfirmation(token);
  const t = await getTranslations("signUp");
  if (!open)
    return (
      <>
        <h1 className="text-2xl font-bold">{t("invalidTitle")}</h1>
        <p className="mt-3">{t("invalidBody")}</p>
        <p className="mt-6">
          <Link href="/registreren" className={linkClass}>
            {t("startAgain")}
          </Link>
        </p>
      </>
    );
  return (
    <>
      <h1 className="text-2xl font-bold">{t("confirmTitle")}</h1>
      <p className="mb-6 mt-3">{t("confirmBody", { email: open.email })}</p>
      <ConfirmSignUpForm token={token} />
    </>
  );
}
