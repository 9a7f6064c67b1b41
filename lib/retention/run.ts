// Applies the retention rules (lib/retention/rules.ts) — the work of `npm run retention`
// (scripts/retention.ts), apart from process handling so tests can run it on their database.
// Idempotent: a second run at the same instant removes nothing. Each rule runs in its own
// transaction; with dryRun it is rolled back, so the counts are exactly what a run would remove.
import { recordAudit } from "../audit/record-audit";
import type { Db, Tx } from "../db/create-client";
import { clock } from "../time/clock";
import { RETENTION_RULES, termCutoff, type RetentionRule } from "./rules";

export interface RuleOutcome {
  key: string;
  table: string;
  /** Rows removed (or, in a dry run, that would be); null for a rule applied within another or one that failed. */
  removed: number | null;
  note?: string;
  /** Why the rule removed nothing this time (e.g. a broken chain); the other rules still ran. */
  error?: string;
}

class DryRunRollback extends Error {
  constructor(readonly removed: number) {
    super("dry run");
  }
}

function identifier(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not an identifier: ${name}`);
  return `"${name}"`;
}

async function applyRule(tx: Tx, rule: RetentionRule, now: Date): Promise<number> {
  switch (rule.kind) {
    case "delete": {
      const where = `(${rule.end}) < $1${rule.also ? ` AND (${rule.also})` : ""}`;
      return tx.$executeRawUnsafe(`DELETE FROM ${identifier(rule.table)} WHERE ${where}`, termCutoff(rule.term, now));
    }
    case "chain": {
      // The function holds the term itself and never goes past the database's own clock.
      const [result] = await tx.$queryRawUnsafe<{ removed: number }[]>(
        `SELECT removed FROM retention_prune_chain($1, $2::timestamptz)`,
        rule.table,
        now,
      );
      return Number(result?.removed ?? 0);
    }
    case "within":
      return 0;
  }
}

export async function runRetention(
  db: Db,
  {
    now = clock.now(),
    dryRun = false,
    rules = RETENTION_RULES,
  }: { now?: Date; dryRun?: boolean; rules?: readonly RetentionRule[] } = {},
): Promise<RuleOutcome[]> {
  const outcomes: RuleOutcome[] = [];

  // Erasure of children (issue #10 item 4) runs here, before the rules, once it exists:
  //   outcomes.push({ key: "erasure", table: "Child", removed: await carryOutDueErasures(db, now) });
  // (carryOutDueErasures is exported by lib/privacy; not part of this change.)

  for (const rule of rules) {
    if (rule.kind === "within") {
      outcomes.push({ key: rule.key, table: rule.table, removed: null, note: `applied by "${rule.by}"` });
      continue;
    }
    let removed: number;
    try {
      removed = await db.$transaction(
        async (tx) => {
          const n = await applyRule(tx, rule, now);
          if (dryRun) throw new DryRunRollback(n);
          return n;
        },
        { timeout: 10 * 60_000, maxWait: 30_000 },
      );
    } catch (error) {
      if (!(error instanceof DryRunRollback)) {
        outcomes.push({ key: rule.key, table: rule.table, removed: null, error: errorMessage(error) });
        continue;
      }
      removed = error.removed;
    }
    outcomes.push({ key: rule.key, table: rule.table, removed });
  }

  const total = outcomes.reduce((sum, o) => sum + (o.removed ?? 0), 0);
  if (!dryRun && total > 0) {
    // Counts per rule only (no free text, decision 0010). The chains note their cut in HashChainAnchor.
    await recordAudit(db, null, {
      action: "retention.applied",
      entityType: "Retention",
      entityId: now.toISOString().slice(0, 10),
      summary: Object.fromEntries(outcomes.filter((o) => o.removed).map((o) => [o.key, o.removed])),
    });
  }
  return outcomes;
}

/** The database's own message (e.g. "the hash chain is broken at seq 4 (id …)"), without Prisma's wrapping. */
function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /broken at seq[^\n]*/.exec(message)?.[0] ?? message.split("\n").filter(Boolean).at(-1) ?? message;
}

export function describeOutcome(outcome: RuleOutcome, dryRun: boolean): string {
  if (outcome.error) return `${outcome.key} (${outcome.table}): FAILED, nothing removed: ${outcome.error}`;
  if (outcome.removed === null) return `${outcome.key} (${outcome.table}): ${outcome.note ?? "nothing to do"}`;
  return `${outcome.key} (${outcome.table}): ${dryRun ? "would remove" : "removed"} ${outcome.removed}`;
}
