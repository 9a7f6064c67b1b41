// Reading an initiative's randvoorwaarden: the checklist merged with what was saved. Items
// never saved read as "niet gestart" (version 0); reading never creates rows.
import "server-only";
import type { Tx } from "../db/create-client";
import type { VisibleInitiative } from "../policy/authorised";
import { CURRENT_CHECKLIST } from "./checklist";
import { CONDITION_STATUSES, type ConditionItem, type ConditionStatus } from "./checklist-types";

export interface ConditionRow extends ConditionItem {
  status: ConditionStatus;
  evidence: string;
  /** 0 when never saved. */
  version: number;
  updatedAt: Date | null;
}

/** Callers pass a VisibleInitiative (getInitiativeForActor). */
export async function getChecklist(db: Tx, initiative: VisibleInitiative) {
  const saved = await db.initiativeCondition.findMany({
    where: { initiativeId: initiative.id },
    select: { key: true, status: true, evidence: true, version: true, updatedAt: true },
  });
  const byKey = new Map(saved.map((row) => [row.key, row]));
  const items: ConditionRow[] = CURRENT_CHECKLIST.items.map((item) => {
    const row = byKey.get(item.key);
    return {
      ...item,
      status: row?.status ?? "NIET_GESTART",
      evidence: row?.evidence ?? "",
      version: row?.version ?? 0,
      updatedAt: row?.updatedAt ?? null,
    };
  });
  const counts = Object.fromEntries(
    CONDITION_STATUSES.map((s) => [s, items.filter((i) => i.status === s).length]),
  ) as Record<ConditionStatus, number>;
  return {
    version: CURRENT_CHECKLIST.version,
    name: CURRENT_CHECKLIST.name,
    items,
    counts,
    total: items.length,
    /** Items that apply: "x van y geregeld" counts against these. */
    applicable: items.length - counts.NIET_VAN_TOEPASSING,
  };
}

export type Checklist = Awaited<ReturnType<typeof getChecklist>>;
