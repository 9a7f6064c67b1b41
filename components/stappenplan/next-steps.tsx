import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { WorkItem } from "@/lib/stappenplan/overview";
import { linkClass } from "../ui/styles";
import { StepStatusBadge } from "./step-status-badge";

/** "Volgende stappen": open steps of the current phase and anything overdue, overdue first. */
export function NextSteps({ initiativeId, items }: { initiativeId: string; items: WorkItem[] }) {
  const t = useTranslations("overview");
  const tp = useTranslations("phase");
  const format = useFormatter();
  if (items.length === 0) return <p>{t("noNextSteps")}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((s) => (
        <li key={s.id} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0">
            <Link
              href={`/initiatieven/${initiativeId}/stappen/${s.id}`}
              className={`${linkClass} [overflow-wrap:anywhere]`}
            >
              {s.title}
            </Link>
            <p className="text-sm text-slate-700">
              {s.phase && tp(s.phase)} · {t("owner")}: {s.owner.kind === "none" ? t("noOwner") : s.owner.name}
              {s.dueDate && (
                <>
                  {" "}
                  · {t("due")}: {format.dateTime(s.dueDate, { dateStyle: "medium", timeZone: "UTC" })}
                </>
              )}
            </p>
            {s.overdue && <p className="text-sm font-semibold text-red-800">{t("overdue")}</p>}
          </div>
          {s.status && <StepStatusBadge status={s.status} />}
        </li>
      ))}
    </ul>
  );
}
