// The steunpunt's national picture: per SWV region, how many initiatives are in each phase.
// Two queries: the grouped counts and the region names.
import type { Tx } from "../db/create-client";
import { PHASES, type Phase } from "../initiatives/phases";

export interface RegionRow {
  swvId: string | null;
  name: string | null;
  code: string | null;
  byPhase: Record<Phase, number>;
  total: number;
}

export async function regionTable(db: Tx): Promise<RegionRow[]> {
  const [counts, swvs] = await Promise.all([
    db.initiative.groupBy({ by: ["swvId", "phase"], _count: { _all: true } }),
    db.organisation.findMany({ where: { kind: "SWV" }, select: { id: true, name: true, swvCode: true } }),
  ]);
  const byId = new Map(swvs.map((s) => [s.id, s]));
  const rows = new Map<string | null, RegionRow>();
  for (const c of counts) {
    const swv = c.swvId ? byId.get(c.swvId) : undefined;
    const row = rows.get(c.swvId) ?? {
      swvId: c.swvId,
      name: swv?.name ?? null,
      code: swv?.swvCode ?? null,
      byPhase: Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<Phase, number>,
      total: 0,
    };
    row.byPhase[c.phase] += c._count._all;
    row.total += c._count._all;
    rows.set(c.swvId, row);
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || (a.name ?? "").localeCompare(b.name ?? "", "nl"));
}
