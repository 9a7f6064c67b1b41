"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { updateChildAction } from "@/lib/children/actions";
import { DECISION_STATUSES, TLV_CATEGORIES, ZUpdateChild } from "@/lib/children/schemas";
import { CheckboxField, FormField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { Notice } from "../ui/notice";
import { inputClass } from "../ui/styles";
import { ChildConflict } from "./child-conflict";

export type ChildEditValues = {
  displayName: string;
  birthYear: string;
  schoolId: string;
  enrolledOn: string;
  tlvStatus: string;
  tlvCategory: string;
  tlvFrom: string;
  tlvTo: string;
  tlvDecidedOn: string;
  oppPresent: boolean;
  oppEvaluatedOn: string;
  oppDeviatesFromTeachingTime: boolean;
  oppDeviationReason: string;
};

type Option = { value: string; label: string };

/**
 * Everything a guardian records about the child but its care. The version posted is the one
 * the page showed, or the one this form last saved: a save over someone else's newer version is
 * refused (a conflict, shown above the form) until the page is reloaded, never written over it.
 */
export function ChildEditForm(props: { childId: string; version: number; values: ChildEditValues; schools: Option[] }) {
  const t = useTranslations("children");
  const tStatus = useTranslations("children.decisionStatus");
  const tCategory = useTranslations("children.tlvCategory");
  const [version, setVersion] = useState(props.version);
  const kit = useServerForm({
    schema: ZUpdateChild,
    action: updateChildAction,
    hidden: { childId: props.childId, version },
    idPrefix: "child-",
    defaultValues: props.values,
    labels: {
      displayName: t("displayName"),
      birthYear: t("birthYear"),
      schoolId: t("schoolId"),
      enrolledOn: t("enrolledOn"),
      tlvStatus: t("tlvStatusField"),
      tlvCategory: t("tlvCategoryField"),
      tlvFrom: t("tlvFrom"),
      tlvTo: t("tlvTo"),
      tlvDecidedOn: t("tlvDecidedOn"),
      oppPresent: t("oppPresentField"),
      oppEvaluatedOn: t("oppEvaluatedOnField"),
      oppDeviatesFromTeachingTime: t("oppDeviatesField"),
      oppDeviationReason: t("oppDeviationReason"),
    },
    onSuccess: (data) => setVersion(data.version),
  });
  const select = (options: Option[], empty: string) => (
    <>
      <option value="">{empty}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
  const dateField = (name: keyof ChildEditValues) => (
    <FormField name={name} help={t("dateHelp")}>
      {(control) => <input {...control} type="date" className={`${inputClass} max-w-[12rem]`} />}
    </FormField>
  );
  return (
    <ServerForm kit={kit} conflict={() => <ChildConflict />}>
      {kit.data && <Notice tone="success">{t("saved")}</Notice>}
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("nameLegend")}</legend>
        <FormField name="displayName" help={t("displayNameHelp")} required>
          {(control) => <input {...control} maxLength={40} autoComplete="off" className={inputClass} />}
        </FormField>
        <FormField name="birthYear" help={t("birthYearHelp")} required>
          {(control) => (
            <input {...control} inputMode="numeric" maxLength={4} className={`${inputClass} max-w-[8rem]`} />
          )}
        </FormField>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("schoolLegend")}</legend>
        <FormField name="schoolId">
          {(control) => (
            <select {...control} className={inputClass}>
              {select(props.schools, t("noSchool"))}
            </select>
          )}
        </FormField>
        {dateField("enrolledOn")}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("tlvLegend")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField name="tlvStatus">
            {(control) => (
              <select {...control} className={inputClass}>
                {select(
                  DECISION_STATUSES.map((s) => ({ value: s, label: tStatus(s) })),
                  t("notChosen"),
                )}
              </select>
            )}
          </FormField>
          <FormField name="tlvCategory">
            {(control) => (
              <select {...control} className={inputClass}>
                {select(
                  TLV_CATEGORIES.map((c) => ({ value: c, label: tCategory(c) })),
                  t("notChosen"),
                )}
              </select>
            )}
          </FormField>
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          {dateField("tlvFrom")}
          {dateField("tlvTo")}
          {dateField("tlvDecidedOn")}
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("oppLegend")}</legend>
        <CheckboxField name="oppPresent" />
        {dateField("oppEvaluatedOn")}
        <CheckboxField name="oppDeviatesFromTeachingTime" />
        <FormField name="oppDeviationReason" help={t("oppDeviationReasonHelp")}>
          {(control) => <textarea {...control} rows={3} maxLength={2000} className={inputClass} />}
        </FormField>
      </fieldset>
      <SubmitButton label={t("save")} pendingLabel={t("saving")} />
    </ServerForm>
  );
}
