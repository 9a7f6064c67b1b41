// Splits a migration script into statements. @prisma/adapter-pg runs a script by splitting it on
// every ";", which cuts functions and DO blocks apart (their bodies are dollar-quoted and full of
// semicolons); the native schema engine sends scripts whole. schema-engine.ts runs each statement
// from here instead, so migrations may hold PL/pgSQL on every database we use.

/** The script's statements, trimmed, without empty ones; ";" inside quotes, comments and $tag$ bodies stays. */
export function splitSqlScript(script: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  const skipTo = (end: string, from: number) => {
    const at = script.indexOf(end, from);
    return at === -1 ? script.length : at + end.length;
  };
  while (i < script.length) {
    const c = script[i]!;
    const next = script[i + 1];
    if (c === "-" && next === "-") i = skipTo("\n", i + 2);
    else if (c === "/" && next === "*") i = skipTo("*/", i + 2);
    else if (c === "'" || c === '"') {
      // A doubled quote inside is an escaped quote: the scan simply re-enters the string.
      i = skipTo(c, i + 1);
    } else if (c === "$") {
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(script.slice(i));
      i = tag ? skipTo(tag[0], i + tag[0].length) : i + 1;
    } else if (c === ";") {
      statements.push(script.slice(start, i));
      start = ++i;
    } else i++;
  }
  statements.push(script.slice(start));
  return statements.map((s) => s.trim()).filter((s) => s.replace(/--[^\n]*/g, "").trim().length > 0);
}
