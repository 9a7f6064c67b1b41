// The access log is append-only (a trigger refuses DELETE), so tests read what a call wrote as the
// entries after the chain's head before it, instead of emptying the log first.
import type { Db } from "../../../lib/db/client";

export async function accessLogHead(db: Db): Promise<number> {
  return (await db.accessLogEntry.aggregate({ _max: { seq: true } }))._max.seq ?? 0;
}

export async function accessLogSince(db: Db, head: number) {
  return db.accessLogEntry.findMany({ where: { seq: { gt: head } }, orderBy: { seq: "asc" } });
}
