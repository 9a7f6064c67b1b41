import { useTranslations } from "next-intl";
import { cardClass } from "../ui/styles";

export type ChildCounts = { children: number; withTlv: number; withOpp: number; withCare: number };

/** "4 kinderen, 3 met TLV, …": numbers only, for everyone who sees the initiative. */
export function ChildCountsPanel({ counts, note }: { counts: ChildCounts; note?: string }) {
  const t = useTranslations("children");
  return (
    <section aria-labelledby="child-counts" className={cardClass}>
      <h2 id="child-counts" className="mb-2 text-lg font-semibold">
        {t("countsTitle")}
      </h2>
      <p className="text-lg">
        {t("countsSummary", {
          children: counts.children,
          tlv: counts.withTlv,
          opp: counts.withOpp,
          care: counts.withCare,
        })}
      </p>
      {note && <p className="mt-2 text-slate-700">{note}</p>}
    </section>
  );
}
