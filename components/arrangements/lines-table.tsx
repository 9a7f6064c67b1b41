import { useLocale, useTranslations } from "next-intl";
import { Table, Td, Th, THead } from "@/components/ui/table";
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
    <Table caption={t("linesTitle")} minWidth="min-w-[48rem]">
      <THead>
        <Th>#</Th>
        <Th>{t("col.component")}</Th>
        <Th>{t("col.stream")}</Th>
        <Th>{t("col.payerProvider")}</Th>
        <Th numeric>{t("col.hours")}</Th>
        <Th numeric>{t("col.amount")}</Th>
        <Th>{t("col.rationale")}</Th>
        {withActions && <Th>{t("col.actions")}</Th>}
      </THead>
      <tbody>
        {props.lines.map((line, i) => (
          <tr key={line.lineKey}>
            <Td>{i + 1}</Td>
            <Td anywhere>
              <span className="font-medium">{t(`component.${line.component}`)}</span>
              <br />
              {line.description}
            </Td>
            <Td>{t(`stream.${line.fundingStream}`)}</Td>
            <Td anywhere>
              {line.payerName} → {line.providerName}
            </Td>
            <Td numeric>{hours(line.hoursPerWeek)}</Td>
            <Td numeric>
              {line.amountCentsPerYear === null ? t("noValue") : <Money cents={line.amountCentsPerYear} />}
            </Td>
            <Td anywhere preLine>
              {line.rationale}
            </Td>
            {withActions && (
              <Td>
                {props.requestable.includes(line.lineKey) && (
                  <RequestChangeForm
                    initiativeId={props.initiativeId}
                    versionId={props.versionId}
                    lineKey={line.lineKey}
                    number={i + 1}
                  />
                )}
              </Td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
