"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import { planMeetingAction } from "@/lib/meetings/actions";
import { DEFAULT_INVITEE_ROLES, MEETING_KINDS, type MeetingKind } from "@/lib/meetings/agenda-template";
import { SubmitButton } from "../forms/submit-button";
import { useErrorText } from "../forms/use-error-text";
import { Field } from "../ui/field";
import { Notice } from "../ui/notice";
import { inputClass } from "../ui/styles";

export type InviteeOption = { value: string; label: string; role: string };

/** Planning a meeting; the invitees start as the usual table for the chosen kind of meeting. */
export function PlanMeetingForm({ initiativeId, invitees }: { initiativeId: string; invitees: InviteeOption[] }) {
  const t = useTranslations("meetings");
  const tRole = useTranslations("participantRole");
  const router = useRouter();
  const [state, action] = useActionState(planMeetingAction, null);
  const errors = useErrorText(state);
  const failed = state && !state.ok ? state : null;
  const [kind, setKind] = useState<MeetingKind>((errors.value("kind") as MeetingKind | undefined) ?? "BESTUURLIJK");
  const echoedInvitees = failed?.values
    ? Object.entries(failed.values)
        .filter(([k]) => k.startsWith("participantKeys."))
        .map(([, v]) => v)
    : null;
  const inviteeErrors = errors.field("participantKeys");

  useEffect(() => {
    if (state?.ok) router.push(`/initiatieven/${initiativeId}/overleggen/${state.data.id}`);
  }, [state, router, initiativeId]);

  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="initiativeId" value={initiativeId} />
      {state?.ok && <Notice tone="success">{t("planned")}</Notice>}
      {errors.form && <Notice tone="error">{errors.form}</Notice>}
      <fieldset>
        <legend className="font-medium">{t("kindLabel")}</legend>
        <div className="mt-2 space-y-2">
          {MEETING_KINDS.map((k) => (
            <label key={k} className="flex items-start gap-2">
              <input
                type="radio"
                name="kind"
                value={k}
                checked={kind === k}
                onChange={() => setKind(k)}
                className="mt-0.5 h-5 w-5 shrink-0"
              />
              <span>
                <span className="font-medium">{t(`kind.${k}`)}</span>
                <span className="block text-sm text-slate-700">{t(`kindHelp.${k}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <Field id="meeting-title" label={t("titleLabel")} errors={errors.field("title")}>
        {(aria) => (
          <input
            {...aria}
            name="title"
            required
            maxLength={200}
            defaultValue={errors.value("title")}
            className={inputClass}
          />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="meeting-startsAt" label={t("startsAt")} help={t("timeHelp")} errors={errors.field("startsAt")}>
          {(aria) => (
            <input
              {...aria}
              type="datetime-local"
              name="startsAt"
              required
              defaultValue={errors.value("startsAt")}
              className={inputClass}
            />
          )}
        </Field>
        <Field id="meeting-endsAt" label={t("endsAt")} help={t("timeHelp")} errors={errors.field("endsAt")}>
          {(aria) => (
            <input
              {...aria}
              type="datetime-local"
              name="endsAt"
              required
              defaultValue={errors.value("endsAt")}
              className={inputClass}
            />
          )}
        </Field>
      </div>
      <Field id="meeting-location" label={t("location")} help={t("locationHelp")} errors={errors.field("location")}>
        {(aria) => (
          <input
            {...aria}
            name="location"
            maxLength={300}
            defaultValue={errors.value("location")}
            className={inputClass}
          />
        )}
      </Field>
      <fieldset aria-describedby={inviteeErrors ? "invitees-help invitees-error" : "invitees-help"}>
        <legend className="font-medium">{t("invitees")}</legend>
        <p id="invitees-help" className="text-sm text-slate-700">
          {t("inviteesHelp")}
        </p>
        <div className="mt-2 space-y-2" key={kind}>
          {invitees.map((o, i) => (
            <label key={o.value} className="flex min-w-0 items-start gap-2">
              <input
                type="checkbox"
                name={`participantKeys.${i}`}
                value={o.value}
                defaultChecked={
                  echoedInvitees ? echoedInvitees.includes(o.value) : DEFAULT_INVITEE_ROLES[kind].includes(o.role)
                }
                className="mt-0.5 h-5 w-5 shrink-0"
              />
              <span className="min-w-0 [overflow-wrap:anywhere]">
                {o.label} <span className="text-sm text-slate-700">({tRole(o.role)})</span>
              </span>
            </label>
          ))}
        </div>
        {inviteeErrors && (
          <p id="invitees-error" className="mt-1 text-sm font-medium text-red-800">
            {inviteeErrors.join(" ")}
          </p>
        )}
      </fieldset>
      <SubmitButton label={t("plan")} pendingLabel={t("planning")} />
    </form>
  );
}
