import { useLocale, useTranslations } from "next-intl";
import { Table, Td, Th, THead } from "@/components/ui/table";
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
        <Table caption={t("versions.changed")} showCaption>
          <THead>
            <Th>{t("col.change")}</Th>
            <Th>{t("col.from")}</Th>
            <Th>{t("col.to")}</Th>
          </THead>
          <tbody>
            {changed.flatMap((c) =>
              c.fields.map((f) => (
                <tr key={`${c.lineKey}-${f.field}`}>
                  <Th scope="row">
                    {t(`versions.field.${f.field}`)} <span className="text-slate-700">({c.lineKey})</span>
                  </Th>
                  <Td anywhere>{value(f.field, f.from)}</Td>
                  <Td anywhere>{value(f.field, f.to)}</Td>
                </tr>
              )),
            )}
          </tbody>
        </Table>
      )}
      <Table caption={t("versions.streams")} showCaption>
        <THead>
          <Th>{t("col.stream")}</Th>
          <Th numeric>{t("col.from")}</Th>
          <Th numeric>{t("col.to")}</Th>
          <Th numeric>{t("col.difference")}</Th>
        </THead>
        <tbody>
          {streamDifferences.map((d) => (
            <tr key={d.fundingStream}>
              <Th scope="row">{t(`stream.${d.fundingStream}`)}</Th>
              <Td numeric>
                <Money cents={d.fromCentsPerYear} />
              </Td>
              <Td numeric>
                <Money cents={d.toCentsPerYear} />
              </Td>
              <Td numeric>
                {d.differenceCentsPerYear > 0 ? "+" : ""}
                <Money cents={d.differenceCentsPerYear} />
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
