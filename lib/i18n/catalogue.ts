// The message catalogue of a locale: every messages/<locale>/*.json file, deep-merged. One file
// per product area keeps parallel work on different areas from colliding.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Locale } from "./config";

export type Messages = { [key: string]: string | Messages };

function mergeInto(target: Messages, source: Messages, file: string, at = ""): void {
  for (const [key, value] of Object.entries(source)) {
    const here = at ? `${at}.${key}` : key;
    const existing = target[key];
    if (typeof value === "object" && typeof existing === "object") mergeInto(existing, value, file, here);
    else if (existing !== undefined) throw new Error(`Message ${here} is defined twice (again in ${file})`);
    else target[key] = typeof value === "object" ? structuredClone(value) : value;
  }
}

export function readCatalogue(locale: Locale, root = process.cwd()): Messages {
  const dir = path.join(root, "messages", locale);
  const merged: Messages = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    mergeInto(merged, JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Messages, file);
  }
  return merged;
}

const cache = new Map<Locale, Messages>();

/** Cached in production; re-read in development so edits show up without a restart. */
export function catalogue(locale: Locale): Messages {
  if (process.env.NODE_ENV !== "production") return readCatalogue(locale);
  let messages = cache.get(locale);
  if (!messages) cache.set(locale, (messages = readCatalogue(locale)));
  return messages;
}
