"use client";
import { useTranslations } from "next-intl";
import { addActionItemAction } from "@/lib/meetings/actions";
import { ZAddActionItem } from "@/lib/meetings/schemas";
import { FormField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { Notice } from "../ui/notice";
import { buttonSecondary, inputClass } from "../ui/styles";

const EMPTY = { title: "", owner: "", dueDate: "" };

/** An action item becomes a task for a participant, who is notified. */
export function AddActionItemForm({
  meetingId,
  owners,
}: {
  meetingId: string;
  owners: { value: string; label: string }[];
}) {
  const t = useTranslations("tasks");
  const kit = useServerForm({
    schema: ZAddActionItem,
    action: addActionItemAction,
    hidden: { meetingId },
    idPrefix: "task-",
    defaultValues: EMPTY,
    labels: { title: t("titleLabel"), owner: t("owner"), dueDate: t("due") },
    // Added: the form is ready for the next action item.
    onSuccess: () => kit.form.reset({ meetingId, ...EMPTY }),
  });
  return (
    <ServerForm kit={kit} className="space-y-3">
      {kit.data && <Notice tone="success">{t("added")}</Notice>}
      <FormField name="title" required>
        {(control) => <input {...control} maxLength={300} className={inputClass} />}
      </FormField>
      <FormField name="owner" help={t("ownerHelp")} required>
        {(control) => (
          <select {...control} className={inputClass}>
            <option value="">{t("chooseOwner")}</option>
            {owners.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField name="dueDate" required>
        {(control) => <input {...control} type="date" className={inputClass} />}
      </FormField>
      <SubmitButton label={t("add")} pendingLabel={t("adding")} className={buttonSecondary} />
    </ServerForm>
  );
}
