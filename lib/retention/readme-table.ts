// The README's "Bewaartermijnen / Retention" table, generated from the rules so the two cannot
// drift apart: tests/unit/retention-readme.test.ts compares it with the README, and
// `npm run retention -- --print-rules` prints it for pasting.
import { describeTerm, RETENTION_RULES, type RetentionRule } from "./rules";

export const README_START = "<!-- retention-rules:start (generated: npm run retention -- --print-rules) -->";
export const README_END = "<!-- retention-rules:end -->";

const cell = (text: string) => text.replace(/\|/g, "\\|");

export function retentionRulesMarkdown(rules: readonly RetentionRule[] = RETENTION_RULES): string {
  const lines = [
    "| Tabel / Table | Wat / What | Termijn / Term | Reden / Reason |",
    "| --- | --- | --- | --- |",
    ...rules
      .map((rule) =>
        [
          `\`${rule.table}\``,
          `${rule.what.nl}<br>*${rule.what.en}*`,
          `${describeTerm(rule, "nl")}<br>*${describeTerm(rule, "en")}*`,
          `${rule.reason.nl}<br>*${rule.reason.en}*`,
        ]
          .map(cell)
          .join(" | "),
      )
      .map((row) => `| ${row} |`),
  ];
  return [README_START, ...lines, README_END].join("\n");
}

/** The generated block as it stands in a README text, or null without the markers. */
export function readmeRetentionBlock(readme: string): string | null {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) return null;
  return readme.slice(start, end + README_END.length);
}
