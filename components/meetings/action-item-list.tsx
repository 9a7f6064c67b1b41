import { useFormatter, useTranslations } from "next-intl";
import type { MeetingDetail } from "@/lib/meetings/queries";
import { TaskToggle } from "./task-toggle";

/** The meeting's action items: what, who, when, and whether it is done (in words, not colour). */
export function ActionItemList({ tasks }: { tasks: MeetingDetail["tasks"] }) {
  const t = useTranslations("tasks");
  const format = useFormatter();
  if (tasks.length === 0) return <p className="text-slate-700">{t("noActionItems")}</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {tasks.map((task) => (
        <li key={task.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
          <div className="min-w-0">
            <p className={`font-medium [overflow-wrap:anywhere] ${task.done ? "line-through" : ""}`}>{task.title}</p>
            <p className="text-sm text-slate-700 [overflow-wrap:anywhere]">
              {t("owner")}: {task.ownerName}
              {task.dueDate && (
                <>
                  {" "}
                  · {t("due")}: {format.dateTime(task.dueDate, { dateStyle: "medium", timeZone: "UTC" })}
                </>
              )}
              {" · "}
              <strong>{task.done ? t("statusDone") : t("statusOpen")}</strong>
              {task.overdue && (
                <>
                  {" "}
                  · <strong className="text-red-800">{t("overdue")}</strong>
                </>
              )}
            </p>
          </div>
          {task.canToggle && <TaskToggle taskId={task.id} version={task.version} done={task.done} title={task.title} />}
        </li>
      ))}
    </ul>
  );
}
