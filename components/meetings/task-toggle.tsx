"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { completeTaskAction } from "@/lib/meetings/actions";
import { useErrorText } from "../forms/use-error-text";
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
  const [state, action, pending] = useActionState(completeTaskAction, null);
  const errors = useErrorText(state);
  const label = done ? t("reopen") : t("markDone");
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="taskId" value={taskId} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} aria-label={`${label}: ${title}`} className={buttonSecondary}>
        {pending ? t("saving") : label}
      </button>
      {errors.form && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {errors.form}
        </p>
      )}
    </form>
  );
}
