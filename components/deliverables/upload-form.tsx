"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState, type FormEvent } from "react";
import { uploadDeliverableAction } from "@/lib/deliverables/actions";
import { ACCEPTED_EXTENSIONS, MAX_DELIVERABLE_BYTES } from "@/lib/deliverables/file-rules";
import { SubmitButton } from "../forms/submit-button";
import { useErrorText } from "../forms/use-error-text";
import { Field } from "../ui/field";
import { Notice } from "../ui/notice";
import { buttonSecondary, inputClass } from "../ui/styles";

export function UploadDeliverableForm({ initiativeId, stepId }: { initiativeId: string; stepId: string }) {
  const t = useTranslations("deliverables");
  const tv = useTranslations("validation");
  const [state, action] = useActionState(uploadDeliverableAction, null);
  const errors = useErrorText(state);
  // Checked here too, before sending: a file over the server's body limit would otherwise
  // fail without a message on the field. The server checks everything again.
  const [localError, setLocalError] = useState<string | null>(null);

  function check(file: File | undefined): string | null {
    if (!file || (file.size === 0 && !file.name)) return tv("fileRequired");
    if (file.size === 0) return tv("fileEmpty");
    if (file.size > MAX_DELIVERABLE_BYTES) return tv("fileTooLarge");
    return null;
  }
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const input = event.currentTarget.elements.namedItem("file") as HTMLInputElement | null;
    const problem = check(input?.files?.[0]);
    setLocalError(problem);
    if (problem) {
      event.preventDefault();
      input?.focus();
    }
  }

  const fileErrors = localError ? [localError] : errors.field("file");
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-3" key={state?.ok ? state.data.id : "upload"}>
      <input type="hidden" name="initiativeId" value={initiativeId} />
      <input type="hidden" name="stepId" value={stepId} />
      {state?.ok && <Notice tone="success">{t("uploaded", { file: state.data.fileName })}</Notice>}
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      <Field id="deliverable-file" label={t("file")} help={t("fileHelp")} errors={fileErrors}>
        {(aria) => (
          <input
            {...aria}
            type="file"
            name="file"
            required
            accept={ACCEPTED_EXTENSIONS}
            onChange={(e) => setLocalError(e.currentTarget.files?.[0] ? check(e.currentTarget.files[0]) : null)}
            className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-3 file:py-1`}
          />
        )}
      </Field>
      <SubmitButton label={t("upload")} pendingLabel={t("uploading")} className={buttonSecondary} />
    </form>
  );
}
