"use client";
import { useTranslations } from "next-intl";
import { addCommentAction } from "@/lib/comments/actions";
import { COMMENT_MAX_LENGTH, MENTION_FIELD_PREFIX, ZAddComment } from "@/lib/comments/schemas";
import { FormField } from "../forms/form-field";
import { validationText, type KeyTranslator } from "../forms/form-errors";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { Notice } from "../ui/notice";
import { inputClass } from "../ui/styles";

export function CommentForm({
  initiativeId,
  stepId,
  mentionable,
}: {
  initiativeId: string;
  stepId: string;
  mentionable: { id: string; name: string }[];
}) {
  const t = useTranslations("comments");
  const tv = useTranslations("validation") as unknown as KeyTranslator;
  const empty = { body: "", ...Object.fromEntries(mentionable.map((u) => [`${MENTION_FIELD_PREFIX}${u.id}`, false])) };
  const kit = useServerForm({
    schema: ZAddComment,
    action: addCommentAction,
    hidden: { initiativeId, stepId },
    idPrefix: "comment-",
    defaultValues: empty,
    labels: { body: t("body"), mentions: t("mentions") },
    // Posted: the form is ready for the next comment.
    onSuccess: () => kit.form.reset({ initiativeId, stepId, ...empty }),
  });
  const mentionError = kit.fieldError("mentions");
  const mentionErrorId = mentionError ? "comment-mentions-error" : undefined;
  return (
    <ServerForm kit={kit}>
      {kit.data && <Notice tone="success">{t("posted")}</Notice>}
      <FormField name="body" help={t("bodyHelp")} required>
        {(control) => <textarea {...control} rows={4} maxLength={COMMENT_MAX_LENGTH} className={inputClass} />}
      </FormField>
      <fieldset
        aria-describedby={["mentions-help", mentionErrorId].filter(Boolean).join(" ")}
        aria-invalid={mentionError ? true : undefined}
      >
        <legend className="font-medium">{t("mentions")}</legend>
        <p id="mentions-help" className="text-sm text-slate-700">
          {mentionable.length > 0 ? t("mentionsHelp") : t("noMentionable")}
        </p>
        {mentionable.length > 0 && (
          <div className="mt-2 grid max-h-64 gap-2 overflow-y-auto sm:grid-cols-2">
            {mentionable.map((u, i) => {
              const name = `${MENTION_FIELD_PREFIX}${u.id}`;
              return (
                <label key={u.id} className="flex min-w-0 items-center gap-2">
                  <input
                    {...kit.form.register(name)}
                    type="checkbox"
                    // The error summary links to the first person.
                    id={i === 0 ? kit.fieldId("mentions") : undefined}
                    value={u.id}
                    defaultChecked={kit.form.formState.defaultValues?.[name] === u.id}
                    className="h-5 w-5 shrink-0"
                  />
                  <span className="[overflow-wrap:anywhere]">{u.name}</span>
                </label>
              );
            })}
          </div>
        )}
        {mentionError && (
          <p id={mentionErrorId} className="mt-1 text-sm font-medium text-red-800">
            {validationText(tv, mentionError)}
          </p>
        )}
      </fieldset>
      <SubmitButton label={t("post")} pendingLabel={t("posting")} />
    </ServerForm>
  );
}
