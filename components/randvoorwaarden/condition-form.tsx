"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { updateConditionAction } from "@/lib/randvoorwaarden/actions";
import {
  CONDITION_STATUSES,
  STATUSES_NEEDING_EVIDENCE,
  type ConditionStatus,
} from "@/lib/randvoorwaarden/checklist-types";
import { ZUpdateCondition } from "@/lib/randvoorwaarden/schemas";
import { FormField } from "../forms/form-field";
import { validationText, type KeyTranslator } from "../forms/form-errors";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useSavedVersion } from "../forms/saved-version";
import { useServerForm } from "../forms/use-server-form";
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
  const tv = useTranslations("validation") as unknown as KeyTranslator;
  const [status, setStatus] = useState<ConditionStatus>(props.values.status);
  const needsEvidence = STATUSES_NEEDING_EVIDENCE.includes(status);
  const kit = useServerForm({
    schema: ZUpdateCondition,
    action: updateConditionAction,
    hidden: { initiativeId: props.initiativeId, key: props.itemKey },
    idPrefix: `condition-${props.itemKey}-`,
    defaultValues: { version: String(props.version), status: props.values.status, evidence: props.values.evidence },
    labels: { status: t("status"), evidence: needsEvidence ? t("evidenceRequiredLabel") : t("evidence") },
  });
  const { watch } = kit.form;
  const conflict = kit.conflict?.current ? kit.conflict : null;
  const version = useSavedVersion(kit, props.version);
  // The evidence label says whether the chosen status needs evidence.
  useEffect(() => {
    const subscription = watch((values, { name }) => {
      if (name === "status") setStatus(values.status as ConditionStatus);
    });
    return () => subscription.unsubscribe();
  }, [watch]);

  const statusError = kit.fieldError("status");
  const statusErrorId = statusError ? kit.fieldId("status-error") : undefined;

  return (
    <ServerForm
      kit={kit}
      conflict={(result) =>
        result.current ? (
          <ConditionConflict
            mine={kit.form.getValues() as ConditionValues}
            theirs={result.current as unknown as ConditionValues}
          />
        ) : null
      }
    >
      <input type="hidden" name="version" value={version} />
      {kit.data && <Notice tone="success">{t("saved")}</Notice>}
      <fieldset aria-describedby={statusErrorId} aria-invalid={statusError ? true : undefined}>
        <legend className="font-medium">
          {t("status")}
          <span className="sr-only">: {props.title}</span>
        </legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {CONDITION_STATUSES.map((s, i) => (
            <label key={s} className="flex min-h-11 items-center gap-2">
              <input
                {...kit.form.register("status")}
                type="radio"
                id={i === 0 ? kit.fieldId("status") : undefined}
                value={s}
                defaultChecked={kit.form.formState.defaultValues?.status === s}
                className="h-5 w-5"
              />
              {tStatus(s)}
            </label>
          ))}
        </div>
        {statusError && (
          <p id={statusErrorId} className="mt-1 text-sm font-medium text-red-800">
            {validationText(tv, statusError)}
          </p>
        )}
      </fieldset>
      <FormField name="evidence" help={t("evidenceHelp", { hint: props.evidenceHint })} required={needsEvidence}>
        {(control) => <textarea {...control} rows={3} className={inputClass} />}
      </FormField>
      <SubmitButton label={conflict ? t("saveMine") : t("save")} pendingLabel={t("saving")} />
    </ServerForm>
  );
}
