import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { DashboardData } from "@/lib/dashboards/dashboard";
import { PhaseBadge } from "../initiatives/phase-badge";
import { linkClass } from "../ui/styles";
import { CompactTable } from "./compact-table";

export function StalledList({ stalled, days }: { stalled: DashboardData["stalled"]; days: number }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  if (stalled.total === 0) return <p className="text-slate-700">{t("stalledEmpty", { days })}</p>;
  return (
    <CompactTable caption={t("stalledTitle")} headers={[t("initiative"), t("phase"), t("lastChange")]}>
      {stalled.items.map((i) => (
        <tr key={i.id} className="border-b border-slate-200">
          <th scope="row" className="py-2 pr-4 font-normal">
            <Link href={`/initiatieven/${i.id}`} className={linkClass}>
              {i.name}
            </Link>
          </th>
          <td className="py-2 pr-4">
            <PhaseBadge phase={i.phase} />
          </td>
          <td className="whitespace-nowrap py-2">{format.dateTime(i.updatedAt, { dateStyle: "medium" })}</td>
        </tr>
      ))}
    </CompactTable>
  );
}
