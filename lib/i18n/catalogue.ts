// The message catalogue of a locale: every messages/<locale>/*.json file, deep-merged. One file
// per product area keeps parallel work on different areas from colliding.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Locale } from "./config";
import { mergeMessageFiles, type Messages } from "./merge-messages";

export type { Messages };

export function readCatalogue(locale: Locale, root = process.cwd()): Messages {
  const dir = path.join(root, "messages", locale);
  const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  return mergeMessageFiles(
    files.map((file) => [file, JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Messages]),
  );
}

const cache = new Map<Locale, Messages>();

/** Cached in production; re-read in development so edits show up without a restart. */
export function catalogue(locale: Locale): Messages {
  if (process.env.NODE_ENV !== "production") return readCatalogue(locale);
  let messages = cache.get(locale);
  if (!messages) cache.set(locale, (messages = readCatalogue(locale)));
  return messages;
}
