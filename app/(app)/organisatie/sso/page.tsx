import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SsoConfigForm } from "@/components/sso/sso-config-form";
import { SsoTestConnection } from "@/components/sso/sso-test-connection";
import { PageHeader } from "@/components/ui/page-header";
import { cardClass } from "@/components/ui/styles";
import { loadOrganisationSsoPage } from "@/lib/pages/organisation-sso";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sso"))("title") };
}

/** A beheerder connects the organisation's own OpenID Connect provider (Entra ID, Entree Federatie). */
export default async function OrganisationSsoPage() {
  const { organisationName, config, redirectUri } = await loadOrganisationSsoPage();
  const t = await getTranslations("sso");
  const status = !config
    ? t("statusNone")
    : config.enabled
      ? t("statusOn", { domains: config.allowedDomains.join(", ") })
      : t("statusOff");
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro", { organisation: organisationName })} />
      <div className="space-y-6">
        <section aria-labelledby="sso-status" className={cardClass}>
          <h2 id="sso-status" className="text-lg font-semibold">
            {t("statusTitle")}
          </h2>
          <p className="mt-1 text-slate-700">{status}</p>
          <dl className="mt-4">
            <dt className="font-medium text-slate-700">{t("redirectUri")}</dt>
            <dd>
              <code className="break-all">{redirectUri}</code>
            </dd>
            <dd className="mt-1 text-sm text-slate-700">{t("redirectUriHelp")}</dd>
          </dl>
        </section>
        <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
          <section aria-labelledby="sso-form" className={cardClass}>
            <h2 id="sso-form" className="mb-4 text-lg font-semibold">
              {t("formTitle")}
            </h2>
            <SsoConfigForm config={config} />
          </section>
          <section aria-labelledby="sso-test" className={cardClass}>
            <h2 id="sso-test" className="text-lg font-semibold">
              {t("testTitle")}
            </h2>
            <p className="mb-4 mt-1 text-slate-700">{t("testIntro")}</p>
            <SsoTestConnection />
          </section>
        </div>
      </div>
    </>
  );
}
