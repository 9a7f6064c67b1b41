import { useLocale, useTranslations } from "next-intl";
import type { VersionComparison } from "@/lib/arrangements/compare";
import type { ArrangementLine, LineContentField } from "@/lib/arrangements/types";
import { Money } from "./money";

/** What changed between two versions: lines added, removed, changed (old → new) and the amounts per stream. */
export function VersionCompare({
  comparison,
  names,
}: {
  comparison: VersionComparison;
  names: Record<string, string>;
}) {
  const t = useTranslations("arrangements");
  const locale = useLocale();
  const value = (field: LineContentField, v: ArrangementLine[LineContentField]) => {
    if (v === null || v === "") return t("noValue");
    if (field === "amountCentsPerYear") return <Money cents={v as number} />;
    if (field === "hoursPerWeek") return (v as number).toLocaleString(locale, { maximumFractionDigits: 2 });
    if (field === "component") return t(`component.${v as ArrangementLine["component"]}`);
    if (field === "fundingStream") return t(`stream.${v as ArrangementLine["fundingStream"]}`);
    if (field === "payerOrganisationId" || field === "providerOrganisationId") return names[v as string] ?? String(v);
    return String(v);
  };
  const lineList = (lines: ArrangementLine[]) => (
    <ul className="list-disc space-y-1 pl-5">
      {lines.map((l) => (
        <li key={l.lineKey} className="[overflow-wrap:anywhere]">
          {t(`component.${l.component}`)}: {l.description} · {t(`stream.${l.fundingStream}`)} ·{" "}
          {names[l.payerOrganisationId] ?? l.payerOrganisationId} →{" "}
          {names[l.providerOrganisationId] ?? l.providerOrganisationId}
          {l.amountCentsPerYear !== null && (
            <>
              {" "}
              · <Money cents={l.amountCentsPerYear} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
  const { added, removed, changed, streamDifferences } = comparison;
  return (
    <div className="space-y-6">
      {added.length + removed.length + changed.length === 0 && <p>{t("versions.same")}</p>}
      {added.length > 0 && (
        <div>
          <h3 className="mb-2 font-semibold">{t("versions.added")}</h3>
          {lineList(added)}
        </div>
      )}
      {removed.length > 0 && (
        <div>
          <h3 className="mb-2 font-semibold">{t("versions.removed")}</h3>
          {lineList(removed)}
        </div>
      )}
      {changed.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-2 text-left font-semibold">{t("versions.changed")}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-2">
                  {t("col.change")}
                </th>
                <th scope="col" className="p-2">
                  {t("col.from")}
                </th>
                <th scope="col" className="p-2">
                  {t("col.to")}
                </th>
              </tr>
            </thead>
            <tbody>
              {changed.flatMap((c) =>
                c.fields.map((f) => (
                  <tr key={`${c.lineKey}-${f.field}`} className="border-b border-slate-200 align-top">
                    <th scope="row" className="p-2 font-normal">
                      {t(`versions.field.${f.field}`)} <span className="text-slate-700">({c.lineKey})</span>
                    </th>
                    <td className="p-2 [overflow-wrap:anywhere]">{value(f.field, f.from)}</td>
                    <td className="p-2 [overflow-wrap:anywhere]">{value(f.field, f.to)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      )}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="mb-2 text-left font-semibold">{t("versions.streams")}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2">
                {t("col.stream")}
              </th>
              <th scope="col" className="p-2 text-right">
                {t("col.from")}
              </th>
              <th scope="col" className="p-2 text-right">
                {t("col.to")}
              </th>
              <th scope="col" className="p-2 text-right">
                {t("col.difference")}
              </th>
            </tr>
          </thead>
          <tbody>
            {streamDifferences.map((d) => (
              <tr key={d.fundingStream} className="border-b border-slate-200">
                <th scope="row" className="p-2 font-normal">
                  {t(`stream.${d.fundingStream}`)}
                </th>
                <td className="p-2 text-right">
                  <Money cents={d.fromCentsPerYear} />
                </td>
                <td className="p-2 text-right">
                  <Money cents={d.toCentsPerYear} />
                </td>
                <td className="p-2 text-right">
                  {d.differenceCentsPerYear > 0 ? "+" : ""}
                  <Money cents={d.differenceCentsPerYear} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
