import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ConditionForm } from "@/components/randvoorwaarden/condition-form";
import { ConditionStatusBadge } from "@/components/randvoorwaarden/condition-status-badge";
import { Notice } from "@/components/ui/notice";
import { cardClass } from "@/components/ui/styles";
import { CONDITION_STATUSES } from "@/lib/randvoorwaarden/checklist-types";
import { loadConditionsPage } from "@/lib/pages/conditions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { initiative } = await loadConditionsPage((await params).id);
  const t = await getTranslations("randvoorwaarden");
  return { title: `${t("title")} · ${initiative.name}` };
}

export default async function ConditionsPage({ params }: Props) {
  const { initiative, checklist } = await loadConditionsPage((await params).id);
  const t = await getTranslations("randvoorwaarden");
  const tStatus = await getTranslations("conditionStatus");
  const format = await getFormatter();
  const editable = initiative.canEdit;
  return (
    <>
      <p className="mb-6 max-w-2xl text-slate-700">{t("intro")}</p>
      <section aria-labelledby="conditions-summary" className={`${cardClass} mb-6`}>
        <h2 id="conditions-summary" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="mt-1 text-lg">{t("summary", { done: checklist.counts.GEREGELD, total: checklist.applicable })}</p>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
          {CONDITION_STATUSES.map((s) => (
            <li key={s}>{t("countOf", { status: tStatus(s), count: checklist.counts[s] })}</li>
          ))}
        </ul>
        <p className="mt-3 text-sm text-slate-700">
          {t("versionNote", { name: checklist.name, version: checklist.version })}
        </p>
      </section>
      {!editable && (
        <div className="mb-6">
          <Notice tone="info">{t("readOnly")}</Notice>
        </div>
      )}
      <ol className="space-y-6">
        {checklist.items.map((item, index) => (
          <li key={item.key}>
            <section aria-labelledby={`condition-${item.key}`} className={cardClass}>
              <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                <h3 id={`condition-${item.key}`} className="text-lg font-semibold [overflow-wrap:anywhere]">
                  {index + 1}. {item.title}
                </h3>
                <ConditionStatusBadge status={item.status} />
              </div>
              <p className="mt-1 text-slate-700">{item.explanation}</p>
              {item.updatedAt && (
                <p className="mt-1 text-sm text-slate-700">
                  {t("lastChanged", {
                    date: format.dateTime(item.updatedAt, { dateStyle: "medium", timeStyle: "short" }),
                  })}
                </p>
              )}
              <div className="mt-4">
                {editable ? (
                  <ConditionForm
                    initiativeId={initiative.id}
                    itemKey={item.key}
                    title={item.title}
                    evidenceHint={item.evidenceHint}
                    version={item.version}
                    values={{ status: item.status, evidence: item.evidence }}
                  />
                ) : (
                  <dl className="grid gap-y-1">
                    <dt className="font-medium text-slate-700">{t("whatCounts")}</dt>
                    <dd>{item.evidenceHint}</dd>
                    <dt className="mt-2 font-medium text-slate-700">{t("evidence")}</dt>
                    <dd className="whitespace-pre-line [overflow-wrap:anywhere]">{item.evidence || t("noEvidence")}</dd>
                  </dl>
                )}
              </div>
            </section>
          </li>
        ))}
      </ol>
    </>
  );
}
