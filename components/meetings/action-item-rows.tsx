"use client";
// New action items as rows of the meeting record form: what, who (a participant) and when. They
// become tasks when the record is saved. One empty row is there from the start, so an action item
// can be added without JavaScript too; adding more rows and moving them needs it.
import { useTranslations } from "next-intl";
import { ACTION_ITEMS_MAX } from "@/lib/meetings/schemas";
import { RowField, SortableRows } from "../forms/sortable-rows";
import { inputClass } from "../ui/styles";

export const EMPTY_ACTION_ITEM = { title: "", owner: "", dueDate: "" };

export type Owner = { value: string; label: string };

/** Every row field's label by name, for the error summary (rows are numbered from 1). */
export function actionItemLabels(t: (key: string, values: { number: number }) => string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (let index = 0; index < ACTION_ITEMS_MAX; index++) {
    const number = index + 1;
    labels[`actionItems.${index}.title`] = t("actionItemTitle", { number });
    labels[`actionItems.${index}.owner`] = t("actionItemOwner", { number });
    labels[`actionItems.${index}.dueDate`] = t("actionItemDue", { number });
  }
  return labels;
}

export function ActionItemRows({ owners }: { owners: Owner[] }) {
  const t = useTranslations("meetings");
  const tTasks = useTranslations("tasks");
  const field = (index: number, name: string) => `actionItems.${index}.${name}`;
  return (
    <fieldset className="space-y-2" aria-describedby="action-items-help">
      <legend className="text-lg font-semibold">{t("newActionItems")}</legend>
      <p id="action-items-help" className="text-sm text-slate-700">
        {t("newActionItemsHelp")} {tTasks("ownerHelp")}
      </p>
      <SortableRows
        name="actionItems"
        empty={EMPTY_ACTION_ITEM}
        max={ACTION_ITEMS_MAX}
        rowName={(index) => t("actionItemRow", { number: index + 1 })}
        addLabel={t("addActionItemRow")}
      >
        {(index) => (
          <div className="grid gap-2 sm:grid-cols-[2fr_1.5fr_1fr]">
            <RowField name={field(index, "title")} label={t("actionItemTitle", { number: index + 1 })}>
              {(control) => <input {...control} maxLength={300} className={inputClass} />}
            </RowField>
            <RowField name={field(index, "owner")} label={t("actionItemOwner", { number: index + 1 })}>
              {(control) => (
                <select {...control} className={inputClass}>
                  <option value="">{tTasks("chooseOwner")}</option>
                  {owners.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              )}
            </RowField>
            <RowField name={field(index, "dueDate")} label={t("actionItemDue", { number: index + 1 })}>
              {(control) => <input {...control} type="date" className={inputClass} />}
            </RowField>
          </div>
        )}
      </SortableRows>
    </fieldset>
  );
}
