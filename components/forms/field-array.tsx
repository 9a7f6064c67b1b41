"use client";
// Rows on the form kit (react-hook-form's useFieldArray): a row's fields are named
// "<array>.<index>.<field>" as a plain form posts them, so the server's field errors on
// "lines.2.amount" land on that row. Rows move with buttons that say where the row goes, and
// the move is announced, so reordering works from the keyboard and with a screen reader.
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { buttonSecondary } from "../ui/styles";
import type { ControlProps } from "./form-field";
import { useServerFormContext } from "./form-context";
import { validationText, type KeyTranslator } from "./form-errors";

/**
 * One field of a row: like FormField, but the label is the row's own ("Betaler"); the form's
 * `labels` can name it more fully for the error summary ("Regel 2: Betaler").
 */
export function RowField({
  name,
  label,
  help,
  children,
}: {
  name: string;
  label: string;
  help?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const kit = useServerFormContext();
  const tv = useTranslations("validation") as unknown as KeyTranslator;
  const id = kit.fieldId(name);
  const error = kit.fieldError(name);
  const helpId = help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  // What the row holds now: a row added or moved since the page loaded has no default of its own.
  const defaultValue = kit.form.getValues(name) as unknown;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {helpId && (
        <p id={helpId} className="text-sm text-slate-700">
          {help}
        </p>
      )}
      {children({
        ...kit.form.register(name),
        id,
        defaultValue: defaultValue == null ? undefined : String(defaultValue),
        "aria-invalid": errorId ? true : undefined,
        "aria-describedby": [helpId, errorId].filter(Boolean).join(" ") || undefined,
      })}
      {errorId && (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {validationText(tv, error)}
        </p>
      )}
    </div>
  );
}

type Direction = "up" | "down";

/**
 * Moving rows from the keyboard: after a move, focus stays on the moved row's button (or its
 * other button at the top or bottom) and `announcement` says where the row is now.
 */
export function useRowMoves(move: (from: number, to: number) => void, announce: (to: number) => string) {
  // The row to focus once the move has rendered (read after every render, not a render input).
  const pending = useRef<{ rowId: string; direction: Direction } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    const target = pending.current;
    if (!target) return;
    pending.current = null;
    const other = target.direction === "up" ? "down" : "up";
    (
      document.getElementById(moveButtonId(target.rowId, target.direction)) ??
      document.getElementById(moveButtonId(target.rowId, other))
    )?.focus();
  });
  return {
    announcement,
    moveRow(rowId: string, from: number, direction: Direction) {
      const to = direction === "up" ? from - 1 : from + 1;
      move(from, to);
      pending.current = { rowId, direction };
      setAnnouncement(announce(to));
    },
  };
}

export const moveButtonId = (rowId: string, direction: Direction) => `row-${rowId}-${direction}`;

/** "Omhoog" / "Omlaag" for one row; each button's name says which row and the place it moves to. */
export function MoveButtons(props: {
  rowId: string;
  index: number;
  count: number;
  upText: string;
  downText: string;
  /** The accessible name, e.g. "Regel 2 omhoog, naar plaats 1". */
  name: (direction: Direction, to: number) => string;
  onMove: (direction: Direction) => void;
}) {
  const button = (direction: Direction, text: string) => (
    <button
      type="button"
      id={moveButtonId(props.rowId, direction)}
      aria-label={props.name(direction, direction === "up" ? props.index : props.index + 2)}
      onClick={() => props.onMove(direction)}
      className={`${buttonSecondary} text-sm`}
    >
      {text}
    </button>
  );
  return (
    <>
      {props.index > 0 && button("up", props.upText)}
      {props.index < props.count - 1 && button("down", props.downText)}
    </>
  );
}
