"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { removeCareAction, saveCareAction } from "@/lib/children/actions";
import { ZCareForm, ZRemoveCare } from "@/lib/children/care-form";
import { DECISION_STATUSES } from "@/lib/children/schemas";
import { FUNDING_STREAMS } from "@/lib/arrangements/types";
import { FormField } from "../forms/form-field";
import { ServerForm } from "../forms/server-form";
import { SubmitButton } from "../forms/submit-button";
import { useServerForm } from "../forms/use-server-form";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Notice } from "../ui/notice";
import { buttonDanger, cardClass, inputClass } from "../ui/styles";
import { ChildConflict } from "./child-conflict";

type Option = { value: string; label: string };

export type CareValues = {
  fundingStream: string;
  status: string;
  periodStart: string;
  periodEnd: string;
  hoursPerWeek: string;
  budgetPerYear: string;
  providerOrganisationId: string;
};
export type CareRow = { id: string; version: number; values: CareValues };

const EMPTY: CareValues = {
  fundingStream: "",
  status: "",
  periodStart: "",
  periodEnd: "",
  hoursPerWeek: "",
  budgetPerYear: "",
  providerOrganisationId: "",
};

/** One indication or beschikking: a form of its own, so each row saves (and conflicts) on its own version. */
function CareForm(props: { childId: string; row: CareRow | null; providers: Option[] }) {
  const t = useTranslations("children");
  const tStatus = useTranslations("children.decisionStatus");
  const tStream = useTranslations("arrangements.stream");
  const [version, setVersion] = useState(props.row?.version ?? 0);
  const prefix = `care-${props.row?.id ?? "new"}-`;
  const kit = useServerForm({
    schema: ZCareForm,
    action: saveCareAction,
    hidden: { childId: props.childId, careId: props.row?.id ?? "", version },
    idPrefix: prefix,
    defaultValues: props.row?.values ?? EMPTY,
    labels: {
      fundingStream: t("fundingStream"),
      status: t("careStatusField"),
      periodStart: t("periodStart"),
      periodEnd: t("periodEnd"),
      hoursPerWeek: t("hoursPerWeek"),
      budgetPerYear: t("budgetPerYear"),
      providerOrganisationId: t("provider"),
    },
    onSuccess: (data) => {
      // A new row becomes a form of its own when the page refreshes; this one starts empty again.
      if (props.row) setVersion(data.version);
      else kit.form.reset(EMPTY);
    },
  });
  const options = (list: Option[], empty: string) => (
    <>
      <option value="">{empty}</option>
      {list.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
  return (
    <ServerForm kit={kit} conflict={() => <ChildConflict />}>
      {kit.data && <Notice tone="success">{kit.data.added ? t("careAdded") : t("careSaved")}</Notice>}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField name="fundingStream" required>
          {(control) => (
            <select {...control} className={inputClass}>
              {options(
                FUNDING_STREAMS.map((s) => ({ value: s, label: tStream(s) })),
                t("chooseOption"),
              )}
            </select>
          )}
        </FormField>
        <FormField name="status" required>
          {(control) => (
            <select {...control} className={inputClass}>
              {options(
                DECISION_STATUSES.map((s) => ({ value: s, label: tStatus(s) })),
                t("chooseOption"),
              )}
            </select>
          )}
        </FormField>
        <FormField name="periodStart" help={t("dateHelp")}>
          {(control) => <input {...control} type="date" className={inputClass} />}
        </FormField>
        <FormField name="periodEnd" help={t("dateHelp")}>
          {(control) => <input {...control} type="date" className={inputClass} />}
        </FormField>
        <FormField name="hoursPerWeek" help={t("hoursHelp")}>
          {(control) => <input {...control} inputMode="decimal" className={inputClass} />}
        </FormField>
        <FormField name="budgetPerYear" help={t("budgetHelp")}>
          {(control) => <input {...control} inputMode="decimal" className={inputClass} />}
        </FormField>
        <div className="sm:col-span-2">
          <FormField name="providerOrganisationId">
            {(control) => (
              <select {...control} className={inputClass}>
                {options(props.providers, t("noProvider"))}
              </select>
            )}
          </FormField>
        </div>
      </div>
      <SubmitButton label={props.row ? t("saveCare") : t("addCare")} pendingLabel={t("saving")} />
    </ServerForm>
  );
}

function RemoveCare(props: { childId: string; childName: string; row: CareRow; stream: string }) {
  const t = useTranslations("children");
  const kit = useServerForm({
    schema: ZRemoveCare,
    action: removeCareAction,
    hidden: { childId: props.childId, careId: props.row.id, version: props.row.version },
    idPrefix: `remove-care-${props.row.id}-`,
    labels: {},
  });
  return (
    <ConfirmDialog
      kit={kit}
      trigger={t("removeCare")}
      title={t("removeCareTitle", { stream: props.stream })}
      body={<p>{t("removeCareBody", { name: props.childName })}</p>}
      confirm={t("removeCareConfirm")}
      cancel={t("cancel")}
      triggerClass={buttonDanger}
    />
  );
}

/** The child's care per funding stream: each existing row as its own form, then one to add a row. */
export function CareForms(props: { childId: string; childName: string; rows: CareRow[]; providers: Option[] }) {
  const t = useTranslations("children");
  const tStream = useTranslations("arrangements.stream");
  return (
    <div className="space-y-6">
      {props.rows.map((row) => {
        const stream = tStream(row.values.fundingStream);
        const titleId = `care-${row.id}-title`;
        return (
          <section key={row.id} aria-labelledby={titleId} className={`${cardClass} space-y-4`}>
            <h3 id={titleId} className="text-lg font-semibold">
              {stream}
            </h3>
            <CareForm childId={props.childId} row={row} providers={props.providers} />
            <RemoveCare childId={props.childId} childName={props.childName} row={row} stream={stream} />
          </section>
        );
      })}
      <section aria-labelledby="care-new-title" className={`${cardClass} space-y-4`}>
        <h3 id="care-new-title" className="text-lg font-semibold">
          {t("newCareTitle")}
        </h3>
        <CareForm childId={props.childId} row={null} providers={props.providers} />
      </section>
    </div>
  );
}
