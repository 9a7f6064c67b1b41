import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { DashboardData } from "@/lib/dashboards/dashboard";
import { PhaseBadge } from "../initiatives/phase-badge";
import { linkClass } from "../ui/styles";

export function StalledList({ stalled, days }: { stalled: DashboardData["stalled"]; days: number }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  if (stalled.total === 0) return <p className="text-slate-700">{t("stalledEmpty", { days })}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[28rem] text-left text-sm">
        <caption className="sr-only">{t("stalledTitle")}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-4">{t("initiative")}</th>
            <th scope="col" className="py-2 pr-4">{t("phase")}</th>
            <th scope="col" className="py-2">{t("lastChange")}</th>
          </tr>
        </thead>
        <tbody>
          {stalled.items.map((i) => (
            <tr key={i.id} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 font-normal"><Link href={`/initiatieven/${i.id}`} className={linkClass}>{i.name}</Link></th>
              <td className="py-2 pr-4"><PhaseBadge phase={i.phase} /></td>
              <td className="whitespace-nowrap py-2">{format.dateTime(i.updatedAt, { dateStyle: "medium" })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
