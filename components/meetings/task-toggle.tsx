"use client";
import { useTranslations } from "next-intl";
import { completeTaskAction } from "@/lib/meetings/actions";
import { ZCompleteTask } from "@/lib/meetings/schemas";
import { ServerForm } from "../forms/server-form";
import { useServerForm } from "../forms/use-server-form";
import { buttonSecondary } from "../ui/styles";

/** Marks an action item done, or open again. The button's accessible name includes the task. */
export function TaskToggle({
  taskId,
  version,
  done,
  title,
}: {
  taskId: string;
  version: number;
  done: boolean;
  title: string;
}) {
  const t = useTranslations("tasks");
  const kit = useServerForm({
    schema: ZCompleteTask,
    action: completeTaskAction,
    hidden: { taskId, version },
    idPrefix: `task-${taskId}-`,
    labels: {},
  });
  const label = done ? t("reopen") : t("markDone");
  return (
    <ServerForm kit={kit} className="space-y-1">
      <button type="submit" disabled={kit.pending} aria-label={`${label}: ${title}`} className={buttonSecondary}>
        <span aria-live="polite">{kit.pending ? t("saving") : label}</span>
      </button>
    </ServerForm>
  );
}
