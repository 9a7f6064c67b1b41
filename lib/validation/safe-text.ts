import "./zod-config";
import { z } from "zod";

// Text that may reach the database: no NUL (PostgreSQL refuses it in text columns, which used
// to surface as a 500), no other C0 control characters but tab, newline and carriage return,
// and no lone UTF-16 surrogates (they cannot be encoded as UTF-8 and would be stored as U+FFFD).
const UNSAFE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isSafeText(value: string): boolean {
  return !UNSAFE.test(value);
}

/** The text without its unsafe characters: for echoing refused input back into a form. */
export function stripUnsafe(value: string): string {
  return value.replace(new RegExp(UNSAFE.source, "g"), "");
}

/** The zod refinement for free text: the message key is the form kit's generic `invalid`. */
export const ZSafeText = z.string().refine(isSafeText, { error: "invalid" });

/**
 * The first field of a form or object (one level deep, strings, file names and string lists) that
 * holds unsafe text, or undefined. Server actions refuse such input before their schema runs.
 */
export function unsafeField(input: unknown): string | undefined {
  if (!input || typeof input !== "object") return undefined;
  for (const [key, value] of Object.entries(input)) {
    if (!isSafeText(key)) return "_form";
    if (!isSafeValue(value, 0)) return key;
  }
  return undefined;
}

function isSafeValue(value: unknown, depth: number): boolean {
  if (typeof value === "string") return isSafeText(value);
  if (typeof File !== "undefined" && value instanceof File) return isSafeText(value.name);
  if (depth > 8) return false; // deeper than any form of ours: refuse rather than walk it
  if (Array.isArray(value)) return value.every((v) => isSafeValue(v, depth + 1));
  if (value && typeof value === "object")
    return Object.entries(value).every(([k, v]) => isSafeText(k) && isSafeValue(v, depth + 1));
  return true;
}
