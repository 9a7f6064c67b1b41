import { getFormatter, getTranslations } from "next-intl/server";
import type { InitiativeDetail } from "@/lib/initiatives/queries";
import { cardClass } from "../ui/styles";

/** The beeld op hoofdlijnen and where the initiative stands: school, board, SWV, gemeenten. */
export async function InitiativeDetails({ initiative }: { initiative: InitiativeDetail }) {
  const t = await getTranslations("initiative");
  const format = await getFormatter();
  const rows: [string, string][] = [
    [t("doelgroep"), initiative.doelgroep || "—"],
    [t("motivation"), initiative.motivation || initiative.summary || "—"],
    [t("needs"), initiative.needs || "—"],
    [
      t("hostSchool"),
      initiative.hostSchool
        ? `${initiative.hostSchool.name}${initiative.hostSchool.brin ? ` (${initiative.hostSchool.brin})` : ""}`
        : "—",
    ],
    [t("board"), initiative.hostSchool?.board?.name ?? "—"],
    [
      t("swv"),
      initiative.swv ? `${initiative.swv.name}${initiative.swv.swvCode ? ` (${initiative.swv.swvCode})` : ""}` : "—",
    ],
    [t("gemeenten"), initiative.gemeenten.map((g) => g.name).join(", ") || "—"],
    [t("createdBy"), initiative.createdBy.name],
    [t("createdAt"), format.dateTime(initiative.createdAt, { dateStyle: "long" })],
  ];
  return (
    <section aria-labelledby="details" className={cardClass}>
      <h2 id="details" className="mb-2 text-lg font-semibold">
        {t("summary")}
      </h2>
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[minmax(8rem,auto)_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium text-slate-700 [overflow-wrap:anywhere]">{term}</dt>
            <dd className="whitespace-pre-line [overflow-wrap:anywhere]">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
