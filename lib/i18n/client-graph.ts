// Which message namespaces code running in the browser can ask for: every useTranslations()
// namespace in a "use client" file or in anything such a file imports (project files only).
// Used by a unit test to keep CLIENT_NAMESPACES complete.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const SOURCE_DIRS = ["app", "components", "lib"];
const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

function resolveImport(root: string, from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  for (const candidate of [base, ...EXTENSIONS.map((e) => base + e)]) if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

export function clientNamespaces(root = process.cwd()): { namespaces: Set<string>; withoutNamespace: string[] } {
  const files = SOURCE_DIRS.flatMap((d) => sourceFiles(path.join(root, d)));
  const queue = files.filter((f) => /^\s*["']use client["']/.test(readFileSync(f, "utf8")));
  const seen = new Set<string>();
  const namespaces = new Set<string>();
  const withoutNamespace: string[] = [];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    // Server actions run on the server even when a client component imports them.
    if (/^\s*["']use server["']/.test(text)) continue;
    // A namespace literal as the argument, or as a branch of a conditional; a call without such
    // a literal names no namespace we can know: the test reports it.
    for (const m of text.matchAll(/useTranslations\(([^)]*)\)/g)) {
      // The argument itself, or a branch of a conditional: not the literals it compares with.
      const literals = [...m[1]!.trim().matchAll(/(?:^|[?:])\s*(?:"([^"]*)"|'([^']*)')/g)].map((l) => l[1] ?? l[2]!).filter(Boolean);
      if (literals.length === 0) withoutNamespace.push(path.relative(root, file));
      for (const ns of literals) namespaces.add(ns.split(".")[0]!);
    }
    for (const m of text.matchAll(/(?:from|import)\s+["']([^"']+)["']/g)) {
      const target = resolveImport(root, file, m[1]!);
      if (target) queue.push(target);
    }
  }
  return { namespaces, withoutNamespace };
}
