import { useLocale, useTranslations } from "next-intl";
import type { CurrentArrangement } from "@/lib/arrangements/queries";
import { Money } from "./money";
import { RequestChangeForm } from "./request-change-form";

type Line = CurrentArrangement["latest"]["lines"][number];

export function LinesTable(props: { initiativeId: string; versionId: string; lines: Line[]; requestable: string[] }) {
  const t = useTranslations("arrangements");
  const locale = useLocale();
  const hours = (h: number | null) =>
    h === null ? t("noValue") : h.toLocaleString(locale, { maximumFractionDigits: 2 });
  const withActions = props.requestable.length > 0;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[48rem] border-collapse text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2">
              #
            </th>
            <th scope="col" className="p-2">
              {t("col.component")}
            </th>
            <th scope="col" className="p-2">
              {t("col.stream")}
            </th>
            <th scope="col" className="p-2">
              {t("col.payerProvider")}
            </th>
            <th scope="col" className="p-2 text-right">
              {t("col.hours")}
            </th>
            <th scope="col" className="p-2 text-right">
              {t("col.amount")}
            </th>
            <th scope="col" className="p-2">
              {t("col.rationale")}
            </th>
            {withActions && (
              <th scope="col" className="p-2">
                {t("col.actions")}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {props.lines.map((line, i) => (
            <tr key={line.lineKey} className="border-b border-slate-200 align-top">
              <td className="p-2">{i + 1}</td>
              <td className="p-2 [overflow-wrap:anywhere]">
                <span className="font-medium">{t(`component.${line.component}`)}</span>
                <br />
                {line.description}
              </td>
              <td className="p-2">{t(`stream.${line.fundingStream}`)}</td>
              <td className="p-2 [overflow-wrap:anywhere]">
                {line.payerName} → {line.providerName}
              </td>
              <td className="p-2 text-right tabular-nums">{hours(line.hoursPerWeek)}</td>
              <td className="p-2 text-right">
                {line.amountCentsPerYear === null ? t("noValue") : <Money cents={line.amountCentsPerYear} />}
              </td>
              <td className="p-2 whitespace-pre-line [overflow-wrap:anywhere]">{line.rationale}</td>
              {withActions && (
                <td className="p-2">
                  {props.requestable.includes(line.lineKey) && (
                    <RequestChangeForm
                      initiativeId={props.initiativeId}
                      versionId={props.versionId}
                      lineKey={line.lineKey}
                      number={i + 1}
                    />
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
