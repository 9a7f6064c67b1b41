import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { formatCents } from "@/lib/arrangements/money";
import { canSeePart } from "@/lib/children/child-access";
import type { ChildView } from "@/lib/children/queries";
import { Table, Td, Th, THead } from "../ui/table";
import { cardClass } from "../ui/styles";
import { useChildFormat } from "./child-format";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={cardClass}>
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Label–value pairs; a value that was never filled in reads "Niet ingevuld". */
function Facts({ rows, empty }: { rows: [string, ReactNode][]; empty: string }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(10rem,auto)_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-slate-700">{label}</dt>
          <dd className="[overflow-wrap:anywhere]">{value ?? empty}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * A child's details in the parts the actor may see: school, TLV and OPP (onderwijs), care per
 * funding stream (zorg or financiering; budgets only with financiering). A part that is not
 * shared says so instead of looking empty.
 */
export function ChildDetails({ child }: { child: ChildView }) {
  const t = useTranslations("children");
  const tStatus = useTranslations("children.decisionStatus");
  const tCategory = useTranslations("children.tlvCategory");
  const tStream = useTranslations("arrangements.stream");
  const locale = useLocale();
  const fmt = useChildFormat();
  const notShared = <p className="text-slate-700">{t("partNotShared")}</p>;
  const o = child.onderwijs;
  const canSeeBudget = canSeePart(child.access, "BUDGET");
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Section id="child-school" title={t("schoolTitle")}>
        {o ? (
          <Facts
            empty={fmt.notRecorded}
            rows={[
              [t("schoolName"), o.school?.name],
              [t("enrolledOn"), fmt.date(o.enrolledOn)],
            ]}
          />
        ) : (
          notShared
        )}
      </Section>
      <Section id="child-tlv" title={t("tlvTitle")}>
        {o ? (
          <Facts
            empty={fmt.notRecorded}
            rows={[
              [t("tlvStatus"), o.tlv.status ? tStatus(o.tlv.status) : null],
              [t("tlvCategoryLabel"), o.tlv.category ? tCategory(o.tlv.category) : null],
              [t("tlvPeriod"), fmt.period(o.tlv.from, o.tlv.to)],
              [t("tlvDecidedOn"), fmt.date(o.tlv.decidedOn)],
            ]}
          />
        ) : (
          notShared
        )}
      </Section>
      <Section id="child-opp" title={t("oppTitle")}>
        {o ? (
          <Facts
            empty={fmt.notRecorded}
            rows={[
              [t("oppPresent"), o.opp.present ? t("yes") : t("no")],
              [t("oppEvaluatedOn"), fmt.date(o.opp.evaluatedOn)],
              [t("oppDeviation"), o.opp.deviatesFromTeachingTime ? t("yes") : t("no")],
              ...(o.opp.deviatesFromTeachingTime
                ? ([
                    [
                      t("oppDeviationReason"),
                      <span key="reason" className="whitespace-pre-line">
                        {o.opp.deviationReason}
                      </span>,
                    ],
                  ] as [string, ReactNode][])
                : []),
            ]}
          />
        ) : (
          notShared
        )}
      </Section>
      <Section id="child-care" title={t("careTitle")}>
        {child.care === null ? (
          notShared
        ) : child.care.length === 0 ? (
          <p className="text-slate-700">{t("noCare")}</p>
        ) : (
          <Table caption={t("careCaption", { name: child.displayName })} minWidth="min-w-[36rem]">
            <THead>
              <Th>{t("careStream")}</Th>
              <Th>{t("careStatus")}</Th>
              <Th>{t("carePeriod")}</Th>
              <Th numeric>{t("careHours")}</Th>
              <Th numeric>{t("careBudget")}</Th>
              <Th>{t("careProvider")}</Th>
            </THead>
            <tbody>
              {child.care.map((c) => (
                <tr key={c.id}>
                  <Th scope="row" strong>
                    {tStream(c.fundingStream)}
                  </Th>
                  <Td>{tStatus(c.status)}</Td>
                  <Td nowrap>{fmt.period(c.periodStart, c.periodEnd) ?? fmt.notRecorded}</Td>
                  <Td numeric>{fmt.hours(c.hoursPerWeekHundredths) ?? "—"}</Td>
                  <Td numeric>
                    {!canSeeBudget ? (
                      <span className="text-slate-700">{t("budgetNotShared")}</span>
                    ) : c.budgetCentsPerYear === null ? (
                      "—"
                    ) : (
                      <span className="whitespace-nowrap">{formatCents(c.budgetCentsPerYear, locale)}</span>
                    )}
                  </Td>
                  <Td anywhere>{c.provider?.name ?? fmt.notRecorded}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Section>
    </div>
  );
}
