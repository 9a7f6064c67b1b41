"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { updateMeetingRecordAction } from "@/lib/meetings/actions";
import { THEME_KEYS, THEME_TITLES, type AgendaTemplate } from "@/lib/meetings/agenda-template";
import { SubmitButton } from "../forms/submit-button";
import { useErrorText } from "../forms/use-error-text";
import { Field } from "../ui/field";
import { Notice } from "../ui/notice";
import { inputClass } from "../ui/styles";
import { RecordConflict, type RecordValues } from "./record-conflict";

/** A textarea for one agenda theme, with the template's prompts as its description. */
function ThemeField({
  theme,
  prompts,
  value,
  errors,
  label,
}: {
  theme: string;
  prompts: string[];
  value: string;
  errors?: string[];
  label: string;
}) {
  const id = `agenda-${theme}`;
  const describedBy = [`${id}-help`, errors?.length ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <ul id={`${id}-help`} className="list-disc space-y-0.5 pl-5 text-sm text-slate-700">
        {prompts.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <textarea
        id={id}
        name={`agenda.${theme}`}
        rows={4}
        defaultValue={value}
        aria-describedby={describedBy}
        aria-invalid={errors?.length ? true : undefined}
        className={inputClass}
      />
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function MeetingRecordForm(props: {
  meetingId: string;
  version: number;
  values: RecordValues;
  template: AgendaTemplate;
}) {
  const t = useTranslations("meetings");
  const [state, action] = useActionState(updateMeetingRecordAction, null);
  const errors = useErrorText(state);
  // After a conflict the form keeps what the user typed; saving again means "keep mine".
  const conflict = state && !state.ok && state.code === "CONFLICT" && state.current ? state : null;
  const failedValues = state && !state.ok ? (state.values as Partial<RecordValues> | undefined) : undefined;
  const values: RecordValues = { ...props.values, ...failedValues };
  const version = conflict ? Number(conflict.current!.version) : state?.ok ? state.data.version : props.version;

  return (
    <form action={action} className="space-y-4" key={`${version}-${conflict ? "conflict" : "normal"}`}>
      <input type="hidden" name="meetingId" value={props.meetingId} />
      <input type="hidden" name="version" value={version} />
      {state?.ok && <Notice tone="success">{t("recordSaved")}</Notice>}
      {conflict ? (
        <RecordConflict mine={values} theirs={conflict.current as unknown as RecordValues} />
      ) : (
        errors.form && <Notice tone="error">{errors.form}</Notice>
      )}
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("agenda")}</legend>
        {THEME_KEYS.map((k) => (
          <ThemeField
            key={k}
            theme={k}
            label={THEME_TITLES[k]}
            prompts={props.template.prompts[k]}
            value={values[`agenda.${k}`] ?? ""}
            errors={errors.field(`agenda.${k}`)}
          />
        ))}
      </fieldset>
      <Field id="minutes" label={t("minutes")} help={t("minutesHelp")} errors={errors.field("minutes")}>
        {(aria) => <textarea {...aria} name="minutes" rows={8} defaultValue={values.minutes} className={inputClass} />}
      </Field>
      <Field id="decisions" label={t("decisions")} help={t("decisionsHelp")} errors={errors.field("decisions")}>
        {(aria) => (
          <textarea {...aria} name="decisions" rows={5} defaultValue={values.decisions} className={inputClass} />
        )}
      </Field>
      <SubmitButton label={conflict ? t("saveMine") : t("saveRecord")} pendingLabel={t("saving")} />
    </form>
  );
}
