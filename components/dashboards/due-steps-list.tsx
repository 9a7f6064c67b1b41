import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { DashboardData } from "@/lib/dashboards/dashboard";
import { templateStep, templateVersion } from "@/lib/stappenplan/templates";
import { isPastDue } from "@/lib/time/date-only";
import { linkClass } from "../ui/styles";
import { Td, Th } from "../ui/table";
import { CompactTable } from "./compact-table";

type Steps = Extract<DashboardData, { kind: "SWV" }>["steps"];

export function DueStepsList({ steps, today }: { steps: Steps; today: string }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  if (steps.items.length === 0) return <p className="text-slate-700">{t("stepsEmpty")}</p>;
  return (
    <CompactTable caption={t("stepsTitle")} headers={[t("step"), t("initiative"), t("due")]}>
      {steps.items.map((s) => {
        const overdue = isPastDue(s.dueDate, today);
        return (
          <tr key={s.id}>
            <Th scope="row" anywhere>
              <Link href={`/initiatieven/${s.initiative.id}/stappen/${s.id}`} className={linkClass}>
                {templateStep(templateVersion(s.initiative.templateVersion), s.key)?.title ?? s.key}
              </Link>
            </Th>
            <Td anywhere>{s.initiative.name}</Td>
            <Td nowrap>
              {s.dueDate ? format.dateTime(s.dueDate, { dateStyle: "medium", timeZone: "UTC" }) : "—"}
              {overdue && (
                <span className="ml-2 rounded bg-red-100 px-2 py-0.5 font-medium text-red-800">{t("overdue")}</span>
              )}
            </Td>
          </tr>
        );
      })}
    </CompactTable>
  );
}
