// A plain form posts rows as flat names ("lines.0.amount"); react-hook-form holds them nested
// (lines[0].amount). The server echoes what was posted, flat: nesting it lets a page re-rendered
// without JavaScript show every row as it was typed.

/** {"lines.0.amount": "5", scenario: "S"} → {lines: [{amount: "5"}], scenario: "S"}. */
export function nestValues(flat: Record<string, string> | undefined): Record<string, unknown> | undefined {
  if (!flat) return flat;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(flat)) {
    const path = name.split(".");
    // Posted names are the person's input: never let one reach an object's prototype.
    if (path.some((part) => part === "__proto__" || part === "constructor" || part === "prototype")) continue;
    let target: Record<string, unknown> = out;
    path.forEach((part, i) => {
      if (i === path.length - 1) {
        target[part] = value;
        return;
      }
      // A numeric next part makes an array (a row index), anything else an object.
      target[part] ??= /^\d+$/.test(path[i + 1]!) ? [] : {};
      target = target[part] as Record<string, unknown>;
    });
  }
  for (const [key, value] of Object.entries(out))
    if (Array.isArray(value)) out[key] = value.filter((row) => row !== undefined); // gaps from removed rows close up
  return out;
}

/**
 * The form's defaults with what the server echoed laid over them, row by row: a theme or row the
 * post did not carry keeps its default, a posted row replaces the default's list.
 */
export function withEchoedValues(
  defaults: Record<string, unknown>,
  flat: Record<string, string> | undefined,
): Record<string, unknown> {
  const nested = nestValues(flat);
  return nested ? overlay(defaults, nested) : defaults;
}

function overlay(base: Record<string, unknown>, top: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(top)) {
    const under = base[key];
    const bothObjects =
      value && under && typeof value === "object" && typeof under === "object" && !Array.isArray(value);
    out[key] = bothObjects ? overlay(under as Record<string, unknown>, value as Record<string, unknown>) : value;
  }
  return out;
}
