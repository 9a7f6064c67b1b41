import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { GiveConsentForm } from "@/components/children/give-consent-form";
import { WithdrawConsent } from "@/components/children/withdraw-consent";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { cardClass, linkClass } from "@/components/ui/styles";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { loadChildConsentPage } from "@/lib/pages/child-consent";

type Props = { params: Promise<{ id: string; kindId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, kindId } = await params;
  const { child, initiative } = await loadChildConsentPage(id, kindId);
  const t = await getTranslations("consent");
  return { title: `${t("metaTitle")} · ${child.displayName} · ${initiative.name}` };
}

/** A guardian's consent for one child: what holds, give, withdraw, and the history. */
export default async function ChildConsentPage({ params }: Props) {
  const { id, kindId } = await params;
  const { child, current, history, organisations, scopes } = await loadChildConsentPage(id, kindId);
  const t = await getTranslations("consent");
  const tScope = await getTranslations("children.consentScope");
  const format = await getFormatter();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const moment = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const childPath = `/initiatieven/${id}/kinderen/${child.id}`;
  return (
    <>
      <p className="mb-4 flex flex-wrap gap-x-6 gap-y-2">
        <Link href={childPath} className={linkClass}>
          ← {t("backToChild", { child: child.displayName })}
        </Link>
        <Link href={`${childPath}/ouders`} className={linkClass}>
          {t("toGuardians")}
        </Link>
      </p>
      <PageHeader title={t("title", { child: child.displayName })} intro={t("intro")} />

      <section aria-labelledby="consent-scopes" className={`${cardClass} mb-6`}>
        <h2 id="consent-scopes" className="text-lg font-semibold">
          {t("scopesTitle")}
        </h2>
        <dl className="mt-2 space-y-2">
          {scopes.map((scope) => (
            <div key={scope}>
              <dt className="font-medium">{tScope(scope)}</dt>
              <dd className="text-slate-700">{t(`scopeExplanation.${scope}`)}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-slate-700">{t("nameAlways")}</p>
      </section>

      <section aria-labelledby="consent-current" className={`${cardClass} mb-6`}>
        <h2 id="consent-current" className="mb-3 text-lg font-semibold">
          {t("currentTitle")}
        </h2>
        {current.length === 0 ? (
          <p className="text-slate-700">{t("currentEmpty")}</p>
        ) : (
          <Table caption={t("currentCaption")} minWidth="min-w-[40rem]">
            <THead>
              <Th>{t("organisation")}</Th>
              <Th>{t("scope")}</Th>
              <Th>{t("until")}</Th>
              <Th>{t("givenOn")}</Th>
              <Th>{t("actions")}</Th>
            </THead>
            <tbody>
              {current.map((c) => (
                <tr key={c.id}>
                  <Th scope="row" strong anywhere>
                    {c.organisationName}
                  </Th>
                  <Td>{tScope(c.scope)}</Td>
                  <Td nowrap>{c.endsOn ? day(c.endsOn) : t("untilWithdrawn")}</Td>
                  <Td>
                    {moment(c.givenAt)} · {c.givenBy}
                  </Td>
                  <Td>
                    <WithdrawConsent
                      consentId={c.id}
                      organisation={c.organisationName}
                      scope={tScope(c.scope)}
                      child={child.displayName}
                    />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>

      <section aria-labelledby="consent-give" className={`${cardClass} mb-6`}>
        <h2 id="consent-give" className="text-lg font-semibold">
          {t("giveTitle")}
        </h2>
        <p className="mb-3 mt-1 text-slate-700">{t("giveIntro")}</p>
        {organisations.length === 0 ? (
          <Notice tone="info">{t("noOrganisations")}</Notice>
        ) : (
          <GiveConsentForm childId={child.id} organisations={organisations} scopes={scopes} />
        )}
      </section>

      <section aria-labelledby="consent-history" className={cardClass}>
        <h2 id="consent-history" className="text-lg font-semibold">
          {t("historyTitle")}
        </h2>
        <p className="mb-3 mt-1 text-slate-700">{t("historyIntro", { child: child.displayName })}</p>
        {history.length === 0 ? (
          <p className="text-slate-700">{t("historyEmpty")}</p>
        ) : (
          <Table caption={t("historyCaption")} minWidth="min-w-[40rem]">
            <THead>
              <Th>{t("when")}</Th>
              <Th>{t("what")}</Th>
              <Th>{t("organisation")}</Th>
              <Th>{t("scope")}</Th>
              <Th>{t("by")}</Th>
            </THead>
            <tbody>
              {history.map((e) => (
                <tr key={e.key}>
                  <Td nowrap>{e.kind === "ENDED" ? day(e.at) : moment(e.at)}</Td>
                  <Td strong>
                    {t(`event.${e.kind}`)}
                    {e.kind === "GIVEN" && e.endsOn && (
                      <span className="block text-sm font-normal text-slate-700">
                        {t("untilDate", { date: day(e.endsOn) })}
                      </span>
                    )}
                  </Td>
                  <Td anywhere>{e.organisationName}</Td>
                  <Td>{tScope(e.scope)}</Td>
                  <Td anywhere>{e.by ?? t("endedBy")}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
    </>
  );
}
