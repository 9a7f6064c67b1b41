"use client";
import { useTranslations } from "next-intl";
import { updateStepAction } from "@/lib/stappenplan/actions";
import { STEP_STATUSES, ZUpdateStep } from "@/lib/stappenplan/schemas";
import { ChoiceField, FormField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
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
  const kit = useServerForm({
    schema: ZUpdateStep,
    action: updateStepAction,
    defaultValues: { ...props.values },
    // After a conflict, saving again means "keep mine": it posts the version that is now stored.
    hidden: (state) => ({
      initiativeId: props.initiativeId,
      stepId: props.stepId,
      version:
        state?.ok === false && state.code === "CONFLICT" && state.current
          ? Number(state.current.version)
          : state?.ok
            ? state.data.version
            : props.version,
    }),
    labels: {
      status: t("status"),
      notApplicableReason: t("reason"),
      owner: t("owner"),
      dueDate: t("dueDate"),
      notes: t("notes"),
    },
  });
  // After a conflict the form keeps what the person typed and shows it beside the stored version.
  const conflict = kit.conflict?.current ? kit.conflict : null;
  const status = kit.form.watch("status") as string;
  const mine = { ...props.values, ...(conflict?.values as Partial<StepValues>) };

  return (
    <ServerForm
      kit={kit}
      conflict={(c) =>
        c.current ? (
          <StepConflict mine={mine} theirs={c.current as unknown as StepValues} owners={props.owners} />
        ) : undefined
      }
    >
      {kit.data && <Notice tone="success">{t("saved")}</Notice>}
      <ChoiceField
        name="status"
        className="mt-2 grid gap-2 sm:grid-cols-2"
        options={STEP_STATUSES.map((s) => ({ value: s, label: tStatus(s) }))}
      />
      {status === "NIET_VAN_TOEPASSING" && (
        <FormField name="notApplicableReason" help={t("reasonHelp")} required>
          {(control) => <textarea {...control} rows={2} className={inputClass} />}
        </FormField>
      )}
      <FormField name="owner">
        {(control) => (
          <select {...control} className={inputClass}>
            <option value="">{t("noOwner")}</option>
            {props.owners.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField name="dueDate">{(control) => <input {...control} type="date" className={inputClass} />}</FormField>
      <FormField name="notes" help={t("notesHelp")}>
        {(control) => <textarea {...control} rows={6} className={inputClass} />}
      </FormField>
      <SubmitButton label={conflict ? t("saveMine") : t("save")} pendingLabel={t("saving")} />
    </ServerForm>
  );
}
