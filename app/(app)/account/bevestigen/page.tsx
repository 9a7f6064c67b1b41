import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReauthenticateForm, ReauthenticationLinkForm } from "@/components/account/reauthenticate-form";
import { PageHeader } from "@/components/ui/page-header";
import { cardClass } from "@/components/ui/styles";
import { safeReturnPath } from "@/lib/auth/return-path";
import { loadReauthentication } from "@/lib/pages/sessions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sessions"))("reauthTitle") };
}

/** "Bevestig dat u het bent": asked before changing a password, second factor or SSO settings. */
export default async function ReauthenticatePage({ searchParams }: { searchParams: Promise<{ terug?: string }> }) {
  const { email, hasPassword } = await loadReauthentication();
  const returnTo = safeReturnPath((await searchParams).terug);
  const t = await getTranslations("sessions");
  return (
    <>
      <PageHeader title={t("reauthTitle")} />
      <div className="max-w-xl space-y-6">
        {hasPassword && (
          <section aria-labelledby="reauth-password-title" className={cardClass}>
            <h2 id="reauth-password-title" className="text-lg font-semibold">
              {t("reauthPasswordTitle")}
            </h2>
            <p className="mb-4 mt-1 text-slate-700">{t("reauthIntro")}</p>
            <ReauthenticateForm returnTo={returnTo} />
          </section>
        )}
        <section aria-labelledby="reauth-link-title" className={cardClass}>
          <h2 id="reauth-link-title" className="text-lg font-semibold">
            {t("reauthLinkTitle")}
          </h2>
          <p className="mb-4 mt-1 break-words text-slate-700">{t("reauthLinkIntro", { email })}</p>
          <ReauthenticationLinkForm returnTo={returnTo} />
        </section>
      </div>
    </>
  );
}
