"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { updateStepAction } from "@/lib/stappenplan/actions";
import { STEP_STATUSES } from "@/lib/stappenplan/schemas";
import { SubmitButton } from "../forms/submit-button";
import { useErrorText } from "../forms/use-error-text";
import { Field } from "../ui/field";
import { Notice } from "../ui/notice";
import { inputClass } from "../ui/styles";
import { StepConflict } from "./step-conflict";

export interface StepValues {
  status: (typeof STEP_STATUSES)[number];
  notApplicableReason: string;
  owner: string;
  dueDate: string;
  notes: string;
}

export function StepForm(props: {
  initiativeId: string;
  stepId: string;
  version: number;
  values: StepValues;
  owners: { value: string; label: string }[];
}) {
  const t = useTranslations("step");
  const tStatus = useTranslations("stepStatus");
  const [state, action] = useActionState(updateStepAction, null);
  const errors = useErrorText(state);
  // After a conflict the form shows what the user typed, and saving again means "keep mine".
  const conflict = state && !state.ok && state.code === "CONFLICT" && state.current ? state : null;
  const values: StepValues = conflict ? { ...props.values, ...(conflict.values as Partial<StepValues>) } : props.values;
  const version = conflict ? Number(conflict.current!.version) : state?.ok ? state.data.version : props.version;
  const [status, setStatus] = useState(values.status);

  return (
    <form action={action} className="space-y-4" key={`${version}-${conflict ? "conflict" : "normal"}`}>
      <input type="hidden" name="initiativeId" value={props.initiativeId} />
      <input type="hidden" name="stepId" value={props.stepId} />
      <input type="hidden" name="version" value={version} />
      {state?.ok && <Notice tone="success">{t("saved")}</Notice>}
      {conflict ? (
        <StepConflict mine={values} theirs={conflict.current as unknown as StepValues} owners={props.owners} />
      ) : (
        errors.form && <Notice tone="error">{errors.form}</Notice>
      )}
      <fieldset>
        <legend className="font-medium">{t("status")}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {STEP_STATUSES.map((s) => (
            <label key={s} className="flex items-center gap-2">
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
      </fieldset>
      {status === "NIET_VAN_TOEPASSING" && (
        <Field
          id="notApplicableReason"
          label={t("reason")}
          help={t("reasonHelp")}
          errors={errors.field("notApplicableReason")}
        >
          {(aria) => (
            <textarea
              {...aria}
              name="notApplicableReason"
              rows={2}
              required
              defaultValue={values.notApplicableReason}
              className={inputClass}
            />
          )}
        </Field>
      )}
      <Field id="owner" label={t("owner")} errors={errors.field("owner")}>
        {(aria) => (
          <select {...aria} name="owner" defaultValue={values.owner} className={inputClass}>
            <option value="">{t("noOwner")}</option>
            {props.owners.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="dueDate" label={t("dueDate")} errors={errors.field("dueDate")}>
        {(aria) => <input {...aria} type="date" name="dueDate" defaultValue={values.dueDate} className={inputClass} />}
      </Field>
      <Field id="notes" label={t("notes")} help={t("notesHelp")} errors={errors.field("notes")}>
        {(aria) => <textarea {...aria} name="notes" rows={6} defaultValue={values.notes} className={inputClass} />}
      </Field>
      <SubmitButton label={conflict ? t("saveMine") : t("save")} pendingLabel={t("saving")} />
    </form>
  );
}
