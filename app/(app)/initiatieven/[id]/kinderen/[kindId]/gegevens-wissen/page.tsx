import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CancelErasure, RequestErasure } from "@/components/children/erasure-forms";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { cardClass, linkClass } from "@/components/ui/styles";
import { loadChildErasurePage } from "@/lib/pages/child-erasure";

type Props = { params: Promise<{ id: string; kindId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, kindId } = await params;
  const { child, initiative } = await loadChildErasurePage(id, kindId);
  const t = await getTranslations("erasure");
  return { title: `${t("metaTitle")} · ${child.displayName} · ${initiative.name}` };
}

/** A guardian asks for the child's record to be erased: what goes, what stays and why, and the confirmation period. */
export default async function ChildErasurePage({ params }: Props) {
  const { id, kindId } = await params;
  const { child, pseudonym, request, counts, days } = await loadChildErasurePage(id, kindId);
  const t = await getTranslations("erasure");
  const format = await getFormatter();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "Europe/Amsterdam" });
  const name = child.displayName;
  const childPath = `/initiatieven/${id}/kinderen/${child.id}`;
  return (
    <>
      <p className="mb-4">
        <Link href={childPath} className={linkClass}>
          ← {t("backToChild", { child: name })}
        </Link>
      </p>
      <PageHeader title={t("title", { child: name })} intro={t("intro", { child: name })} />

      {request && (
        <section aria-labelledby="erasure-pending" className={`${cardClass} mb-6`}>
          <h2 id="erasure-pending" className="text-lg font-semibold">
            {t("pendingTitle")}
          </h2>
          <div className="my-3">
            <Notice tone="info">
              {t("pending", { child: name, date: day(request.effectiveAfter) })}{" "}
              {t("requestedOn", { date: day(request.requestedAt) })}
            </Notice>
          </div>
          <CancelErasure childId={child.id} child={name} />
        </section>
      )}

      <section aria-labelledby="erasure-deleted" className={`${cardClass} mb-6`}>
        <h2 id="erasure-deleted" className="mb-2 text-lg font-semibold">
          {t("deletedTitle")}
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-slate-800">
          <li>{t("deletedDetails", { child: name })}</li>
          <li>{t("deletedDocuments", { count: counts.documents })}</li>
          <li>{t("deletedCare", { count: counts.care })}</li>
          <li>{t("deletedConsents", { child: name })}</li>
          <li>{t("deletedGuardians", { child: name })}</li>
        </ul>
      </section>

      <section aria-labelledby="erasure-kept" className={`${cardClass} mb-6`}>
        <h2 id="erasure-kept" className="mb-2 text-lg font-semibold">
          {t("keptTitle")}
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-slate-800">
          <li>{t("keptApprovals", { child: name, pseudonym, count: counts.approvals })}</li>
          <li>{t("keptLog", { child: name })}</li>
          <li>{t("keptOthers", { child: name })}</li>
        </ul>
      </section>

      <section aria-labelledby="erasure-who" className={`${cardClass} mb-6`}>
        <h2 id="erasure-who" className="mb-2 text-lg font-semibold">
          {t("whoTitle")}
        </h2>
        <p className="text-slate-800">{t("who", { child: name })}</p>
        <h2 id="erasure-period" className="mb-2 mt-4 text-lg font-semibold">
          {t("periodTitle")}
        </h2>
        <p className="text-slate-800">{t("period", { days })}</p>
        {!request && (
          <div className="mt-4">
            <RequestErasure childId={child.id} child={name} days={days} />
          </div>
        )}
      </section>
    </>
  );
}
