// Saving one randvoorwaarde. Rows are created on the first save, so "no row yet" is version 0.
// A stale version — including two people saving the same item for the first time at once —
// becomes a conflict showing the saved version, never an overwrite: the first save inserts
// with ON CONFLICT DO NOTHING on the unique (initiativeId, key), and losing that race is a conflict.
import type { Db, Tx } from "../db/create-client";
import { recordAudit } from "../audit/record-audit";
import { loadEditableInitiative } from "../initiatives/editable";
import type { Actor } from "../policy/actor";
import { ConflictError, FieldError, NotFoundError } from "../policy/errors";
import { conditionItem } from "./checklist";
import { STATUSES_NEEDING_EVIDENCE, type ConditionStatus } from "./checklist-types";

export interface UpdateConditionInput {
  initiativeId: string;
  key: string;
  version: number;
  status: ConditionStatus;
  evidence: string;
}

export interface ConditionSnapshot {
  status: ConditionStatus;
  evidence: string;
  version: number;
}

const UNSAVED: ConditionSnapshot = { status: "NIET_GESTART", evidence: "", version: 0 };

async function currentSnapshot(
  tx: Tx,
  initiativeId: string,
  key: string,
): Promise<(ConditionSnapshot & { id: string }) | null> {
  return tx.initiativeCondition.findUnique({
    where: { initiativeId_key: { initiativeId, key } },
    select: { id: true, status: true, evidence: true, version: true },
  });
}

const snapshotOf = (row: ConditionSnapshot | null): ConditionSnapshot =>
  row ? { status: row.status, evidence: row.evidence, version: row.version } : UNSAVED;

export async function updateCondition(db: Db, actor: Actor, input: UpdateConditionInput) {
  const evidence = input.evidence.trim();
  return db.$transaction(async (tx) => {
    const initiative = await loadEditableInitiative(tx, actor, input.initiativeId);
    if (!conditionItem(input.key)) throw new NotFoundError("condition");
    if (STATUSES_NEEDING_EVIDENCE.includes(input.status) && !evidence)
      throw new FieldError("evidence", "evidenceRequired");
    const current = await currentSnapshot(tx, initiative.id, input.key);
    if ((current?.version ?? 0) !== input.version) throw new ConflictError(snapshotOf(current));
    const data = { status: input.status, evidence };

    let id: string;
    if (!current) {
      const [created] = await tx.initiativeCondition.createManyAndReturn({
        data: [{ initiativeId: initiative.id, key: input.key, ...data }],
        skipDuplicates: true,
        select: { id: true },
      });
      if (!created) throw new ConflictError(snapshotOf(await currentSnapshot(tx, initiative.id, input.key)));
      id = created.id;
    } else {
      const { count } = await tx.initiativeCondition.updateMany({
        where: { id: current.id, version: input.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count !== 1) throw new ConflictError(snapshotOf(await currentSnapshot(tx, initiative.id, input.key)));
      id = current.id;
    }

    await recordAudit(tx, actor, {
      initiativeId: initiative.id,
      action: "condition.updated",
      entityType: "InitiativeCondition",
      entityId: id,
      // The evidence text stays out of the audit summary: the timeline shows only the status change.
      summary: {
        key: input.key,
        from: current?.status ?? null,
        to: input.status,
        evidenceChanged: (current?.evidence ?? "") !== evidence,
      },
    });
    await tx.initiative.update({ where: { id: initiative.id }, data: { updatedAt: new Date() } });
    return { id, version: input.version + 1 };
  });
}
