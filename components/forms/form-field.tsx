"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { get, type UseFormRegisterReturn } from "react-hook-form";
import { useServerFormContext } from "./form-context";
import { validationText, type KeyTranslator } from "./form-errors";

/** What a control needs: react-hook-form's registration, its id and the accessible error wiring. */
export type ControlProps = UseFormRegisterReturn & {
  id: string;
  defaultValue?: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
  "aria-required"?: true;
};

/** The ids and texts around one control: its help, its one error message. */
function useFieldParts(name: string, help: string | undefined, label?: string) {
  const kit = useServerFormContext();
  const tv = useTranslations("validation") as unknown as KeyTranslator;
  const id = kit.fieldId(name);
  const error = kit.fieldError(name);
  const helpId = help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return {
    kit,
    id,
    label: label ?? kit.labels[name] ?? name,
    errorText: error ? validationText(tv, error) : undefined,
    helpId,
    errorId,
    describedBy: [helpId, errorId].filter(Boolean).join(" ") || undefined,
    defaultValue: get(kit.form.formState.defaultValues, name) as unknown,
  };
}

function ErrorText({ id, text }: { id?: string; text?: string }) {
  return id ? (
    <p id={id} className="text-sm font-medium text-red-800">
      {text}
    </p>
  ) : null;
}

/** Label, help, control and error text; the label comes from the form's `labels`. */
export function FormField({
  name,
  label,
  help,
  required,
  children,
}: {
  name: string;
  /** Instead of the form's `labels` entry (rows: "Bedrag, regel 2"). */
  label?: string;
  help?: string;
  /** Announced (aria-required); the schema enforces it, no browser bubble. */
  required?: boolean;
  children: (control: ControlProps) => ReactNode;
}) {
  const f = useFieldParts(name, help, label);
  return (
    <div className="space-y-1">
      <label htmlFor={f.id} className="block font-medium">
        {f.label}
      </label>
      {f.helpId && (
        <p id={f.helpId} className="text-sm text-slate-700">
          {help}
        </p>
      )}
      {children({
        ...f.kit.form.register(name),
        id: f.id,
        defaultValue: f.defaultValue == null ? undefined : String(f.defaultValue),
        "aria-invalid": f.errorId ? true : undefined,
        "aria-describedby": f.describedBy,
        "aria-required": required ? true : undefined,
      })}
      <ErrorText id={f.errorId} text={f.errorText} />
    </div>
  );
}

/** A radio group: legend from `labels`, the first radio carries the field id (summary links there). */
export function ChoiceField({
  name,
  options,
  help,
  className,
  legendClassName,
}: {
  name: string;
  options: { value: string; label: ReactNode; disabled?: boolean }[];
  help?: string;
  className?: string;
  legendClassName?: string;
}) {
  const f = useFieldParts(name, help);
  return (
    <fieldset aria-describedby={f.describedBy} aria-invalid={f.errorId ? true : undefined}>
      <legend className={legendClassName ?? "font-medium"}>{f.label}</legend>
      {f.helpId && (
        <p id={f.helpId} className="text-sm text-slate-700">
          {help}
        </p>
      )}
      <div className={className ?? "mt-2 space-y-2"}>
        {options.map((o, i) => (
          <label key={o.value} className="flex items-start gap-2">
            <input
              {...f.kit.form.register(name)}
              type="radio"
              id={i === 0 ? f.id : `${f.id}-${i}`}
              value={o.value}
              disabled={o.disabled}
              defaultChecked={f.defaultValue === o.value}
              className="mt-1 h-5 w-5 shrink-0"
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <ErrorText id={f.errorId} text={f.errorText} />
    </fieldset>
  );
}

/** One checkbox with its label beside it; posts "on" when ticked, as a plain form does. */
export function CheckboxField({ name, help }: { name: string; help?: string }) {
  const f = useFieldParts(name, help);
  return (
    <div className="space-y-1">
      <label className="flex items-start gap-2">
        <input
          {...f.kit.form.register(name)}
          type="checkbox"
          id={f.id}
          defaultChecked={f.defaultValue === true || f.defaultValue === "on"}
          aria-invalid={f.errorId ? true : undefined}
          aria-describedby={f.describedBy}
          className="mt-1 h-5 w-5 shrink-0"
        />
        <span>{f.label}</span>
      </label>
      {f.helpId && (
        <p id={f.helpId} className="text-sm text-slate-700">
          {help}
        </p>
      )}
      <ErrorText id={f.errorId} text={f.errorText} />
    </div>
  );
}
