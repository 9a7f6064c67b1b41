import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { WaitingGroup } from "@/lib/stappenplan/overview";
import { linkClass } from "../ui/styles";

/** "Wie wacht op wie": open steps and tasks per owner, with counts and the oldest due date. */
export function WaitingOnWhom({ initiativeId, groups }: { initiativeId: string; groups: WaitingGroup[] }) {
  const t = useTranslations("overview");
  const format = useFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  if (groups.length === 0) return <p>{t("nothingOpen")}</p>;
  return (
    <ul className="space-y-3">
      {groups.map((g) => {
        const name = g.owner.kind === "none" ? t("unassigned") : g.owner.name;
        const key = g.owner.kind === "none" ? "none" : `${g.owner.kind}:${g.owner.id}`;
        return (
          <li key={key} className="rounded-md border border-slate-200">
            <details>
              <summary className="flex min-h-11 cursor-pointer flex-col gap-1 px-4 py-2 sm:flex-row sm:items-baseline sm:justify-between">
                <span className="min-w-0 font-semibold [overflow-wrap:anywhere]">
                  {name}
                  {g.owner.kind !== "none" && (
                    <span className="ml-2 text-sm font-normal text-slate-700">
                      ({t(g.owner.kind === "organisation" ? "kindOrganisation" : "kindPerson")})
                    </span>
                  )}
                </span>
                <span className="text-sm text-slate-700">
                  {t("counts", { steps: g.steps, tasks: g.tasks })}
                  {g.oldestDue && <> · {t("oldestDue", { date: date(g.oldestDue) })}</>}
                  {g.overdue && <strong className="ml-2 text-red-800">{t("hasOverdue")}</strong>}
                </span>
              </summary>
              <ul className="divide-y divide-slate-100 border-t border-slate-200 px-4">
                {g.items.map((item) => (
                  <li key={`${item.kind}-${item.id}`} className="py-2 text-sm">
                    <span className="text-slate-700">{t(item.kind === "step" ? "itemStep" : "itemTask")}: </span>
                    {item.kind === "step" ? (
                      <Link
                        href={`/initiatieven/${initiativeId}/stappen/${item.id}`}
                        className={`${linkClass} [overflow-wrap:anywhere]`}
                      >
                        {item.title}
                      </Link>
                    ) : (
                      <span className="[overflow-wrap:anywhere]">{item.title}</span>
                    )}
                    {item.dueDate && (
                      <span className="text-slate-700">
                        {" "}
                        · {t("due")}: {date(item.dueDate)}
                      </span>
                    )}
                    {item.overdue && <strong className="ml-2 text-red-800">{t("overdue")}</strong>}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
