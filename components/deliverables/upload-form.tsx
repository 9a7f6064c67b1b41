"use client";
import { useTranslations } from "next-intl";
import { z } from "zod";
import { uploadDeliverableAction } from "@/lib/deliverables/actions";
import { ACCEPTED_EXTENSIONS, checkFileMeta } from "@/lib/deliverables/file-rules";
import { ZUploadDeliverable } from "@/lib/deliverables/schemas";
import { FieldError } from "@/lib/policy/errors";
import { ChoiceField, FormField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { Notice } from "../ui/notice";
import { buttonSecondary, inputClass } from "../ui/styles";

// The browser holds a file input's value as a FileList; the server's schema takes its one file.
// The server's own file rules (presence, size, name, declared type) run here too, before sending:
// a file over the server's body limit would otherwise fail without a message on the field. The
// server checks everything again, the bytes included.
const ZUploadForm = z
  .preprocess((input) => {
    const record = input as Record<string, unknown>;
    const files = record.file;
    return { ...record, file: files instanceof FileList ? (files[0] ?? undefined) : files };
  }, ZUploadDeliverable)
  .superRefine((value, ctx) => {
    try {
      checkFileMeta(value.file);
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      ctx.addIssue({ code: "custom", path: ["file"], message: error.messageKey });
    }
  });

export function UploadDeliverableForm({ initiativeId, stepId }: { initiativeId: string; stepId: string }) {
  const t = useTranslations("deliverables");
  const kit = useServerForm({
    schema: ZUploadForm,
    action: uploadDeliverableAction,
    hidden: { initiativeId, stepId },
    idPrefix: "deliverable-",
    // Personal data of children unless the uploader says otherwise (issue #9: need-to-know).
    defaultValues: { containsChildData: "true" },
    labels: { file: t("file"), containsChildData: t("containsChildData") },
    // Uploaded: the file input is empty again for the next file.
    onSuccess: () => {
      kit.form.reset({ initiativeId, stepId, containsChildData: "true" });
      const input = document.getElementById(kit.fieldId("file"));
      if (input instanceof HTMLInputElement) input.value = "";
    },
  });
  return (
    <ServerForm kit={kit} className="space-y-3">
      {kit.data && <Notice tone="success">{t("uploaded", { file: kit.data.fileName })}</Notice>}
      <FormField name="file" help={t("fileHelp")} required>
        {(control) => (
          <input
            {...control}
            type="file"
            accept={ACCEPTED_EXTENSIONS}
            className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-3 file:py-1`}
          />
        )}
      </FormField>
      <ChoiceField
        name="containsChildData"
        help={t("containsChildDataHelp")}
        options={[
          { value: "true", label: t("containsChildDataYes") },
          { value: "false", label: t("containsChildDataNo") },
        ]}
      />
      <SubmitButton label={t("upload")} pendingLabel={t("uploading")} className={buttonSecondary} />
    </ServerForm>
  );
}
