"use client";
import { useTranslations } from "next-intl";
import { updateMeetingRecordAction } from "@/lib/meetings/actions";
import { THEME_KEYS, THEME_TITLES, type AgendaTemplate, type ThemeKey } from "@/lib/meetings/agenda-template";
import { AGENDA_ITEMS_MAX, ZMeetingRecordFields } from "@/lib/meetings/schemas";
import { FormField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { RowField, SortableRows } from "../forms/sortable-rows";
import { SubmitButton } from "../forms/submit-button";
import { useSavedVersion } from "../forms/saved-version";
import { useServerForm } from "../forms/use-server-form";
import { Notice } from "../ui/notice";
import { inputClass } from "../ui/styles";
import { RecordConflict, type RecordValues } from "./record-conflict";

type AgendaRows = Record<ThemeKey, { text: string }[]>;

/** A theme's stored text is one agenda item per line; an empty theme starts with one empty row. */
function toRows(text: string): { text: string }[] {
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  return (lines.length > 0 ? lines : [""]).map((line) => ({ text: line }));
}

/** What the form holds, flat like the server's snapshot, for the conflict view. */
function flatValues(values: { agenda?: Partial<AgendaRows>; minutes?: string; decisions?: string }): RecordValues {
  const agenda = Object.fromEntries(
    THEME_KEYS.map((k) => [
      `agenda.${k}`,
      (values.agenda?.[k] ?? [])
        .map((row) => row.text.trim())
        .filter(Boolean)
        .join("\n"),
    ]),
  ) as Record<`agenda.${ThemeKey}`, string>;
  return { ...agenda, minutes: values.minutes ?? "", decisions: values.decisions ?? "" };
}

/** One agenda theme: the template's prompts, then its items as rows that can be added and moved. */
function ThemeRows({ theme, prompts }: { theme: ThemeKey; prompts: string[] }) {
  const t = useTranslations("meetings");
  const title = THEME_TITLES[theme];
  const rowName = (index: number) => t("agendaItem", { theme: title, number: index + 1 });
  return (
    <fieldset className="space-y-2" aria-describedby={`agenda-${theme}-help`}>
      <legend className="font-medium">{title}</legend>
      <ul id={`agenda-${theme}-help`} className="list-disc space-y-0.5 pl-5 text-sm text-slate-700">
        {prompts.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <SortableRows
        name={`agenda.${theme}`}
        empty={{ text: "" }}
        max={AGENDA_ITEMS_MAX}
        rowName={rowName}
        addLabel={t("addAgendaItem", { theme: title })}
      >
        {(index) => (
          <RowField name={`agenda.${theme}.${index}.text`} label={rowName(index)} hideLabel>
            {(control) => <input {...control} maxLength={5000} className={inputClass} />}
          </RowField>
        )}
      </SortableRows>
    </fieldset>
  );
}

export function MeetingRecordForm(props: {
  meetingId: string;
  version: number;
  values: RecordValues;
  template: AgendaTemplate;
}) {
  const t = useTranslations("meetings");
  const agenda = Object.fromEntries(THEME_KEYS.map((k) => [k, toRows(props.values[`agenda.${k}`] ?? "")]));
  const kit = useServerForm({
    schema: ZMeetingRecordFields,
    action: updateMeetingRecordAction,
    hidden: { meetingId: props.meetingId },
    defaultValues: {
      version: String(props.version),
      agenda,
      minutes: props.values.minutes,
      decisions: props.values.decisions,
    },
    labels: { minutes: t("minutes"), decisions: t("decisions") },
  });
  const conflict = kit.conflict?.current ? kit.conflict : null;
  const version = useSavedVersion(kit, props.version);

  return (
    <ServerForm
      kit={kit}
      conflict={(result) =>
        result.current ? (
          <RecordConflict mine={flatValues(kit.form.getValues())} theirs={result.current as unknown as RecordValues} />
        ) : null
      }
    >
      <input type="hidden" name="version" value={version} />
      {kit.data && <Notice tone="success">{t("recordSaved")}</Notice>}
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("agenda")}</legend>
        {THEME_KEYS.map((k) => (
          <ThemeRows key={k} theme={k} prompts={props.template.prompts[k]} />
        ))}
      </fieldset>
      <FormField name="minutes" help={t("minutesHelp")}>
        {(control) => <textarea {...control} rows={8} className={inputClass} />}
      </FormField>
      <FormField name="decisions" help={t("decisionsHelp")}>
        {(control) => <textarea {...control} rows={5} className={inputClass} />}
      </FormField>
      <SubmitButton label={conflict ? t("saveMine") : t("saveRecord")} pendingLabel={t("saving")} />
    </ServerForm>
  );
}
