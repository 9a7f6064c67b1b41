import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { DashboardData } from "@/lib/dashboards/dashboard";
import { PhaseBadge } from "../initiatives/phase-badge";
import { linkClass } from "../ui/styles";
import { Td, Th } from "../ui/table";
import { CompactTable } from "./compact-table";

export function StalledList({ stalled, days }: { stalled: DashboardData["stalled"]; days: number }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  if (stalled.total === 0) return <p className="text-slate-700">{t("stalledEmpty", { days })}</p>;
  return (
    <CompactTable caption={t("stalledTitle")} headers={[t("initiative"), t("phase"), t("lastChange")]}>
      {stalled.items.map((i) => (
        <tr key={i.id}>
          <Th scope="row" anywhere>
            <Link href={`/initiatieven/${i.id}`} className={linkClass}>
              {i.name}
            </Link>
          </Th>
          <Td>
            <PhaseBadge phase={i.phase} />
          </Td>
          <Td nowrap>{format.dateTime(i.updatedAt, { dateStyle: "medium" })}</Td>
        </tr>
      ))}
    </CompactTable>
  );
}
