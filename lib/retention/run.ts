// Applies the retention rules (lib/retention/rules.ts) — the work of `npm run retention`
// (scripts/retention.ts), apart from process handling so tests can run it on their database.
// Idempotent: a second run at the same instant removes nothing. Each rule runs in its own
// transaction (a chain in batches of their own); with dryRun they are rolled back, so the counts
// are exactly what a run would remove.
import { recordAudit } from "../audit/record-audit";
import type { Db, Tx } from "../db/create-client";
import { clock } from "../time/clock";
import { carryOutDueErasures } from "../children/erasure/carry-out";
import { RETENTION_RULES, termCutoff, type RetentionRule } from "./rules";

export interface RuleOutcome {
  key: string;
  table: string;
  /** Rows removed (or, in a dry run, that would be); null for a rule applied within another. */
  removed: number | null;
  note?: string;
  /** Why the rule stopped (e.g. a broken chain); the other rules still ran. */
  error?: string;
}

class DryRunRollback extends Error {
  constructor(readonly removed: number) {
    super("dry run");
  }
}

/** Rows a chain prune removes per call and transaction; the database caps it at 10,000. */
const CHAIN_BATCH = 10_000;

function identifier(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not an identifier: ${name}`);
  return `"${name}"`;
}

async function applyRule(tx: Tx, rule: RetentionRule, now: Date, chainBatch: number): Promise<number> {
  switch (rule.kind) {
    case "delete": {
      const where = `(${rule.end}) < $1${rule.also ? ` AND (${rule.also})` : ""}`;
      return tx.$executeRawUnsafe(`DELETE FROM ${identifier(rule.table)} WHERE ${where}`, termCutoff(rule.term, now));
    }
    case "chain": {
      // The function holds the term itself and never goes past the database's own clock.
      const [result] = await tx.$queryRawUnsafe<{ removed: number }[]>(
        `SELECT removed FROM retention_prune_chain($1, $2::timestamptz, $3::int)`,
        rule.table,
        now,
        chainBatch,
      );
      return Number(result?.removed ?? 0);
    }
    case "within":
      return 0;
  }
}

/** One rule: a plain delete in one transaction; a chain in batches of their own until one removes nothing. */
async function runRule(
  db: Db,
  rule: RetentionRule,
  now: Date,
  dryRun: boolean,
  chainBatch: number,
): Promise<RuleOutcome> {
  const outcome: RuleOutcome = { key: rule.key, table: rule.table, removed: 0 };
  for (;;) {
    let batch: number;
    try {
      batch = await db.$transaction(
        async (tx) => {
          let n = await applyRule(tx, rule, now, chainBatch);
          // A dry run takes every batch in its one transaction, then rolls it back.
          for (let more = n; dryRun && rule.kind === "chain" && more > 0; n += more) {
            more = await applyRule(tx, rule, now, chainBatch);
          }
          if (dryRun) throw new DryRunRollback(n);
          return n;
        },
        { timeout: 10 * 60_000, maxWait: 30_000 },
      );
    } catch (error) {
      if (error instanceof DryRunRollback) outcome.removed! += error.removed;
      else outcome.error = errorMessage(error);
      return outcome;
    }
    outcome.removed! += batch;
    if (rule.kind !== "chain" || batch === 0) return outcome;
  }
}

export async function runRetention(
  db: Db,
  {
    now = clock.now(),
    dryRun = false,
    rules = RETENTION_RULES,
    chainBatch = CHAIN_BATCH,
  }: { now?: Date; dryRun?: boolean; rules?: readonly RetentionRule[]; chainBatch?: number } = {},
): Promise<RuleOutcome[]> {
  const outcomes: RuleOutcome[] = [];

  // Children whose erasure was asked and whose confirmation period has passed go first
  // (decision 0012): what the rules then prune no longer holds their details.
  outcomes.push({
    key: "child-erasure",
    table: "Child",
    removed: dryRun
      ? await db.childErasureRequest.count({
          where: { cancelledAt: null, carriedOutAt: null, effectiveAfter: { lte: now } },
        })
      : await carryOutDueErasures(db, now),
  });

  for (const rule of rules) {
    outcomes.push(
      rule.kind === "within"
        ? { key: rule.key, table: rule.table, removed: null, note: `applied by "${rule.by}"` }
        : await runRule(db, rule, now, dryRun, chainBatch),
    );
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
  if (outcome.error) {
    return `${outcome.key} (${outcome.table}): FAILED after removing ${outcome.removed ?? 0}: ${outcome.error}`;
  }
  if (outcome.removed === null) return `${outcome.key} (${outcome.table}): ${outcome.note ?? "nothing to do"}`;
  return `${outcome.key} (${outcome.table}): ${dryRun ? "would remove" : "removed"} ${outcome.removed}`;
}
