// Hash chains over append-only tables (docs/decisions/0010-append-only-audit.md). The database
// does the linking: a BEFORE INSERT trigger (hash_chain_link, migration 20261202061616) takes a
// per-table lock, numbers the row after the chain's head and stores
//   hash = sha256(prevHash || canonical content)
// where the canonical content is the row as jsonb text without "prevHash", "hash" and top-level
// nulls. This module verifies a chain and gives other tables the same triggers.
import type { Db, Tx } from "../db/create-client";

/** The previous hash of a chain's first row. */
export const GENESIS_HASH = "0".repeat(64);

/** Tables chained and append-only; `npm run audit:verify` walks each of them. */
export const CHAINED_TABLES = ["AuditEvent", "AccessLogEntry", "HashChainAnchor"] as const;

/**
 * Where retention cut a chain (lib/retention, decision 0013): rows up to lastSeq were removed as
 * past their term, and the first row left must link to lastHash. `count` sums every prune.
 */
export interface PrunedPrefix {
  lastSeq: number;
  lastHash: string;
  count: number;
  at: Date;
}

export type ChainBreakReason = "hash" | "seq" | "prevHash" | "anchor";

export interface ChainBreak {
  reason: ChainBreakReason;
  /** The first row that does not verify (for "anchor": the anchored row, when it still exists). */
  id: string | null;
  seq: number;
  /** The row before it, for "seq" and "prevHash": one of the two was changed, or rows between them removed. */
  previous: { id: string; seq: number } | null;
}

export type ChainReport =
  | {
      table: string;
      ok: true;
      count: number;
      head: { seq: number; hash: string } | null;
      pruned: PrunedPrefix | null;
    }
  | { table: string; ok: false; count: number; broken: ChainBreak; pruned: PrunedPrefix | null };

interface ChainRow {
  id: string;
  seq: string;
  prevHash: string;
  hash: string;
  expected: string;
}

function quoted(table: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(table)) throw new Error(`not a table name: ${table}`);
  return `"${table}"`;
}

/** The same expression as the trigger's, written out here so verifying trusts no stored function. */
const EXPECTED_HASH = `encode(sha256(convert_to(t."prevHash" || (
    SELECT coalesce(jsonb_object_agg(e.key, e.value), '{}'::jsonb)::text
    FROM jsonb_each(to_jsonb(t) - 'prevHash' - 'hash') AS e
    WHERE e.value <> 'null'::jsonb), 'UTF8')), 'hex')`;

/**
 * Walks a chain from its first row in seq order (after retention's last anchor, if it pruned the
 * chain: that prefix is reported as pruned, not as a gap) and reports the first broken link: a row whose
 * content no longer matches its hash (changed by hand), a gap in the numbering (rows removed), or a
 * prevHash that is not the previous row's hash (a row changed and re-hashed, or one slipped in).
 * `anchor` (a seq and hash noted earlier, e.g. from a previous run) also catches a cut-off tail.
 * Reads one snapshot in batches; never writes.
 */
export async function verifyChain(
  db: Db,
  table: string,
  { anchor, batchSize = 2000 }: { anchor?: { seq: number; hash: string }; batchSize?: number } = {},
): Promise<ChainReport> {
  const name = quoted(table);
  return db.$transaction(
    async (tx) => {
      // The trigger hashes with TimeZone UTC; timestamptz columns must render the same way here.
      await tx.$executeRawUnsafe(`SET LOCAL "TimeZone" = 'UTC'`);
      const pruned = await prunedPrefix(tx, table);
      let count = 0;
      let prev: { id: string; seq: number; hash: string } | null = null;
      let anchored: { id: string; hash: string } | null = null;
      for (;;) {
        const rows: ChainRow[] = await tx.$queryRawUnsafe<ChainRow[]>(
          `SELECT t."id", t."seq"::text AS seq, t."prevHash", t."hash", ${EXPECTED_HASH} AS expected
           FROM ${name} AS t WHERE t."seq" > $1::bigint ORDER BY t."seq" LIMIT $2::int`,
          prev ? prev.seq : Number.MIN_SAFE_INTEGER,
          batchSize,
        );
        for (const row of rows) {
          const seq = Number(row.seq);
          const before = prev ? { id: prev.id, seq: prev.seq } : null;
          const broken = (reason: ChainBreakReason, previous: ChainBreak["previous"] = null): ChainReport => ({
            table,
            ok: false,
            count,
            broken: { reason, id: row.id, seq, previous },
            pruned,
          });
          if (row.hash !== row.expected) return broken("hash");
          if (seq !== (prev ? prev.seq : (pruned?.lastSeq ?? 0)) + 1) return broken("seq", before);
          if (row.prevHash !== (prev ? prev.hash : (pruned?.lastHash ?? GENESIS_HASH))) {
            return broken("prevHash", before);
          }
          if (anchor && seq === anchor.seq) anchored = { id: row.id, hash: row.hash };
          prev = { id: row.id, seq, hash: row.hash };
          count++;
        }
        if (rows.length < batchSize) break;
      }
      // An anchor noted before retention removed its row: the prune's own anchor (append-only and
      // chained in HashChainAnchor) vouches for the last removed row; older ones are gone by rule.
      if (anchor && pruned && anchor.seq <= pruned.lastSeq) {
        anchored = { id: "", hash: anchor.seq === pruned.lastSeq ? pruned.lastHash : anchor.hash };
      }
      if (anchor && anchored?.hash !== anchor.hash) {
        return {
          table,
          ok: false,
          count,
          broken: { reason: "anchor", id: anchored?.id || null, seq: anchor.seq, previous: null },
          pruned,
        };
      }
      return { table, ok: true, count, head: prev ? { seq: prev.seq, hash: prev.hash } : null, pruned };
    },
    // One consistent snapshot, however long the chain: rows appended meanwhile are not half-seen.
    { isolationLevel: "RepeatableRead", timeout: 30 * 60_000, maxWait: 30_000 },
  );
}

/** The latest prune of a chain, read in the verifying transaction's snapshot. */
async function prunedPrefix(tx: Tx, table: string): Promise<PrunedPrefix | null> {
  if (table === "HashChainAnchor") return null; // never pruned
  const [row] = await tx.$queryRawUnsafe<{ lastSeq: number; lastHash: string; total: string; at: Date }[]>(
    `SELECT a."lastSeq", a."lastHash",
            (SELECT sum("prunedCount") FROM "HashChainAnchor" WHERE "chainTable" = $1)::text AS total,
            a."prunedAt" AS at
     FROM "HashChainAnchor" AS a WHERE a."chainTable" = $1 ORDER BY a."lastSeq" DESC LIMIT 1`,
    table,
  );
  return row ? { lastSeq: Number(row.lastSeq), lastHash: row.lastHash, count: Number(row.total), at: row.at } : null;
}

/** One line for people: what broke, where. */
export function describeChainReport(report: ChainReport): string {
  const pruned = report.pruned
    ? ` (seq 1-${report.pruned.lastSeq} removed by retention, ${report.pruned.count} rows, last on ${report.pruned.at.toISOString().slice(0, 10)})`
    : "";
  if (report.ok) {
    return report.head
      ? `${report.table}: OK, ${report.count} rows${pruned}; head seq ${report.head.seq} hash ${report.head.hash}`
      : `${report.table}: OK, empty`;
  }
  const { reason, id, seq, previous } = report.broken;
  const after = previous ? ` (previous row: seq ${previous.seq}, id ${previous.id})` : "";
  const what: Record<ChainBreakReason, string> = {
    hash: "its content does not match its hash: the row was changed after it was written",
    seq: `the numbering skips from ${previous?.seq ?? report.pruned?.lastSeq ?? 0}: rows before it are missing${after}`,
    prevHash: `its link does not match the hash of the row before it: one of them was changed and re-hashed, or a row was removed or slipped in${after}`,
    anchor: id
      ? "the anchored row's hash differs from the one noted: the chain was rewritten"
      : "the anchored row is missing: the end of the chain was cut off",
  };
  return `${report.table}: BROKEN at seq ${seq}${id ? ` (id ${id})` : ""}: ${what[reason]}. ${report.count} rows before it verified${pruned}.`;
}

/**
 * The SQL a migration adds to chain another table and make it append-only, for a table with
 * columns "seq" INTEGER (or BIGINT) NOT NULL UNIQUE, "prevHash" TEXT NOT NULL and "hash" TEXT
 * NOT NULL (Prisma: `seq Int @unique @default(0)`, `prevHash String @default("")`,
 * `hash String @default("")`). The functions come from migration 20261202061616_audit_hash_chain.
 */
export function chainTriggersSql(table: string): string {
  const name = quoted(table);
  const trigger = (suffix: string) => `"${table}_${suffix}"`;
  return [
    `CREATE TRIGGER ${trigger("hash_chain")} BEFORE INSERT ON ${name}`,
    `  FOR EACH ROW EXECUTE FUNCTION hash_chain_link();`,
    `CREATE TRIGGER ${trigger("append_only")} BEFORE UPDATE OR DELETE OR TRUNCATE ON ${name}`,
    `  FOR EACH STATEMENT EXECUTE FUNCTION append_only_refuse();`,
    ``,
  ].join("\n");
}
