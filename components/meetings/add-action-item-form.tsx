"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addActionItemAction } from "@/lib/meetings/actions";
import { SubmitButton } from "../forms/submit-button";
import { useErrorText } from "../forms/use-error-text";
import { Field } from "../ui/field";
import { Notice } from "../ui/notice";
import { buttonSecondary, inputClass } from "../ui/styles";

/** An action item becomes a task for a participant, who is notified. */
export function AddActionItemForm({
  meetingId,
  owners,
}: {
  meetingId: string;
  owners: { value: string; label: string }[];
}) {
  const t = useTranslations("tasks");
  const [state, action] = useActionState(addActionItemAction, null);
  const errors = useErrorText(state);
  return (
    <form action={action} className="space-y-3" key={state?.ok ? state.data.id : "form"}>
      <input type="hidden" name="meetingId" value={meetingId} />
      {state?.ok && <Notice tone="success">{t("added")}</Notice>}
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      <Field id="task-title" label={t("titleLabel")} errors={errors.field("title")}>
        {(aria) => (
          <input
            {...aria}
            name="title"
            required
            maxLength={300}
            defaultValue={errors.value("title")}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="task-owner" label={t("owner")} help={t("ownerHelp")} errors={errors.field("owner")}>
        {(aria) => (
          <select {...aria} name="owner" required defaultValue={errors.value("owner") ?? ""} className={inputClass}>
            <option value="">{t("chooseOwner")}</option>
            {owners.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="task-dueDate" label={t("due")} errors={errors.field("dueDate")}>
        {(aria) => (
          <input
            {...aria}
            type="date"
            name="dueDate"
            required
            defaultValue={errors.value("dueDate")}
            className={inputClass}
          />
        )}
      </Field>
      <SubmitButton label={t("add")} pendingLabel={t("adding")} className={buttonSecondary} />
    </form>
  );
}
