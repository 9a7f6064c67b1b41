"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addCommentAction } from "@/lib/comments/actions";
import { COMMENT_MAX_LENGTH, MENTION_FIELD_PREFIX } from "@/lib/comments/schemas";
import { SubmitButton } from "../forms/submit-button";
import { useErrorText } from "../forms/use-error-text";
import { Field } from "../ui/field";
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
  const [state, action] = useActionState(addCommentAction, null);
  const errors = useErrorText(state);
  const mentionErrors = errors.field("mentions") ?? errors.field("mentionUserIds");
  return (
    <form action={action} className="space-y-4" key={state?.ok ? state.data.id : "comment"}>
      <input type="hidden" name="initiativeId" value={initiativeId} />
      <input type="hidden" name="stepId" value={stepId} />
      {state?.ok && <Notice tone="success">{t("posted")}</Notice>}
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      <Field id="comment-body" label={t("body")} help={t("bodyHelp")} errors={errors.field("body")}>
        {(aria) => (
          <textarea
            {...aria}
            name="body"
            rows={4}
            required
            maxLength={COMMENT_MAX_LENGTH}
            defaultValue={errors.value("body")}
            className={inputClass}
          />
        )}
      </Field>
      <fieldset aria-describedby={["mentions-help", mentionErrors ? "mentions-error" : ""].filter(Boolean).join(" ")}>
        <legend className="font-medium">{t("mentions")}</legend>
        <p id="mentions-help" className="text-sm text-slate-700">
          {mentionable.length > 0 ? t("mentionsHelp") : t("noMentionable")}
        </p>
        {mentionable.length > 0 && (
          <div className="mt-2 grid max-h-64 gap-2 overflow-y-auto sm:grid-cols-2">
            {mentionable.map((u) => (
              <label key={u.id} className="flex min-w-0 items-center gap-2">
                <input
                  type="checkbox"
                  name={`${MENTION_FIELD_PREFIX}${u.id}`}
                  value={u.id}
                  defaultChecked={errors.value(`${MENTION_FIELD_PREFIX}${u.id}`) === u.id}
                  className="h-5 w-5 shrink-0"
                />
                <span className="[overflow-wrap:anywhere]">{u.name}</span>
              </label>
            ))}
          </div>
        )}
        {mentionErrors && (
          <p id="mentions-error" className="mt-1 text-sm font-medium text-red-800">
            {mentionErrors.join(" ")}
          </p>
        )}
      </fieldset>
      <SubmitButton label={t("post")} pendingLabel={t("posting")} />
    </form>
  );
}
