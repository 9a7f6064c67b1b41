// The work of `npm run audit:verify` (scripts/audit-verify.ts), apart from process handling so
// tests can run it against their own database.
import type { Db } from "../db/create-client";
import { CHAINED_TABLES, describeChainReport, verifyChain } from "./hash-chain";

export const AUDIT_VERIFY_USAGE = "Usage: npm run audit:verify [-- --anchor <table>:<seq>:<hash> ...]";

/** --anchor AuditEvent:120:<hash> (a head printed by an earlier run), at most once per table; null on bad input. */
export function parseAnchors(args: string[]): Map<string, { seq: number; hash: string }> | null {
  const anchors = new Map<string, { seq: number; hash: string }>();
  for (let i = 0; i < args.length; i += 2) {
    const match = args[i] === "--anchor" ? /^([A-Za-z_]\w*):(\d+):([0-9a-f]{64})$/.exec(args[i + 1] ?? "") : null;
    if (!match) return null;
    anchors.set(match[1]!, { seq: Number(match[2]), hash: match[3]! });
  }
  return anchors;
}

/** Verifies every chained table; exit code 0 when all verify, 1 on a break, 2 on bad arguments. */
export async function auditVerify(db: Db, args: string[]): Promise<{ lines: string[]; exitCode: 0 | 1 | 2 }> {
  const anchors = parseAnchors(args);
  if (!anchors) return { lines: [AUDIT_VERIFY_USAGE], exitCode: 2 };
  const lines: string[] = [];
  let broken = false;
  for (const table of CHAINED_TABLES) {
    const report = await verifyChain(db, table, { anchor: anchors.get(table) });
    lines.push(describeChainReport(report));
    broken ||= !report.ok;
  }
  return { lines, exitCode: broken ? 1 : 0 };
}
