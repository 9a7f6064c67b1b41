"use client";
import { useTranslations } from "next-intl";
import type { Phase } from "@/lib/initiatives/phases";
import { advancePhaseAction } from "@/lib/stappenplan/actions";
import { ZAdvancePhase } from "@/lib/stappenplan/schemas";
import { CheckboxField, FormField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
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
  const kit = useServerForm({
    schema: ZAdvancePhase,
    action: advancePhaseAction,
    hidden: { initiativeId: props.initiativeId, version: props.version },
    defaultValues: { override: false, reason: "" },
    labels: { override: t("override"), reason: t("overrideReason") },
    idPrefix: "phase-",
  });
  const override = kit.form.watch("override") === true;
  return (
    <ServerForm kit={kit} className="space-y-3">
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
          <CheckboxField name="override" />
          {override && (
            <FormField name="reason" required>
              {(control) => <textarea {...control} rows={3} className={inputClass} />}
            </FormField>
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
    </ServerForm>
  );
}
