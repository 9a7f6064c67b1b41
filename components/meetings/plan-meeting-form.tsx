"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { get } from "react-hook-form";
import { z } from "zod";
import { planMeetingAction } from "@/lib/meetings/actions";
import { DEFAULT_INVITEE_ROLES, MEETING_KINDS, type MeetingKind } from "@/lib/meetings/agenda-template";
import { ZPlanMeetingFields } from "@/lib/meetings/schemas";
import { ChoiceField, FormField } from "../forms/form-field";
import { validationText, type KeyTranslator } from "../forms/form-errors";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { Notice } from "../ui/notice";
import { inputClass } from "../ui/styles";

export type InviteeOption = { value: string; label: string; role: string };

// In the browser an unticked invitee checkbox holds false; the server only ever sees the ticked ones.
const ZPlanMeetingForm = z.preprocess((input) => {
  const record = input as Record<string, unknown>;
  const keys = Array.isArray(record.participantKeys) ? record.participantKeys : [];
  return { ...record, participantKeys: keys.filter((k): k is string => typeof k === "string" && k !== "") };
}, ZPlanMeetingFields);

const DEFAULT_KIND: MeetingKind = "BESTUURLIJK";

/** Planning a meeting; the invitees start as the usual table for the chosen kind of meeting. */
export function PlanMeetingForm({ initiativeId, invitees }: { initiativeId: string; invitees: InviteeOption[] }) {
  const t = useTranslations("meetings");
  const tRole = useTranslations("participantRole");
  const tv = useTranslations("validation") as unknown as KeyTranslator;
  const router = useRouter();
  const invitedByDefault = (kind: MeetingKind) =>
    invitees.map((o) => (DEFAULT_INVITEE_ROLES[kind].includes(o.role) ? o.value : false));
  const kit = useServerForm({
    schema: ZPlanMeetingForm,
    action: planMeetingAction,
    hidden: { initiativeId },
    idPrefix: "meeting-",
    defaultValues: {
      kind: DEFAULT_KIND,
      title: "",
      startsAt: "",
      endsAt: "",
      location: "",
      participantKeys: invitedByDefault(DEFAULT_KIND),
    },
    labels: {
      kind: t("kindLabel"),
      title: t("titleLabel"),
      startsAt: t("startsAt"),
      endsAt: t("endsAt"),
      location: t("location"),
      participantKeys: t("invitees"),
    },
    onSuccess: (data) => router.push(`/initiatieven/${initiativeId}/overleggen/${data.id}`),
  });
  const { watch, setValue } = kit.form;

  // Choosing another kind of meeting sets the invitees to that kind's usual table.
  useEffect(() => {
    const subscription = watch((values, { name }) => {
      if (name !== "kind") return;
      invitedByDefault(values.kind as MeetingKind).forEach((value, i) => setValue(`participantKeys.${i}`, value));
    });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [watch, setValue, invitees]);

  const inviteeError = kit.fieldError("participantKeys");
  const inviteeErrorId = inviteeError ? "meeting-participantKeys-error" : undefined;

  return (
    <ServerForm kit={kit}>
      {kit.data && <Notice tone="success">{t("planned")}</Notice>}
      <ChoiceField
        name="kind"
        options={MEETING_KINDS.map((k) => ({
          value: k,
          label: (
            <>
              <span className="font-medium">{t(`kind.${k}`)}</span>
              <span className="block text-sm text-slate-700">{t(`kindHelp.${k}`)}</span>
            </>
          ),
        }))}
      />
      <FormField name="title" required>
        {(control) => <input {...control} maxLength={200} className={inputClass} />}
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField name="startsAt" help={t("timeHelp")} required>
          {(control) => <input {...control} type="datetime-local" className={inputClass} />}
        </FormField>
        <FormField name="endsAt" help={t("timeHelp")} required>
          {(control) => <input {...control} type="datetime-local" className={inputClass} />}
        </FormField>
      </div>
      <FormField name="location" help={t("locationHelp")}>
        {(control) => <input {...control} maxLength={300} className={inputClass} />}
      </FormField>
      <fieldset
        aria-describedby={["invitees-help", inviteeErrorId].filter(Boolean).join(" ")}
        aria-invalid={inviteeError ? true : undefined}
      >
        <legend className="font-medium">{t("invitees")}</legend>
        <p id="invitees-help" className="text-sm text-slate-700">
          {t("inviteesHelp")}
        </p>
        <div className="mt-2 space-y-2">
          {invitees.map((o, i) => (
            <label key={o.value} className="flex min-w-0 items-start gap-2">
              <input
                {...kit.form.register(`participantKeys.${i}`)}
                type="checkbox"
                // The error summary links to the first invitee.
                id={i === 0 ? kit.fieldId("participantKeys") : undefined}
                value={o.value}
                defaultChecked={get(kit.form.formState.defaultValues, `participantKeys.${i}`) === o.value}
                className="mt-0.5 h-5 w-5 shrink-0"
              />
              <span className="min-w-0 [overflow-wrap:anywhere]">
                {o.label} <span className="text-sm text-slate-700">({tRole(o.role)})</span>
              </span>
            </label>
          ))}
        </div>
        {inviteeError && (
          <p id={inviteeErrorId} className="mt-1 text-sm font-medium text-red-800">
            {validationText(tv, inviteeError)}
          </p>
        )}
      </fieldset>
      <SubmitButton label={t("plan")} pendingLabel={t("planning")} />
    </ServerForm>
  );
}
