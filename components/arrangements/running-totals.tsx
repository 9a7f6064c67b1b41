"use client";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { runningTotals, type DraftRow } from "@/lib/arrangements/running-totals";
import { Money } from "./money";

/** Totals per funding stream of the lines as typed, updated with every keystroke. */
export function RunningTotals() {
  const t = useTranslations("arrangements");
  const [lines, periodStart, periodEnd] = useWatch({ name: ["lines", "periodStart", "periodEnd"] }) as [
    DraftRow[] | undefined,
    string | undefined,
    string | undefined,
  ];
  const totals = runningTotals(lines ?? [], { periodStart, periodEnd });
  const rows = [
    ...totals.byStream.map((s) => ({ key: s.fundingStream, label: t(`stream.${s.fundingStream}`), total: s })),
    { key: "overall", label: t("overall"), total: totals.overall },
  ];
  return (
    <section aria-labelledby="running-totals" className="space-y-2 rounded-md bg-slate-50 p-3 sm:p-4">
      <h2 id="running-totals" className="text-lg font-semibold">
        {t("editor.totalsTitle")}
      </h2>
      <p className="text-sm text-slate-700">{t("editor.totalsHelp")}</p>
      <dl className="divide-y divide-slate-200">
        {rows.map((row) => (
          <div
            key={row.key}
            data-stream={row.key}
            className={`flex flex-wrap justify-between gap-x-4 py-1 ${row.key === "overall" ? "font-semibold" : ""}`}
          >
            <dt className="[overflow-wrap:anywhere]">{row.label}</dt>
            <dd className="text-right">
              <Money cents={row.total.perYearCents} /> {t("editor.perYear")}
              {row.total.periodCents !== null && (
                <>
                  {" · "}
                  <Money cents={row.total.periodCents} /> {t("editor.overPeriod")}
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {totals.notCounted > 0 && <p className="text-sm">{t("editor.notCounted", { count: totals.notCounted })}</p>}
    </section>
  );
}
