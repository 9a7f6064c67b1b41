import { useTranslations } from "next-intl";
import type { RegionRow } from "@/lib/dashboards/national";
import { PHASES } from "@/lib/initiatives/phases";

export function RegionTable({ regions }: { regions: RegionRow[] }) {
  const t = useTranslations("dashboard");
  const tPhase = useTranslations("phase");
  return (
    <div className="max-h-[32rem] overflow-auto" tabIndex={0} role="region" aria-label={t("regionsTitle")}>
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">{t("regionsTitle")}</caption>
        <thead className="sticky top-0 bg-white">
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-4">
              {t("region")}
            </th>
            {PHASES.map((p) => (
              <th key={p} scope="col" className="py-2 pr-4 text-right">
                {tPhase(p)}
              </th>
            ))}
            <th scope="col" className="py-2 text-right">
              {t("total")}
            </th>
          </tr>
        </thead>
        <tbody>
          {regions.map((r) => (
            <tr key={r.swvId ?? "none"} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 font-normal">
                {r.name ? `${r.name}${r.code ? ` (${r.code})` : ""}` : t("noRegion")}
              </th>
              {PHASES.map((p) => (
                <td key={p} className="py-2 pr-4 text-right tabular-nums">
                  {r.byPhase[p]}
                </td>
              ))}
              <td className="py-2 text-right font-medium tabular-nums">{r.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
