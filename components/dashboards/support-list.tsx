import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { DashboardData } from "@/lib/dashboards/dashboard";
import { linkClass } from "../ui/styles";

type Support = Extract<DashboardData, { kind: "STEUNPUNT" }>["support"];

export function SupportList({ support }: { support: Support }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  if (support.total === 0) return <p className="text-slate-700">{t("supportEmpty")}</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {support.items.map((i) => (
        <li key={i.id} className="py-3">
          <Link href={`/initiatieven/${i.id}`} className={linkClass}>
            {i.name}
          </Link>
          {i.supportRequestedAt && (
            <p className="text-sm text-slate-700">
              {t("supportAsked", { date: format.dateTime(i.supportRequestedAt, { dateStyle: "medium" }) })} ·{" "}
              {i.swv?.name ?? t("noRegion")}
            </p>
          )}
          {i.supportRequest && <p className="mt-1 whitespace-pre-line [overflow-wrap:anywhere]">{i.supportRequest}</p>}
        </li>
      ))}
    </ul>
  );
}
