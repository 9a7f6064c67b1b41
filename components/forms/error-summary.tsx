"use client";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, type ReactNode } from "react";
import { useServerFormContext } from "./form-context";
import { summaryEntries, validationText, type KeyTranslator } from "./form-errors";

/**
 * At the top of every form: what went wrong, with a link to each field in error. It takes focus
 * after every failed submit, so keyboard and screen reader users start from the list.
 */
export function ErrorSummary({ conflict }: { conflict?: ReactNode }) {
  const kit = useServerFormContext();
  const t = useTranslations("forms");
  const tv = useTranslations("validation") as unknown as KeyTranslator;
  const tAll = useTranslations() as unknown as KeyTranslator;
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();

  const text = (key: string) => validationText(tv, key);
  const labelled = Object.entries(kit.labels).map(([name, label]) => ({ name, label, id: kit.fieldId(name) }));
  // Errors on fields without a fixed label (rows) follow, linked but unlabelled.
  const rest = Object.keys(kit.fieldErrors)
    .filter((name) => !(name in kit.labels))
    .map((name) => ({ name, label: "", id: kit.fieldId(name) }));
  const entries = summaryEntries(kit.fieldErrors, [...labelled, ...rest], text);
  const formErrors = kit.formErrors
    .filter((key) => !(conflict && key === "errors.conflict"))
    .map((key) => (tAll.has(key) ? tAll(key) : tAll("errors.unexpected")));

  const visible = !!conflict || entries.length > 0 || formErrors.length > 0;
  // Once per failed submit, as soon as the summary shows (errors may arrive a render later);
  // not again while the person is correcting fields.
  const focusedFor = useRef<unknown>(null);
  useEffect(() => {
    if (!kit.failure || !visible || focusedFor.current === kit.failure) return;
    focusedFor.current = kit.failure;
    ref.current?.focus();
  }, [kit.failure, visible]);

  if (!visible) return null;
  if (conflict && entries.length === 0 && formErrors.length === 0)
    return (
      <div ref={ref} tabIndex={-1} className="outline-none focus-visible:ring-2 focus-visible:ring-amber-600">
        {conflict}
      </div>
    );
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={entries.length > 0 ? headingId : undefined}
      className="space-y-2 rounded-md border-2 border-red-700 bg-red-50 px-4 py-3 text-red-950 outline-none focus-visible:ring-2 focus-visible:ring-red-700"
    >
      {/* A form-level message (wrong password, a refusal) speaks for itself; a list of fields gets a heading. */}
      {entries.length > 0 && (
        <h2 id={headingId} className="font-semibold">
          {t("summaryTitle", { count: entries.length })}
        </h2>
      )}
      {formErrors.map((message) => (
        <p key={message}>{message}</p>
      ))}
      {entries.length > 0 && (
        <ul className="list-disc space-y-1 pl-6">
          {entries.map((e) => (
            <li key={e.href}>
              <a
                href={e.href}
                className="font-medium text-red-900 underline underline-offset-2"
                onClick={(event) => {
                  const control = document.getElementById(e.href.slice(1));
                  if (!control) return;
                  event.preventDefault();
                  control.focus();
                  control.scrollIntoView({ block: "center" });
                }}
              >
                {e.label ? `${e.label}: ${e.text}` : e.text}
              </a>
            </li>
          ))}
        </ul>
      )}
      {conflict}
    </div>
  );
}
