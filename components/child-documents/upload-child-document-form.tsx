"use client";
import { useTranslations } from "next-intl";
import { z } from "zod";
import { uploadChildDocumentAction } from "@/lib/children/document-actions";
import { ZUploadChildDocument } from "@/lib/children/document-schemas";
import { CONSENT_SCOPES } from "@/lib/children/schemas";
import { ACCEPTED_EXTENSIONS, checkFileMeta } from "@/lib/deliverables/file-rules";
import { FieldError } from "@/lib/policy/errors";
import { ChoiceField, FormField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { Notice } from "../ui/notice";
import { buttonSecondary, inputClass } from "../ui/styles";

type Scope = (typeof CONSENT_SCOPES)[number];

// As for step files (components/deliverables/upload-form.tsx): the browser's FileList becomes the
// one file the server's schema takes, and the server's file rules run before sending too.
const ZUploadForm = z
  .preprocess((input) => {
    const record = input as Record<string, unknown>;
    const files = record.file;
    return { ...record, file: files instanceof FileList ? (files[0] ?? undefined) : files };
  }, ZUploadChildDocument)
  .superRefine((value, ctx) => {
    try {
      checkFileMeta(value.file);
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      ctx.addIssue({ code: "custom", path: ["file"], message: error.messageKey });
    }
  });

// TLV and OPP are the documents a group's parents share first; the guardian changes it when needed.
const DEFAULT_SCOPE: Scope = "ONDERWIJS";

export function UploadChildDocumentForm({
  childId,
  reach,
}: {
  childId: string;
  /** Per scope, the organisations that see documents of that scope today. */
  reach: Record<Scope, string[]>;
}) {
  const t = useTranslations("childDocuments");
  const kit = useServerForm({
    schema: ZUploadForm,
    action: uploadChildDocumentAction,
    hidden: { childId },
    idPrefix: "child-document-",
    defaultValues: { scope: DEFAULT_SCOPE },
    labels: { file: t("file"), scope: t("scopeField") },
    // Uploaded: the file input is empty again for the next document.
    onSuccess: () => {
      kit.form.reset({ childId, scope: DEFAULT_SCOPE });
      const input = document.getElementById(kit.fieldId("file"));
      if (input instanceof HTMLInputElement) input.value = "";
    },
  });
  return (
    <ServerForm kit={kit} className="space-y-4">
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
        name="scope"
        help={t("scopeHelp")}
        options={CONSENT_SCOPES.map((scope) => ({
          value: scope,
          label: (
            <>
              {t(`scopeOption.${scope}`)}
              <span className="block text-sm text-slate-700">
                {reach[scope].length ? t("reach", { organisations: reach[scope].join(", ") }) : t("reachNone")}
              </span>
            </>
          ),
        }))}
      />
      <SubmitButton label={t("upload")} pendingLabel={t("uploading")} className={buttonSecondary} />
    </ServerForm>
  );
}
