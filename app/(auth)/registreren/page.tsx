import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { linkClass } from "@/components/ui/styles";
import { getActor } from "@/lib/auth/current-actor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signUp"))("title") };
}

/** Sign-up is for parents; staff of organisations join by invitation. */
export default async function SignUpPage() {
  if (await getActor()) redirect("/");
  const t = await getTranslations("signUp");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mb-6 mt-2 text-slate-700">{t("intro")}</p>
      <SignUpForm />
      <p className="mt-6">
        {t("haveAccount")}{" "}
        <Link href="/inloggen" className={linkClass}>
          {t("signIn")}
        </Link>
      </p>
    </>
  );
}
