import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { InviteGuardianForm } from "@/components/children/invite-guardian-form";
import { GiveMandateForm, RevokeMandate } from "@/components/children/mandate-forms";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { cardClass, linkClass } from "@/components/ui/styles";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { loadChildGuardiansPage } from "@/lib/pages/child-guardians";

type Props = { params: Promise<{ id: string; kindId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, kindId } = await params;
  const { child, initiative } = await loadChildGuardiansPage(id, kindId);
  const t = await getTranslations("guardians");
  return { title: `${t("metaTitle")} · ${child.displayName} · ${initiative.name}` };
}

/** A child's guardians, inviting another parent, and the mandates between guardians. */
export default async function ChildGuardiansPage({ params }: Props) {
  const { id, kindId } = await params;
  const { child, guardians, mandates, mandateCandidates } = await loadChildGuardiansPage(id, kindId);
  const t = await getTranslations("guardians");
  const format = await getFormatter();
  const moment = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const childPath = `/initiatieven/${id}/kinderen/${child.id}`;
  const name = child.displayName;
  return (
    <>
      <p className="mb-4 flex flex-wrap gap-x-6 gap-y-2">
        <Link href={childPath} className={linkClass}>
          ← {t("backToChild", { child: name })}
        </Link>
        <Link href={`${childPath}/toestemming`} className={linkClass}>
          {t("toConsent")}
        </Link>
      </p>
      <PageHeader title={t("title", { child: name })} intro={t("intro", { child: name })} />

      <section aria-labelledby="guardians-list" className={`${cardClass} mb-6`}>
        <h2 id="guardians-list" className="mb-3 text-lg font-semibold">
          {t("listTitle")}
        </h2>
        <Table caption={t("caption", { child: name })}>
          <THead>
            <Th>{t("name")}</Th>
            <Th>{t("status")}</Th>
            <Th>{t("since")}</Th>
          </THead>
          <tbody>
            {guardians.map((g) => (
              <tr key={g.id}>
                <Th scope="row" strong anywhere>
                  {g.isMe ? t("you", { name: g.name }) : g.name}
                </Th>
                <Td>
                  {t(`state.${g.waitingFor ?? g.status}`)}
                  {g.invitedBy && (
                    <span className="block text-sm text-slate-700">{t("invitedBy", { name: g.invitedBy })}</span>
                  )}
                </Td>
                <Td nowrap>{moment(g.since)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>

      <section aria-labelledby="guardians-invite" className={`${cardClass} mb-6`}>
        <h2 id="guardians-invite" className="text-lg font-semibold">
          {t("inviteTitle")}
        </h2>
        <p className="mb-3 mt-1 text-slate-700">{t("inviteIntro")}</p>
        <InviteGuardianForm childId={child.id} />
      </section>

      <section aria-labelledby="guardians-mandates" className={cardClass}>
        <h2 id="guardians-mandates" className="text-lg font-semibold">
          {t("mandatesTitle")}
        </h2>
        <p className="mb-3 mt-1 text-slate-700">{t("mandatesIntro", { child: name })}</p>
        {mandates.length === 0 ? (
          <p className="mb-4 text-slate-700">{t("mandatesEmpty", { child: name })}</p>
        ) : (
          <div className="mb-4">
            <Table caption={t("mandatesCaption", { child: name })} minWidth="min-w-[40rem]">
              <THead>
                <Th>{t("from")}</Th>
                <Th>{t("to")}</Th>
                <Th>{t("since")}</Th>
                <Th>{t("mandateStatus")}</Th>
                <Th>{t("actions")}</Th>
              </THead>
              <tbody>
                {mandates.map((m) => (
                  <tr key={m.id}>
                    <Td anywhere>{m.from}</Td>
                    <Td anywhere>
                      {m.to}
                      <span className="block text-sm text-slate-700">{t(`direction.${m.direction}`)}</span>
                    </Td>
                    <Td nowrap>{moment(m.createdAt)}</Td>
                    <Td>{m.revokedAt ? t("mandateRevoked", { date: moment(m.revokedAt) }) : t("mandateActive")}</Td>
                    <Td>{!m.revokedAt && <RevokeMandate mandateId={m.id} from={m.from} to={m.to} child={name} />}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        )}
        <h3 className="font-semibold">{t("giveMandateTitle")}</h3>
        {mandateCandidates.length === 0 ? (
          <div className="mt-2">
            <Notice tone="info">{t("noCandidates")}</Notice>
          </div>
        ) : (
          <div className="mt-2">
            <GiveMandateForm childId={child.id} candidates={mandateCandidates} />
          </div>
        )}
      </section>
    </>
  );
}
