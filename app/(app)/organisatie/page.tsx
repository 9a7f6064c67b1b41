import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { InvitationList } from "@/components/organisation/invitation-list";
import { InviteForm } from "@/components/organisation/invite-form";
import { MemberTable } from "@/components/organisation/member-table";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { cardClass, linkClass } from "@/components/ui/styles";
import { loadOrganisationSettings } from "@/lib/pages/organisation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organisation"))("title") };
}

export default async function OrganisationPage() {
  const { settings } = await loadOrganisationSettings();
  const t = await getTranslations("organisation");
  const tKind = await getTranslations("orgKind");
  const tApp = await getTranslations("app");
  const tAccess = await getTranslations("accessLog");
  const tSso = await getTranslations("sso");
  const org = settings.organisation;
  const me = settings.members.find((m) => m.user.id === settings.myUserId);
  const codes: [string, string | null][] = [
    [t("brin"), org.brin],
    [t("swvCode"), org.swvCode],
    [t("cbsCode"), org.cbsCode],
  ];
  return (
    <>
      <PageHeader title={org.name} intro={`${tKind(org.kind)}${org.fictitious ? ` (${tApp("fictitious")})` : ""}`} />
      <div className="space-y-6">
        <section aria-labelledby="org-details" className={cardClass}>
          <h2 id="org-details" className="mb-2 text-lg font-semibold">
            {t("details")}
          </h2>
          <dl className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-2">
            <dt className="font-medium text-slate-700">{t("kind")}</dt>
            <dd>{tKind(org.kind)}</dd>
            {codes
              .filter(([, v]) => v)
              .map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="font-medium text-slate-700">{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
          </dl>
          {org.fictitious && <p className="mt-3 text-sm text-slate-700">{t("fictitiousNote")}</p>}
        </section>
        <section aria-labelledby="members" className={cardClass}>
          <h2 id="members" className="mb-3 text-lg font-semibold">
            {t("members")}
          </h2>
          {!settings.canManage && (
            <div className="mb-3">
              <Notice>{t("readOnly")}</Notice>
            </div>
          )}
          <MemberTable settings={settings} />
          {(settings.canManage || me?.privacyOfficer) && (
            <p className="mt-4">
              <Link href="/organisatie/toegang" className={linkClass}>
                {tAccess("orgLink")}
              </Link>
            </p>
          )}
          {settings.canManage && (
            <p className="mt-2">
              <Link href="/organisatie/sso" className={linkClass}>
                {tSso("settingsLink")}
              </Link>
            </p>
          )}
        </section>
        {settings.canManage && (
          <div className="grid gap-6 lg:grid-cols-2">
            <section aria-labelledby="invite" className={cardClass}>
              <h2 id="invite" className="text-lg font-semibold">
                {t("invite")}
              </h2>
              <p className="mb-4 mt-1 text-slate-700">{t("inviteIntro")}</p>
              <InviteForm />
            </section>
            <section aria-labelledby="invitations" className={cardClass}>
              <h2 id="invitations" className="mb-3 text-lg font-semibold">
                {t("invitations")}
              </h2>
              <InvitationList invitations={settings.invitations} />
            </section>
          </div>
        )}
      </div>
    </>
  );
}
