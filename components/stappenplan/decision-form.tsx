"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState, useTransition } from "react";
import { decideAction, previewDecisionAction } from "@/lib/stappenplan/actions";
import { SubmitButton } from "../forms/submit-button";
import { useErrorText } from "../forms/use-error-text";
import { Field } from "../ui/field";
import { Notice } from "../ui/notice";
import { buttonPrimary, buttonSecondary, inputClass } from "../ui/styles";

type Kind = "SCENARIO" | "CARE_OPTION";
type Preview = { added: { key: string; title: string }[]; removed: { key: string; title: string }[] };

/**
 * Choosing (or changing) a decision is two steps: first see which steps it adds or removes,
 * then confirm with a reason. Nothing changes before the confirmation.
 */
export function DecisionForm(props: {
  initiativeId: string;
  version: number;
  kind: Kind;
  current: string | null;
  options: readonly string[];
}) {
  const t = useTranslations("decisions");
  const tOpt = useTranslations(props.kind === "SCENARIO" ? "scenario" : "careOption");
  const [value, setValue] = useState("");
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [loading, startLoading] = useTransition();
  const [state, action] = useActionState(decideAction, null);
  const errors = useErrorText(state);
  const name = `decision-${props.kind}`;

  function showPreview() {
    if (!value) return setPreviewError(t("chooseFirst"));
    setPreviewError(null);
    startLoading(async () => {
      const result = await previewDecisionAction(null, { initiativeId: props.initiativeId, kind: props.kind, value });
      if (result.ok) setPreview(result.data);
      else setPreviewError(t("previewFailed"));
    });
  }

  if (state?.ok)
    return (
      <Notice tone="success">
        {t("applied", { added: state.data.added.length, removed: state.data.removed.length })}
      </Notice>
    );

  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="initiativeId" value={props.initiativeId} />
      <input type="hidden" name="version" value={props.version} />
      <input type="hidden" name="kind" value={props.kind} />
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      <fieldset>
        <legend className="font-semibold">{t(`legend.${props.kind}`)}</legend>
        <p className="text-sm text-slate-700">
          {props.current ? t("currentChoice", { choice: tOpt(props.current) }) : t("noChoiceYet")}
        </p>
        <div className="mt-2 space-y-2">
          {props.options.map((o) => (
            <label key={o} className="flex items-start gap-2">
              <input
                type="radio"
                name="value"
                value={o}
                checked={value === o}
                disabled={o === props.current}
                onChange={() => {
                  setValue(o);
                  setPreview(null);
                }}
                className="mt-1 h-5 w-5"
              />
              <span>{tOpt(o)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {previewError && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {previewError}
        </p>
      )}
      {!preview ? (
        <button type="button" onClick={showPreview} disabled={loading} className={buttonSecondary}>
          {loading ? t("previewing") : t("preview")}
        </button>
      ) : (
        <div
          className="space-y-3 rounded-md border border-sky-300 bg-sky-50 p-3"
          role="region"
          aria-label={t("previewTitle")}
        >
          <p className="font-semibold">{t("previewTitle")}</p>
          {preview.added.length === 0 && preview.removed.length === 0 && <p>{t("noPlanChange")}</p>}
          {preview.added.length > 0 && (
            <div>
              <p>{t("adds")}</p>
              <ul className="list-disc pl-6">
                {preview.added.map((s) => (
                  <li key={s.key}>{s.title}</li>
                ))}
              </ul>
            </div>
          )}
          {preview.removed.length > 0 && (
            <div>
              <p>{t("removes")}</p>
              <ul className="list-disc pl-6">
                {preview.removed.map((s) => (
                  <li key={s.key}>{s.title}</li>
                ))}
              </ul>
            </div>
          )}
          <Field id={`${name}-reason`} label={t("reason")} help={t("reasonHelp")} errors={errors.field("reason")}>
            {(aria) => <textarea {...aria} name="reason" rows={3} required className={inputClass} />}
          </Field>
          <div className="flex flex-wrap gap-3">
            <SubmitButton label={t("confirm")} pendingLabel={t("confirming")} className={buttonPrimary} />
            <button type="button" className={buttonSecondary} onClick={() => setPreview(null)}>
              {t("cancel")}
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
