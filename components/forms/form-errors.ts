// The pure part of the form kit: which message key each field shows, what the error summary
// lists and how a key becomes text. Client validation (zod via the resolver) and the server's
// result use the same keys (messages/<locale>/core.json → validation.*, errors.*).
import type { ActionResult } from "@/lib/actions/action-result";

/** A zod message that is not one of our keys (a type error, say) shows as "invalid", as on the server. */
export function messageKey(message: string | undefined): string {
  return message && /^[a-zA-Z.]+$/.test(message) ? message : "invalid";
}

/** A translator that can tell whether it knows a key (next-intl's useTranslations result fits). */
export interface KeyTranslator {
  (key: string): string;
  has(key: string): boolean;
}

export function validationText(tv: KeyTranslator, message: string | undefined): string {
  const key = messageKey(message);
  return tv.has(key) ? tv(key) : tv("invalid");
}

export type FailedResult = Extract<ActionResult<unknown>, { ok: false }>;

export function failed(state: ActionResult<unknown> | null | undefined): FailedResult | null {
  return state && !state.ok ? state : null;
}

/**
 * Splits a failed result into errors for the form's own fields (first key each: one message per
 * field) and a form-level error: the result's formError, or field errors the form has no field for.
 */
export function splitServerErrors(
  state: ActionResult<unknown> | null | undefined,
  isField: (name: string) => boolean,
): { fields: Record<string, string>; form: string[] } {
  const result = failed(state);
  const fields: Record<string, string> = {};
  const form: string[] = [];
  if (!result) return { fields, form };
  // A bare key is one of errors.*; an action may name its own ("signIn.errorThrottled").
  if (result.formError) form.push(result.formError.includes(".") ? result.formError : `errors.${result.formError}`);
  for (const [name, keys] of Object.entries(result.fieldErrors ?? {})) {
    const key = messageKey(keys[0]);
    if (name !== "_form" && isField(name)) fields[name] = key;
    else form.push(`validation.${key}`);
  }
  return { fields, form };
}

export interface SummaryEntry {
  /** The id of the control the link moves to. */
  href: string;
  label: string;
  text: string;
}

/** One entry per field in error, in the order the fields appear in the form. */
export function summaryEntries(
  errors: Record<string, string | undefined>,
  fields: { name: string; id: string; label: string }[],
  text: (key: string) => string,
): SummaryEntry[] {
  return fields
    .filter((f) => errors[f.name])
    .map((f) => ({ href: `#${f.id}`, label: f.label, text: text(errors[f.name]!) }));
}

/** Field name → message for every error in react-hook-form's nested error object (rows included). */
export function flattenErrors(errors: unknown, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  if (!errors || typeof errors !== "object") return out;
  for (const [key, value] of Object.entries(errors as Record<string, unknown>)) {
    if (key === "ref" || !value || typeof value !== "object") continue;
    // An error on a list of checkboxes (scopes.0, scopes.1, …) as a whole sits at scopes.root: it
    // is the list's own error. The form's root (a server answer) is not a field.
    if (key === "root") {
      const own = value as { message?: unknown };
      if (prefix && typeof own.message === "string") out[prefix] = own.message;
      continue;
    }
    const name = prefix ? `${prefix}.${key}` : key;
    const leaf = value as { message?: unknown; type?: unknown };
    if (typeof leaf.message === "string" && "type" in leaf) out[name] = leaf.message;
    else Object.assign(out, flattenErrors(value, name));
  }
  return out;
}
