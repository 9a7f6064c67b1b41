// Deep-merges the per-area message files of one locale into one catalogue. Pure, so the server
// (files read from disk) and the browser bundle (files imported) build the same catalogue.
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

/** Files as [name, contents], merged in name order. */
export function mergeMessageFiles(files: [string, Messages][]): Messages {
  const merged: Messages = {};
  for (const [name, messages] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    mergeInto(merged, messages, name);
  return merged;
}
