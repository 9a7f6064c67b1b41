"use client";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { MoveButtons, RowField } from "@/components/forms/field-array";
import { useServerFormContext } from "@/components/forms/form-context";
import {
  COMPONENTS,
  FUNDING_STREAMS,
  isUnusualSplit,
  type Component,
  type FundingStream,
} from "@/lib/arrangements/types";
import { buttonSecondary, inputClass } from "../ui/styles";

/** A line as the editor holds it: text as the form posts it (amount in Dutch euro text). */
export interface LineDraft {
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

/** The row's fields in form order (also the order of the error summary). */
export const LINE_FIELDS = [
  "component",
  "fundingStream",
  "description",
  "payerOrganisationId",
  "providerOrganisationId",
  "hoursPerWeek",
  "amount",
  "rationale",
] as const;
export type LineField = (typeof LINE_FIELDS)[number];

type Props = {
  index: number;
  /** Stable across moves (react-hook-form's field id). */
  rowId: string;
  count: number;
  organisations: { id: string; name: string }[];
  label: (field: LineField) => string;
  onRemove: (() => void) | null;
  onMove: (direction: "up" | "down") => void;
};

/** One line of the concept: its fields are posted as lines.<index>.<field>. */
export function LineRow({ index, rowId, count, organisations, label, onRemove, onMove }: Props) {
  const t = useTranslations("arrangements");
  const kit = useServerFormContext();
  const name = (field: string) => `lines.${index}.${field}`;
  const [component, fundingStream] = useWatch({ name: [name("component"), name("fundingStream")] }) as [
    string | undefined,
    string | undefined,
  ];
  const unusual =
    (COMPONENTS as readonly string[]).includes(component ?? "") &&
    (FUNDING_STREAMS as readonly string[]).includes(fundingStream ?? "") &&
    isUnusualSplit(component as Component, fundingStream as FundingStream);
  const number = index + 1;
  const keyError = kit.fieldError(name("lineKey"));
  const orgSelect = (field: "payerOrganisationId" | "providerOrganisationId") => (
    <RowField name={name(field)} label={label(field)}>
      {(control) => (
        <select {...control} className={inputClass}>
          <option value="">{t("editor.choose")}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      )}
    </RowField>
  );
  return (
    <fieldset className="min-w-0 space-y-3 rounded-md border border-slate-300 p-3 sm:p-4">
      <legend className="px-1 font-semibold">{t("editor.line", { number })}</legend>
      <input
        type="hidden"
        {...kit.form.register(name("lineKey"))}
        id={kit.fieldId(name("lineKey"))}
        defaultValue={kit.form.getValues(name("lineKey")) as string | undefined}
      />
      {keyError && <p className="text-sm font-medium text-red-800">{t("editor.lineKeyProblem")}</p>}
      <div className="grid gap-3 sm:grid-cols-2">
        <RowField name={name("component")} label={label("component")}>
          {(control) => (
            <select {...control} className={inputClass}>
              <option value="">{t("editor.choose")}</option>
              {COMPONENTS.map((c) => (
                <option key={c} value={c}>
                  {t(`component.${c}`)}
                </option>
              ))}
            </select>
          )}
        </RowField>
        <RowField
          name={name("fundingStream")}
          label={label("fundingStream")}
          help={unusual ? t("editor.unusualSplit") : undefined}
        >
          {(control) => (
            <select {...control} className={inputClass}>
              <option value="">{t("editor.choose")}</option>
              {FUNDING_STREAMS.map((s) => (
                <option key={s} value={s}>
                  {t(`stream.${s}`)}
                </option>
              ))}
            </select>
          )}
        </RowField>
      </div>
      <RowField name={name("description")} label={label("description")}>
        {(control) => <input {...control} maxLength={500} className={inputClass} />}
      </RowField>
      <div className="grid gap-3 sm:grid-cols-2">
        {orgSelect("payerOrganisationId")}
        {orgSelect("providerOrganisationId")}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <RowField name={name("hoursPerWeek")} label={label("hoursPerWeek")} help={t("editor.hoursHelp")}>
          {(control) => <input {...control} inputMode="decimal" className={inputClass} />}
        </RowField>
        <RowField name={name("amount")} label={label("amount")} help={t("editor.amountHelp")}>
          {(control) => <input {...control} inputMode="decimal" placeholder="€ 12.345,67" className={inputClass} />}
        </RowField>
      </div>
      <RowField name={name("rationale")} label={label("rationale")} help={t("editor.rationaleHelp")}>
        {(control) => <textarea {...control} rows={2} maxLength={2000} className={inputClass} />}
      </RowField>
      <div className="flex flex-wrap gap-2">
        <MoveButtons
          rowId={rowId}
          index={index}
          count={count}
          upText={t("editor.moveUp")}
          downText={t("editor.moveDown")}
          name={(direction, to) =>
            t(direction === "up" ? "editor.moveUpName" : "editor.moveDownName", { number, position: to })
          }
          onMove={onMove}
        />
        {onRemove && (
          <button type="button" onClick={onRemove} className={`${buttonSecondary} text-sm`}>
            {t("editor.removeLine", { number })}
          </button>
        )}
      </div>
    </fieldset>
  );
}
