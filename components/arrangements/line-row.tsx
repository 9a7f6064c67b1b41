"use client";
import { useTranslations } from "next-intl";
import {
  COMPONENTS,
  FUNDING_STREAMS,
  isUnusualSplit,
  type Component,
  type FundingStream,
} from "@/lib/arrangements/types";
import { Field } from "../ui/field";
import { buttonSecondary, inputClass } from "../ui/styles";

export interface LineDraft {
  uid: string;
  lineKey: string;
  component: string;
  description: string;
  fundingStream: string;
  payerOrganisationId: string;
  providerOrganisationId: string;
  hoursPerWeek: string;
  amount: string;
  rationale: string;
}

type Props = {
  index: number;
  line: LineDraft;
  organisations: { id: string; name: string }[];
  errors: (field: string) => string[] | undefined;
  onChange: (patch: Partial<LineDraft>) => void;
  onRemove: (() => void) | null;
};

/** One line of the concept: its fields are posted as lines.<index>.<field>. */
export function LineRow({ index, line, organisations, errors, onChange, onRemove }: Props) {
  const t = useTranslations("arrangements");
  const name = (field: string) => `lines.${index}.${field}`;
  const id = (field: string) => `line-${line.uid}-${field}`;
  const err = (field: string) => errors(name(field));
  const unusual =
    (COMPONENTS as readonly string[]).includes(line.component) &&
    (FUNDING_STREAMS as readonly string[]).includes(line.fundingStream) &&
    isUnusualSplit(line.component as Component, line.fundingStream as FundingStream);
  const number = index + 1;
  const orgSelect = (field: "payerOrganisationId" | "providerOrganisationId", label: string) => (
    <Field id={id(field)} label={label} errors={err(field)}>
      {(aria) => (
        <select
          {...aria}
          name={name(field)}
          value={line[field]}
          onChange={(e) => onChange({ [field]: e.target.value })}
          className={inputClass}
        >
          <option value="">{t("editor.choose")}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <fieldset className="min-w-0 space-y-3 rounded-md border border-slate-300 p-3 sm:p-4">
      <legend className="px-1 font-semibold">{t("editor.line", { number })}</legend>
      <input type="hidden" name={name("lineKey")} value={line.lineKey} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={id("component")} label={t("editor.component")} errors={err("component")}>
          {(aria) => (
            <select
              {...aria}
              name={name("component")}
              value={line.component}
              onChange={(e) => onChange({ component: e.target.value })}
              className={inputClass}
            >
              <option value="">{t("editor.choose")}</option>
              {COMPONENTS.map((c) => (
                <option key={c} value={c}>
                  {t(`component.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id={id("fundingStream")}
          label={t("editor.stream")}
          help={unusual ? t("editor.unusualSplit") : undefined}
          errors={err("fundingStream")}
        >
          {(aria) => (
            <select
              {...aria}
              name={name("fundingStream")}
              value={line.fundingStream}
              onChange={(e) => onChange({ fundingStream: e.target.value })}
              className={inputClass}
            >
              <option value="">{t("editor.choose")}</option>
              {FUNDING_STREAMS.map((s) => (
                <option key={s} value={s}>
                  {t(`stream.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field id={id("description")} label={t("editor.description")} errors={err("description")}>
        {(aria) => (
          <input
            {...aria}
            name={name("description")}
            value={line.description}
            onChange={(e) => onChange({ description: e.target.value })}
            maxLength={500}
            className={inputClass}
          />
        )}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        {orgSelect("payerOrganisationId", t("editor.payer"))}
        {orgSelect("providerOrganisationId", t("editor.provider"))}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          id={id("hoursPerWeek")}
          label={t("editor.hours")}
          help={t("editor.hoursHelp")}
          errors={err("hoursPerWeek")}
        >
          {(aria) => (
            <input
              {...aria}
              name={name("hoursPerWeek")}
              inputMode="decimal"
              value={line.hoursPerWeek}
              onChange={(e) => onChange({ hoursPerWeek: e.target.value })}
              className={inputClass}
            />
          )}
        </Field>
        <Field id={id("amount")} label={t("editor.amount")} help={t("editor.amountHelp")} errors={err("amount")}>
          {(aria) => (
            <input
              {...aria}
              name={name("amount")}
              inputMode="decimal"
              placeholder="€ 12.345,67"
              value={line.amount}
              onChange={(e) => onChange({ amount: e.target.value })}
              className={inputClass}
            />
          )}
        </Field>
      </div>
      <Field
        id={id("rationale")}
        label={t("editor.rationale")}
        help={t("editor.rationaleHelp")}
        errors={err("rationale")}
      >
        {(aria) => (
          <textarea
            {...aria}
            name={name("rationale")}
            rows={2}
            maxLength={2000}
            value={line.rationale}
            onChange={(e) => onChange({ rationale: e.target.value })}
            className={inputClass}
          />
        )}
      </Field>
      {onRemove && (
        <button type="button" onClick={onRemove} className={`${buttonSecondary} text-sm`}>
          {t("editor.removeLine", { number })}
        </button>
      )}
    </fieldset>
  );
}
