// Drafting: a new arrangement starts as a concept; a concept is saved as a whole (meta + all
// lines) against its lock version; a change after review starts a new version from the last.
import type { Db } from "../../db/create-client";
import { recordAudit } from "../../audit/record-audit";
import type { Actor } from "../../policy/actor";
import { ConflictError, ForbiddenError, NotFoundError } from "../../policy/errors";
import { visibleInitiativesWhere } from "../../policy/initiative-access";
import type { ArrangementLine, ArrangementVersionMeta } from "../types";
import { assertParticipants, lockVersion, requireDrafter } from "./access";
import { dateOnlyValue } from "../../time/date-only";
import { lineFromRow, lineToRow } from "./mapping";

export interface ConceptInput {
  meta: ArrangementVersionMeta;
  lines: ArrangementLine[];
}

const metaData = (meta: ArrangementVersionMeta) => ({
  scenario: meta.scenario,
  periodStart: dateOnlyValue(meta.periodStart),
  periodEnd: dateOnlyValue(meta.periodEnd),
  groupSize: meta.groupSize,
});

export async function createArrangement(db: Db, actor: Actor, input: ConceptInput & { initiativeId: string }) {
  return db.$transaction(async (tx) => {
    const initiative = await requireDrafter(tx, actor, input.initiativeId);
    await assertParticipants(tx, initiative.id, input.lines);
    const open = await tx.arrangement.findFirst({
      where: { initiativeId: initiative.id, supersededAt: null },
      select: { id: true },
    });
    if (open) throw new ConflictError({ arrangementId: open.id });
    const arrangement = await tx.arrangement.create({ data: { initiativeId: initiative.id }, select: { id: true } });
    const version = await tx.arrangementVersion.create({
      data: { arrangementId: arrangement.id, number: 1, ...metaData(input.meta), createdById: actor.userId },
      select: { id: true },
    });
    await tx.arrangementLine.createMany({ data: input.lines.map((l, i) => lineToRow(l, version.id, i)) });
    await recordAudit(tx, actor, {
      initiativeId: initiative.id,
      action: "arrangement.created",
      entityType: "ArrangementVersion",
      entityId: version.id,
      summary: { lines: input.lines.length },
    });
    return { arrangementId: arrangement.id, versionId: version.id };
  });
}

/** Replaces a concept's content; only concepts change in place, under their lock version. */
export async function saveConcept(
  db: Db,
  actor: Actor,
  input: ConceptInput & { versionId: string; lockVersion: number },
) {
  return db.$transaction(async (tx) => {
    const version = await lockVersion(tx, actor, input.versionId);
    await requireDrafter(tx, actor, version.arrangement.initiativeId);
    if (version.state !== "CONCEPT") throw new ForbiddenError("arrangement.notConcept");
    if (version.lockVersion !== input.lockVersion) throw new ConflictError({ lockVersion: version.lockVersion });
    await assertParticipants(tx, version.arrangement.initiativeId, input.lines);
    await tx.arrangementLine.deleteMany({ where: { versionId: version.id } });
    await tx.arrangementLine.createMany({ data: input.lines.map((l, i) => lineToRow(l, version.id, i)) });
    await tx.arrangementVersion.update({
      where: { id: version.id },
      data: { ...metaData(input.meta), lockVersion: { increment: 1 } },
    });
    await recordAudit(tx, actor, {
      initiativeId: version.arrangement.initiativeId,
      action: "arrangement.concept_saved",
      entityType: "ArrangementVersion",
      entityId: version.id,
      summary: { lines: input.lines.length },
    });
    return { versionId: version.id, lockVersion: version.lockVersion + 1 };
  });
}

/** A change after submission: a new concept version, copied from the latest one. */
export async function startRevision(db: Db, actor: Actor, input: { arrangementId: string }) {
  return db.$transaction(async (tx) => {
    const latest = await tx.arrangementVersion.findFirst({
      where: {
        arrangementId: input.arrangementId,
        arrangement: { supersededAt: null, initiative: visibleInitiativesWhere(actor) },
      },
      orderBy: { number: "desc" },
      include: { lines: { orderBy: { position: "asc" } }, arrangement: { select: { initiativeId: true } } },
    });
    if (!latest) throw new NotFoundError("arrangement");
    await requireDrafter(tx, actor, latest.arrangement.initiativeId);
    if (latest.state === "CONCEPT") return { versionId: latest.id, lockVersion: latest.lockVersion, created: false };
    const version = await tx.arrangementVersion.create({
      data: {
        arrangementId: input.arrangementId,
        number: latest.number + 1,
        scenario: latest.scenario,
        periodStart: latest.periodStart,
        periodEnd: latest.periodEnd,
        groupSize: latest.groupSize,
        basedOnVersionId: latest.id,
        createdById: actor.userId,
      },
      select: { id: true, lockVersion: true },
    });
    await tx.arrangementLine.createMany({
      data: latest.lines.map((row) => lineToRow(lineFromRow(row), version.id, row.position)),
    });
    await recordAudit(tx, actor, {
      initiativeId: latest.arrangement.initiativeId,
      action: "arrangement.revision_started",
      entityType: "ArrangementVersion",
      entityId: version.id,
      summary: { basedOn: latest.number, number: latest.number + 1 },
    });
    return { versionId: version.id, lockVersion: version.lockVersion, created: true };
  });
}
