"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import type { Phase } from "@/lib/initiatives/phases";
import { advancePhaseAction } from "@/lib/stappenplan/actions";
import { SubmitButton } from "../forms/submit-button";
import { useErrorText } from "../forms/use-error-text";
import { Field } from "../ui/field";
import { Notice } from "../ui/notice";
import { buttonSecondary, inputClass } from "../ui/styles";

/** Moves to the next phase; when required steps are open it asks for an explicit override and reason. */
export function PhaseGateForm(props: {
  initiativeId: string;
  version: number;
  next: Phase;
  open: boolean;
  blocking: string[];
}) {
  const t = useTranslations("plan");
  const tp = useTranslations("phase");
  const [state, action] = useActionState(advancePhaseAction, null);
  const errors = useErrorText(state);
  const [override, setOverride] = useState(false);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="initiativeId" value={props.initiativeId} />
      <input type="hidden" name="version" value={props.version} />
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      {props.open ? (
        <p>{t("gateOpen", { next: tp(props.next) })}</p>
      ) : (
        <>
          <p>{t("gateClosed", { count: props.blocking.length })}</p>
          <ul className="list-disc pl-6">
            {props.blocking.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
          <label className="flex items-start gap-2">
            <input
              type="checkbox"
              name="override"
              checked={override}
              onChange={(e) => setOverride(e.target.checked)}
              className="mt-1 h-5 w-5"
            />
            <span>{t("override")}</span>
          </label>
          {override && (
            <Field id="phase-reason" label={t("overrideReason")} errors={errors.field("reason")}>
              {(aria) => <textarea {...aria} name="reason" rows={3} required className={inputClass} />}
            </Field>
          )}
        </>
      )}
      {(props.open || override) && (
        <SubmitButton
          label={t("advance", { next: tp(props.next) })}
          pendingLabel={t("advancing")}
          className={buttonSecondary}
        />
      )}
    </form>
  );
}
