"use client";
// Rows of a react-hook-form field array that a person can add, remove and reorder without a
// mouse. Each row has "up", "down" and "remove" buttons whose accessible names say which row they
// act on; after a move the focus follows the row (to the same button, or the other one when the
// row reached an end) and a polite live region says where it went. Generic: any field array of
// objects inside a ServerForm (agenda items, action items, checklist items, arrangement lines).
// Without JavaScript the rows already on the page still post; only adding and moving need it.
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { get, useFieldArray } from "react-hook-form";
import { buttonSecondary } from "../ui/styles";
import { useServerFormContext } from "./form-context";
import { validationText, type KeyTranslator } from "./form-errors";
import type { ControlProps } from "./form-field";

const smallButton =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-slate-400 bg-white px-2 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:opacity-40";

type Action = "up" | "down" | "remove";

export function SortableRows({
  name,
  empty,
  max = 50,
  rowName,
  addLabel,
  children,
}: {
  /** The field array's name ("agenda.inhoud"): rows post as `${name}.${index}.${field}`. */
  name: string;
  /** The values of a new row. */
  empty: Record<string, unknown>;
  max?: number;
  /** How a row is called in button names and announcements: "Agendapunt 2". */
  rowName: (index: number) => string;
  addLabel: string;
  /** The row's own fields. */
  children: (index: number) => ReactNode;
}) {
  const kit = useServerFormContext();
  const t = useTranslations("sortableRows");
  const { fields, append, remove, move } = useFieldArray({ control: kit.form.control, name });
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // Where the focus goes once React has rendered the rows in their new order.
  const focusNext = useRef<{ rowId: string; action: Action } | { index: number } | null>(null);
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    const next = focusNext.current;
    if (!next || !list.current) return;
    focusNext.current = null;
    if ("rowId" in next) {
      const row = list.current.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(next.rowId)}"]`);
      const wanted = row?.querySelector<HTMLButtonElement>(`[data-row-action="${next.action}"]`);
      const other = row?.querySelector<HTMLButtonElement>(
        `[data-row-action="${next.action === "up" ? "down" : "up"}"]`,
      );
      (wanted && !wanted.disabled ? wanted : other)?.focus();
      return;
    }
    // After a removal: the row that took its place, else the one before, else "add".
    const rows = list.current.querySelectorAll<HTMLElement>("[data-row-id]");
    const target = rows[next.index] ?? rows[next.index - 1];
    (target?.querySelector<HTMLElement>("input, textarea, select") ?? addButton.current)?.focus();
  }, [fields]);

  const moveRow = (from: number, to: number, action: Action) => {
    focusNext.current = { rowId: fields[from]!.id, action };
    move(from, to);
    setAnnouncement(t("moved", { row: rowName(from), position: to + 1, count: fields.length }));
  };

  return (
    <div className="space-y-2">
      <ol ref={list} className="space-y-3">
        {fields.map((field, index) => (
          <li
            key={field.id}
            data-row-id={field.id}
            className="flex flex-col gap-2 rounded-md border border-slate-200 p-3 sm:flex-row sm:items-end"
          >
            <div className="min-w-0 flex-1 space-y-2">{children(index)}</div>
            <div className="flex gap-1">
              <button
                type="button"
                data-row-action="up"
                className={smallButton}
                disabled={index === 0}
                aria-label={t("moveUp", { row: rowName(index) })}
                onClick={() => moveRow(index, index - 1, "up")}
              >
                <span aria-hidden>↑</span>
              </button>
              <button
                type="button"
                data-row-action="down"
                className={smallButton}
                disabled={index === fields.length - 1}
                aria-label={t("moveDown", { row: rowName(index) })}
                onClick={() => moveRow(index, index + 1, "down")}
              >
                <span aria-hidden>↓</span>
              </button>
              <button
                type="button"
                data-row-action="remove"
                className={smallButton}
                aria-label={t("remove", { row: rowName(index) })}
                onClick={() => {
                  focusNext.current = { index };
                  setAnnouncement(t("removed", { row: rowName(index) }));
                  remove(index);
                }}
              >
                {t("removeShort")}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        ref={addButton}
        type="button"
        className={buttonSecondary}
        disabled={fields.length >= max}
        onClick={() => {
          setAnnouncement("");
          append(empty); // react-hook-form focuses the new row's first field
        }}
      >
        {addLabel}
      </button>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}

/** One field in a row: its label (visually hidden when the row says enough), control and error. */
export function RowField({
  name,
  label,
  hideLabel,
  children,
}: {
  /** The full field name: `${arrayName}.${index}.${field}`. */
  name: string;
  label: string;
  hideLabel?: boolean;
  children: (control: ControlProps) => ReactNode;
}) {
  const kit = useServerFormContext();
  const tv = useTranslations("validation") as unknown as KeyTranslator;
  const id = kit.fieldId(name);
  const error = kit.fieldError(name);
  const errorId = error ? `${id}-error` : undefined;
  // The row's current value, not its default: rows move, and a moved row keeps its text.
  const defaultValue = get(kit.form.getValues(), name) as unknown;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={hideLabel ? "sr-only" : "block text-sm font-medium"}>
        {label}
      </label>
      {children({
        ...kit.form.register(name),
        id,
        defaultValue: defaultValue == null ? undefined : String(defaultValue),
        "aria-invalid": errorId ? true : undefined,
        "aria-describedby": errorId,
      })}
      {errorId && (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {validationText(tv, error)}
        </p>
      )}
    </div>
  );
}
