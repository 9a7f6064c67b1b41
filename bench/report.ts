// Markdown tables (pasteable into bench/README.md) and the verdict against the issue's
// targets: p95 ≤ 100 ms, throughput ≥ 0.3 × the static page's, queries equal across sizes.
import type { LoadResult } from "./load";
import type { QueriesPerRequest } from "./queries-per-request";

export const TARGET_P95_MS = 100;
export const TARGET_RATIO = 0.3;

/** static: the ceiling; floor: the cheapest server-rendered page; page: measured against the targets. */
export type PageRole = "static" | "floor" | "page";

export interface PageResult {
  key: string;
  label: string;
  path: string;
  role: PageRole;
  load: LoadResult;
  queries: QueriesPerRequest;
}

export interface FactorResult {
  factor: number;
  label: string;
  initiatives: number;
  loadSeconds: number;
  pages: PageResult[];
}

const ms = (v: number) => v.toFixed(1);
const queriesText = (q: QueriesPerRequest) => (q.min === q.max ? String(q.min) : `${q.min}–${q.max}`);

function staticOf(f: FactorResult): PageResult {
  return f.pages.find((p) => p.role === "static")!;
}

function floorOf(f: FactorResult): PageResult | undefined {
  return f.pages.find((p) => p.role === "floor");
}

const RATIO_NOTE = { static: "1.00 (ceiling)", floor: " (floor)", page: "" } as const;

export function factorTable(f: FactorResult): string {
  const base = staticOf(f).load.requestsPerSecond;
  const floor = floorOf(f)?.load.requestsPerSecond;
  const rows = f.pages.map((p) => {
    const ratio =
      p.role === "static" ? RATIO_NOTE.static : (p.load.requestsPerSecond / base).toFixed(2) + RATIO_NOTE[p.role];
    const toFloor = floor === undefined || p.role !== "page" ? "" : (p.load.requestsPerSecond / floor).toFixed(2);
    const bad = p.load.non2xx + p.load.errors;
    const busy = p.load.cpuBusyBefore === undefined ? "?" : p.load.cpuBusyBefore.toFixed(0);
    return `| ${p.label} \`${p.path}\` | ${ms(p.load.p50)} | ${ms(p.load.p95)} | ${p.load.requestsPerSecond.toFixed(1)} | ${ratio} | ${toFloor} | ${queriesText(p.queries)} | ${busy} |${bad ? ` ${bad} failed` : ""}`;
  });
  return [
    `### ${f.label}: factor ${f.factor}, ${f.initiatives.toLocaleString("en")} initiatives (loaded in ${f.loadSeconds.toFixed(0)} s)`,
    "",
    "| page | p50 ms | p95 ms | req/s | ratio to static | ratio to floor | queries/request | CPU busy before % |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...rows,
  ].join("\n");
}

/** How each page's cost grows from the smallest to the largest data size. */
export function growthTable(results: FactorResult[]): string {
  const first = results[0]!;
  const last = results[results.length - 1]!;
  const rows = first.pages.map((p) => {
    const q = last.pages.find((x) => x.key === p.key)!;
    return `| ${p.label} | ${ms(p.load.p95)} → ${ms(q.load.p95)} | ${p.load.requestsPerSecond.toFixed(1)} → ${q.load.requestsPerSecond.toFixed(1)} | ${queriesText(p.queries)} → ${queriesText(q.queries)} |`;
  });
  return [
    `### Growth ${first.label} → ${last.label}`,
    "",
    "| page | p95 ms | req/s | queries/request |",
    "|---|---:|---:|---:|",
    ...rows,
  ].join("\n");
}

export function verdict(results: FactorResult[]): { lines: string[]; met: boolean } {
  const lines: string[] = [];
  let met = true;
  const check = (ok: boolean, text: string) => {
    met &&= ok;
    lines.push(`${ok ? "PASS" : "FAIL"}  ${text}`);
  };
  for (const f of results) {
    const base = staticOf(f).load.requestsPerSecond;
    const floor = floorOf(f);
    if (floor)
      lines.push(
        `(floor: ${f.label} ${floor.label} p95 ${ms(floor.load.p95)} ms, ${(floor.load.requestsPerSecond / base).toFixed(2)} × static throughput)`,
      );
    for (const p of f.pages.filter((x) => x.role === "page")) {
      check(p.load.p95 <= TARGET_P95_MS, `${f.label} ${p.label}: p95 ${ms(p.load.p95)} ms (target ≤ ${TARGET_P95_MS})`);
      const ratio = p.load.requestsPerSecond / base;
      check(
        ratio >= TARGET_RATIO,
        `${f.label} ${p.label}: ${ratio.toFixed(2)} × static throughput (target ≥ ${TARGET_RATIO})`,
      );
    }
  }
  if (results.length > 1) {
    for (const p of results[0]!.pages) {
      const counts = results.map((f) => f.pages.find((x) => x.key === p.key)!.queries);
      const equal = counts.every((q) => q.min === q.max && q.min === counts[0]!.min);
      check(
        equal,
        `${p.label}: queries/request ${counts.map(queriesText).join(" / ")} at ${results.map((f) => f.label).join(" / ")} (target: equal)`,
      );
    }
  } else {
    lines.push("(one data size only: queries per request cannot be compared across sizes)");
  }
  return { lines, met };
}
