// The message catalogues: Dutch and English must have the same keys and the same ICU
// arguments, every message must be valid ICU, and every namespace (and literal key) the
// code asks for must exist.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { readCatalogue } from "../../lib/i18n/catalogue";

type Messages = { [key: string]: string | Messages };

const root = fileURLToPath(new URL("../../", import.meta.url));
const load = (locale: "nl" | "en"): Messages => readCatalogue(locale, root) as Messages;
const nl = load("nl");
const en = load("en");
const catalogues: Record<string, Messages> = { nl, en };

/** Every leaf as [dotted path, message]; objects that are not strings or plain objects are reported as leaves too. */
function leaves(messages: Messages, prefix = ""): [string, unknown][] {
  return Object.entries(messages).flatMap(([key, value]): [string, unknown][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value !== null && typeof value === "object" && !Array.isArray(value) ? leaves(value, path) : [[path, value]];
  });
}

function lookup(messages: Messages, path: string): unknown {
  let node: unknown = messages;
  for (const part of path.split(".")) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Argument names with their kind ("count:plural", "name:argument", "<b>:tag"), recursing into plural/select branches and tags. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    switch (el.type) {
      case TYPE.argument:
        into.add(`${el.value}:argument`);
        break;
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        into.add(`${el.value}:${TYPE[el.type]}`);
        break;
      case TYPE.plural:
      case TYPE.select:
        into.add(`${el.value}:${TYPE[el.type]}`);
        for (const option of Object.values(el.options)) argumentsOf(option.value, into);
        break;
      case TYPE.tag:
        into.add(`<${el.value}>:tag`);
        argumentsOf(el.children, into);
        break;
      default:
        break;
    }
  }
  return into;
}

describe("message catalogues", () => {
  const nlPaths = new Set(leaves(nl).map(([path]) => path));
  const enPaths = new Set(leaves(en).map(([path]) => path));

  it("have the same keys in Dutch and English", () => {
    const missingInEn = [...nlPaths].filter((p) => !enPaths.has(p));
    const missingInNl = [...enPaths].filter((p) => !nlPaths.has(p));
    expect(missingInEn, `keys in nl.json missing from en.json:\n  ${missingInEn.join("\n  ")}`).toEqual([]);
    expect(missingInNl, `keys in en.json missing from nl.json:\n  ${missingInNl.join("\n  ")}`).toEqual([]);
  });

  it("contain only strings (or nested objects) as values", () => {
    for (const [locale, messages] of Object.entries(catalogues)) {
      const bad = leaves(messages)
        .filter(([, value]) => typeof value !== "string")
        .map(([path]) => path);
      expect(bad, `non-string messages in ${locale}.json: ${bad.join(", ")}`).toEqual([]);
    }
  });

  it("contain only valid ICU messages", () => {
    const invalid: string[] = [];
    for (const [locale, messages] of Object.entries(catalogues)) {
      for (const [path, message] of leaves(messages)) {
        if (typeof message !== "string") continue;
        try {
          new IntlMessageFormat(message, locale);
        } catch (error) {
          invalid.push(`${locale}: ${path}: ${(error as Error).message}`);
        }
      }
    }
    expect(invalid, `invalid ICU messages:\n  ${invalid.join("\n  ")}`).toEqual([]);
  });

  it("use the same ICU arguments in Dutch and English", () => {
    const mismatches: string[] = [];
    for (const [path, nlMessage] of leaves(nl)) {
      const enMessage = lookup(en, path);
      if (typeof nlMessage !== "string" || typeof enMessage !== "string") continue; // reported by the tests above
      let nlArgs: string[];
      let enArgs: string[];
      try {
        nlArgs = [...argumentsOf(parse(nlMessage))].sort();
        enArgs = [...argumentsOf(parse(enMessage))].sort();
      } catch {
        continue; // reported by the validity test
      }
      if (nlArgs.join() !== enArgs.join())
        mismatches.push(`${path}: nl {${nlArgs.join(", ")}} vs en {${enArgs.join(", ")}}`);
    }
    expect(mismatches, `ICU arguments differ:\n  ${mismatches.join("\n  ")}`).toEqual([]);
  });
});

describe("translation keys used in code", () => {
  const sourceDirs = ["app", "components", "lib"];
  const files = sourceDirs.flatMap((dir) => walk(join(root, dir)));

  function walk(dir: string): string[] {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return [];
    }
    return entries.flatMap((entry) => {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === "node_modules" ? [] : walk(full);
      return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
    });
  }

  const STRING = String.raw`(?:"([^"\\]+)"|'([^'\\]+)')`;
  // useTranslations("ns"), getTranslations("ns"), getTranslations({ ..., namespace: "ns" }), translatorFor(x, "ns")
  const NAMESPACE_CALL = new RegExp(
    String.raw`\b(?:useTranslations|getTranslations)\(\s*${STRING}\s*\)` +
      String.raw`|\bgetTranslations\(\s*\{[^{}]*\bnamespace\s*:\s*${STRING}[^{}]*\}\s*\)` +
      String.raw`|\btranslatorFor\(\s*[^,()]+(?:\([^()]*\))?\s*,\s*${STRING}\s*\)`,
    "g",
  );
  // const t = [await] useTranslations(...)/getTranslations(...)/translatorFor(...)
  const BINDING =
    /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:await\s+)?(useTranslations|getTranslations|translatorFor)\(/g;
  // (await getTranslations("ns"))("key")
  const INLINE_CALL = new RegExp(String.raw`\(\s*await\s+getTranslations\(\s*${STRING}\s*\)\s*\)\(\s*${STRING}`, "g");

  const firstString = (m: RegExpMatchArray, from = 1) => m.slice(from).find((g) => g !== undefined);

  /** The argument text of the call whose opening parenthesis is at `open`. */
  function callArguments(source: string, open: number): string {
    let depth = 0;
    for (let i = open; i < source.length; i++) {
      if (source[i] === "(") depth++;
      else if (source[i] === ")" && --depth === 0) return source.slice(open + 1, i);
    }
    return source.slice(open + 1);
  }

  /** The namespace of a binding's call if it is a string literal, else undefined. */
  function namespaceOfCall(fn: string, args: string): string | undefined {
    const m = new RegExp(String.raw`^(?:${NAMESPACE_CALL.source})$`).exec(`${fn}(${args.trim()})`);
    return m ? firstString(m) : undefined;
  }

  type Use = { file: string; namespace: string };
  type KeyUse = { file: string; namespace: string; key: string; raw: boolean };
  const namespaceUses: Use[] = [];
  const keyUses: KeyUse[] = [];

  for (const file of files) {
    const source = readFileSync(file, "utf8");
    const rel = relative(root, file);

    for (const m of source.matchAll(NAMESPACE_CALL)) namespaceUses.push({ file: rel, namespace: firstString(m)! });

    for (const m of source.matchAll(INLINE_CALL)) {
      const namespace = m[1] ?? m[2];
      const key = m[3] ?? m[4];
      if (namespace && key) keyUses.push({ file: rel, namespace, key, raw: false });
    }

    // Variables bound to exactly one literal namespace in this file (and never to a computed one).
    const bound = new Map<string, Set<string | undefined>>();
    for (const m of source.matchAll(BINDING)) {
      const [call, variable, fn] = m;
      if (!variable || !fn) continue;
      const namespace = namespaceOfCall(fn, callArguments(source, m.index + call.length - 1));
      const set = bound.get(variable) ?? new Set();
      set.add(namespace);
      bound.set(variable, set);
    }
    for (const [variable, namespaces] of bound) {
      if (namespaces.size !== 1) continue;
      const [namespace] = [...namespaces];
      if (namespace === undefined) continue;
      const esc = variable.replace(/\$/g, "\\$");
      const KEY_CALL = new RegExp(String.raw`(?<![\w$.])${esc}(\.rich|\.markup|\.raw)?\(\s*${STRING}\s*[,)]`, "g");
      for (const m of source.matchAll(KEY_CALL)) {
        keyUses.push({ file: rel, namespace, key: (m[2] ?? m[3])!, raw: m[1] === ".raw" });
      }
    }
  }

  it("finds translation calls to check", () => {
    expect(namespaceUses.length).toBeGreaterThan(10);
    expect(keyUses.length).toBeGreaterThan(10);
  });

  it("only uses namespaces that exist in nl.json", () => {
    const missing = namespaceUses.filter(({ namespace }) => {
      const node = lookup(nl, namespace);
      return node === null || typeof node !== "object";
    });
    const report = [...new Set(missing.map(({ file, namespace }) => `${namespace} (${file})`))];
    expect(report, `namespaces used in code but missing from nl.json:\n  ${report.join("\n  ")}`).toEqual([]);
  });

  it("only uses literal keys that exist in nl.json", () => {
    const missing = keyUses.filter(({ namespace, key, raw }) => {
      const node = lookup(nl, `${namespace}.${key}`);
      return raw ? node === undefined : typeof node !== "string";
    });
    const report = [...new Set(missing.map(({ file, namespace, key }) => `${namespace}.${key} (${file})`))];
    expect(report, `keys used in code but missing from nl.json:\n  ${report.join("\n  ")}`).toEqual([]);
  });
});
