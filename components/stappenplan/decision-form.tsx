"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { decideAction, previewDecisionAction } from "@/lib/stappenplan/actions";
import { ZDecide } from "@/lib/stappenplan/schemas";
import { ChoiceField, FormField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { Notice } from "../ui/notice";
import { buttonPrimary, buttonSecondary, inputClass } from "../ui/styles";

type Kind = "SCENARIO" | "CARE_OPTION";
type Preview = { value: string; added: { key: string; title: string }[]; removed: { key: string; title: string }[] };

/**
 * Choosing (or changing) a decision is two steps: first see which steps it adds or removes,
 * then confirm with a reason. Nothing changes before the confirmation; a refused confirmation
 * keeps the chosen option, its preview and the reason.
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
  const kit = useServerForm({
    schema: ZDecide,
    action: decideAction,
    hidden: { initiativeId: props.initiativeId, version: props.version, kind: props.kind },
    defaultValues: { value: "", reason: "" },
    labels: { value: t(`legend.${props.kind}`), reason: t("reason") },
    idPrefix: `decision-${props.kind}-`,
  });
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewFailed, setPreviewFailed] = useState(false);
  const [loading, startLoading] = useTransition();
  const value = (kit.form.watch("value") as string | null) ?? "";
  // A preview belongs to the option it was made for; choosing another one asks for a new preview.
  const shown = preview && preview.value === value ? preview : null;

  async function showPreview() {
    setPreviewFailed(false);
    if (!(await kit.form.trigger("value"))) return;
    startLoading(async () => {
      const result = await previewDecisionAction(null, { initiativeId: props.initiativeId, kind: props.kind, value });
      if (result.ok) setPreview({ value, ...result.data });
      else setPreviewFailed(true);
    });
  }

  if (kit.data)
    return (
      <Notice tone="success">{t("applied", { added: kit.data.added.length, removed: kit.data.removed.length })}</Notice>
    );

  return (
    <ServerForm kit={kit} className="space-y-3">
      <ChoiceField
        name="value"
        legendClassName="font-semibold"
        help={props.current ? t("currentChoice", { choice: tOpt(props.current) }) : t("noChoiceYet")}
        options={props.options.map((o) => ({ value: o, label: tOpt(o), disabled: o === props.current }))}
      />
      {previewFailed && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {t("previewFailed")}
        </p>
      )}
      {!shown ? (
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
          {shown.added.length === 0 && shown.removed.length === 0 && <p>{t("noPlanChange")}</p>}
          {shown.added.length > 0 && (
            <div>
              <p>{t("adds")}</p>
              <ul className="list-disc pl-6">
                {shown.added.map((s) => (
                  <li key={s.key}>{s.title}</li>
                ))}
              </ul>
            </div>
          )}
          {shown.removed.length > 0 && (
            <div>
              <p>{t("removes")}</p>
              <ul className="list-disc pl-6">
                {shown.removed.map((s) => (
                  <li key={s.key}>{s.title}</li>
                ))}
              </ul>
            </div>
          )}
          <FormField name="reason" help={t("reasonHelp")} required>
            {(control) => <textarea {...control} rows={3} className={inputClass} />}
          </FormField>
          <div className="flex flex-wrap gap-3">
            <SubmitButton label={t("confirm")} pendingLabel={t("confirming")} className={buttonPrimary} />
            <button type="button" className={buttonSecondary} onClick={() => setPreview(null)}>
              {t("cancel")}
            </button>
          </div>
        </div>
      )}
    </ServerForm>
  );
}
