import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DataExportLinks } from "@/components/account/data-export-links";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { AccountSecondFactor } from "@/components/mfa/account-second-factor";
import { LanguageForm } from "@/components/account/language-form";
import { SessionList } from "@/components/account/session-list";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere";
import { EmailPreferencesForm } from "@/components/notifications/email-preferences-form";
import { PageHeader } from "@/components/ui/page-header";
import { cardClass } from "@/components/ui/styles";
import { requireActor } from "@/lib/auth/current-actor";
import { loadEmailPreferences } from "@/lib/pages/notifications";
import { loadOwnSessions } from "@/lib/pages/sessions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const actor = await requireActor();
  const preferences = await loadEmailPreferences();
  const sessions = await loadOwnSessions();
  const t = await getTranslations("account");
  const tn = await getTranslations("notifications");
  const tNav = await getTranslations("nav");
  const tKind = await getTranslations("orgKind");
  const tRole = await getTranslations("role");
  const tp = await getTranslations("privacy");
  const tpw = await getTranslations("passwordChange");
  const ts = await getTranslations("sessions");
  return (
    <>
      <PageHeader title={t("title")} />
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="me" className={cardClass}>
          <h2 id="me" className="sr-only">
            {t("title")}
          </h2>
          <dl className="grid grid-cols-[minmax(7rem,auto)_1fr] gap-x-4 gap-y-2">
            <dt className="font-medium text-slate-700">{t("name")}</dt>
            <dd>{actor.name}</dd>
            <dt className="font-medium text-slate-700">{t("email")}</dt>
            <dd className="break-all">{actor.email}</dd>
          </dl>
          <h3 className="mb-2 mt-6 font-semibold">{t("workspaces")}</h3>
          <ul className="list-disc pl-5">
            {actor.workspaces.map((w) => (
              <li key={w.key}>
                {w.kind === "PERSONAL"
                  ? tNav("personal")
                  : `${w.organisationName} — ${tKind(w.organisationKind)}, ${tRole(w.role).toLowerCase()}`}
              </li>
            ))}
          </ul>
        </section>
        <div className="space-y-6">
          <AccountSecondFactor />
          <section aria-label={t("language")} className={cardClass}>
            <LanguageForm />
          </section>
          <section aria-labelledby="email-prefs" className={cardClass}>
            <h2 id="email-prefs" className="text-lg font-semibold">
              {tn("preferencesTitle")}
            </h2>
            <p className="mb-4 mt-1 text-slate-700">{tn("preferencesHelp")}</p>
            <EmailPreferencesForm preferences={preferences} />
          </section>
          <section aria-labelledby="change-password" className={cardClass}>
            <h2 id="change-password" className="text-lg font-semibold">
              {tpw("title")}
            </h2>
            <p className="mb-4 mt-1 text-slate-700">{tpw("help")}</p>
            <ChangePasswordForm name={actor.name} email={actor.email} />
          </section>
          <section aria-labelledby="sessions" className={cardClass}>
            <h2 id="sessions" className="text-lg font-semibold">
              {t("sessions")}
            </h2>
            <p className="mb-4 mt-1 text-slate-700">{ts("help")}</p>
            <SessionList sessions={sessions} />
            <div className="mt-4 border-t border-slate-200 pt-4">
              <SignOutEverywhere />
            </div>
          </section>
          <section aria-labelledby="my-data" className={cardClass}>
            <h2 id="my-data" className="text-lg font-semibold">
              {tp("downloadMine")}
            </h2>
            <p className="mb-2 mt-1 text-slate-700">{tp("downloadMineHelp")}</p>
            <DataExportLinks href="/api/account/gegevens" what={tp("downloadMine")} />
          </section>
        </div>
      </div>
    </>
  );
}
