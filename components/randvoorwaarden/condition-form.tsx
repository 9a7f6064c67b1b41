"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { updateConditionAction } from "@/lib/randvoorwaarden/actions";
import { CONDITION_STATUSES, STATUSES_NEEDING_EVIDENCE } from "@/lib/randvoorwaarden/checklist-types";
import { SubmitButton } from "../forms/submit-button";
import { useErrorText } from "../forms/use-error-text";
import { Field } from "../ui/field";
import { Notice } from "../ui/notice";
import { inputClass } from "../ui/styles";
import { ConditionConflict, type ConditionValues } from "./condition-conflict";

/** One checklist item: status and evidence, saved on its own so items never block each other. */
export function ConditionForm(props: {
  initiativeId: string;
  itemKey: string;
  title: string;
  evidenceHint: string;
  version: number;
  values: ConditionValues;
}) {
  const t = useTranslations("randvoorwaarden");
  const tStatus = useTranslations("conditionStatus");
  const [state, action] = useActionState(updateConditionAction, null);
  const errors = useErrorText(state);
  // After a conflict the form shows what the user typed, and saving again means "keep mine".
  const conflict = state && !state.ok && state.code === "CONFLICT" && state.current ? state : null;
  const failedValues = state && !state.ok ? (state.values as Partial<ConditionValues> | undefined) : undefined;
  const values: ConditionValues = failedValues ? { ...props.values, ...failedValues } : props.values;
  const version = conflict ? Number(conflict.current!.version) : state?.ok ? state.data.version : props.version;
  const [status, setStatus] = useState(values.status);
  const evidenceId = `evidence-${props.itemKey}`;
  const needsEvidence = STATUSES_NEEDING_EVIDENCE.includes(status);

  return (
    <form action={action} className="space-y-4" key={`${version}-${conflict ? "conflict" : "normal"}`}>
      <input type="hidden" name="initiativeId" value={props.initiativeId} />
      <input type="hidden" name="key" value={props.itemKey} />
      <input type="hidden" name="version" value={version} />
      {state?.ok && <Notice tone="success">{t("saved")}</Notice>}
      {conflict ? (
        <ConditionConflict mine={values} theirs={conflict.current as unknown as ConditionValues} />
      ) : (
        errors.form && <Notice tone="error">{errors.form}</Notice>
      )}
      <fieldset>
        <legend className="font-medium">
          {t("status")}
          <span className="sr-only">: {props.title}</span>
        </legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {CONDITION_STATUSES.map((s) => (
            <label key={s} className="flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name="status"
                value={s}
                defaultChecked={values.status === s}
                onChange={() => setStatus(s)}
                className="h-5 w-5"
              />
              {tStatus(s)}
            </label>
          ))}
        </div>
        {errors.field("status") && (
          <p className="mt-1 text-sm font-medium text-red-800">{errors.field("status")!.join(" ")}</p>
        )}
      </fieldset>
      <Field
        id={evidenceId}
        label={needsEvidence ? t("evidenceRequiredLabel") : t("evidence")}
        help={t("evidenceHelp", { hint: props.evidenceHint })}
        errors={errors.field("evidence")}
      >
        {(aria) => (
          <textarea
            {...aria}
            name="evidence"
            rows={3}
            required={needsEvidence}
            defaultValue={values.evidence}
            className={inputClass}
          />
        )}
      </Field>
      <SubmitButton label={conflict ? t("saveMine") : t("save")} pendingLabel={t("saving")} />
    </form>
  );
}
