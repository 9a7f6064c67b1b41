// The README lists the retention rules (section "Bewaartermijnen / Retention"); this fails when
// it and lib/retention/rules.ts differ. Fix: paste the output of `npm run retention -- --print-rules`.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readmeRetentionBlock, retentionRulesMarkdown } from "../../lib/retention/readme-table";
import { RETENTION_RULES, termCutoff } from "../../lib/retention/rules";

describe("retention rules", () => {
  it("the README's table is the one generated from lib/retention/rules.ts", () => {
    const readme = readFileSync(path.join(import.meta.dirname, "../../README.md"), "utf8");
    expect(readmeRetentionBlock(readme), "README: run `npm run retention -- --print-rules` and paste").toBe(
      retentionRulesMarkdown(),
    );
  });

  it("the table has one row per rule, naming its table and term", () => {
    const rows = retentionRulesMarkdown()
      .split("\n")
      .filter((l) => l.startsWith("| `"));
    expect(rows).toHaveLength(RETENTION_RULES.length);
    expect(rows[0]).toContain("`LoginAttempt` | Inlogpogingen");
    expect(rows[0]).toContain("30 dagen na de poging<br>*30 days after the attempt*");
  });

  it("keys are unique and a rule applied within another names an existing chain rule", () => {
    const keys = RETENTION_RULES.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const rule of RETENTION_RULES) {
      if (rule.kind === "within") expect(RETENTION_RULES.find((r) => r.key === rule.by)?.kind).toBe("chain");
    }
  });

  it("counts terms in calendar days and years (UTC)", () => {
    const now = new Date("2026-03-30T10:00:00Z");
    expect(termCutoff({ days: 30 }, now).toISOString()).toBe("2026-02-28T10:00:00.000Z");
    expect(termCutoff({ years: 5 }, now).toISOString()).toBe("2021-03-30T10:00:00.000Z");
  });
});
