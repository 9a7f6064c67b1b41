import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { MyTasks } from "@/lib/tasks/my-tasks";
import { linkClass } from "../ui/styles";

type Item = MyTasks["tasks"][number] | MyTasks["steps"][number];

/** One group of "Mijn taken": each item links to where the work is, with its initiative and due date. */
export function MyTaskList({ items, kind }: { items: Item[]; kind: "tasks" | "steps" }) {
  const t = useTranslations("tasks");
  const tStatus = useTranslations("stepStatus");
  const format = useFormatter();
  if (items.length === 0)
    return <p className="text-slate-700">{kind === "tasks" ? t("noOpenTasks") : t("noOpenSteps")}</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {items.map((item) => (
        <li key={item.id} className="min-w-0 py-3">
          <Link href={item.href} className={`${linkClass} [overflow-wrap:anywhere]`}>
            {item.title}
          </Link>
          <p className="text-sm text-slate-700 [overflow-wrap:anywhere]">
            {item.initiative.name}
            {"meeting" in item && item.meeting && <> · {t("fromMeeting", { meeting: item.meeting.title })}</>}
            {"status" in item && <> · {tStatus(item.status)}</>}
          </p>
          <p className="text-sm text-slate-700">
            {t("owner")}: {item.ownerName} ·{" "}
            {item.dueDate ? (
              <>
                {t("due")}:{" "}
                {format.dateTime(new Date(`${item.dueDate}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })}
              </>
            ) : (
              t("noDueDate")
            )}
            {item.overdue && (
              <>
                {" "}
                · <strong className="text-red-800">{t("overdue")}</strong>
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
