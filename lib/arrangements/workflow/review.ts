// Review: submitting a concept (approvals of unchanged parties carry over from the version it
// was based on), approving exactly the version one saw (idempotent: one approval per party and
// version, for the parents one per child of the group), and asking for changes on a line one
// pays for (the parents: on any line). Each tells the people concerned
// (notifications.ts); their e-mail goes out once the change has committed.
import type { Db } from "../../db/create-client";
import { recordAudit } from "../../audit/record-audit";
import { translatorFor } from "../../i18n/translator";
import { sendImmediateEmails } from "../../notifications/email";
import type { Actor } from "../../policy/actor";
import { ConflictError, ForbiddenError, NotFoundError } from "../../policy/errors";
import { approvalsToCarry } from "../carry-over";
import { groupChildren } from "../group-children";
import { approvedPartyKeys, childrenWaiting, mayApproveLine, requiredParties, type PartyApproval } from "../parties";
import { allApproved } from "../status";
import { clock } from "../../time/clock";
import { actorParty, lockVersion, requireDrafter, rightFor } from "./access";
import { lineFromRow, metaFromRow } from "./mapping";
import { notifyApproved, notifyChangesRequested, notifyEstablished, notifyReviewRequested } from "./notifications";

async function emailAfterCommit<R extends { notificationIds: string[] }>(db: Db, result: R): Promise<R> {
  await sendImmediateEmails(db, result.notificationIds);
  return result;
}

export async function submitForReview(
  db: Db,
  actor: Actor,
  input: { versionId: string; lockVersion: number },
  now = clock.now(),
) {
  const result = await db.$transaction(async (tx) => {
    const version = await lockVersion(tx, actor, input.versionId);
    await requireDrafter(tx, actor, version.arrangement.initiativeId);
    if (version.state !== "CONCEPT") throw new ConflictError({ state: version.state });
    if (version.lockVersion !== input.lockVersion) throw new ConflictError({ lockVersion: version.lockVersion });
    const lines = version.lines.map(lineFromRow);
    const childIds = (await groupChildren(tx, version.arrangement.initiativeId)).map((c) => c.id);
    let carried: string[] = [];
    let carriedApprovals: PartyApproval[] = [];
    if (version.basedOnVersionId) {
      const previous = await tx.arrangementVersion.findUniqueOrThrow({
        where: { id: version.basedOnVersionId },
        include: { lines: true, approvals: true },
      });
      const result = approvalsToCarry(
        previous.lines.map(lineFromRow),
        lines,
        previous.approvals,
        { previous: metaFromRow(previous), next: metaFromRow(version) },
        childIds,
      );
      await tx.arrangementApproval.createMany({
        data: result.carriedApprovals.map((a) => ({
          versionId: version.id,
          partyKey: a.partyKey,
          childId: a.childId,
          onBehalfOfId: a.onBehalfOfId,
          approvedById: a.approvedById,
          carriedFromVersionId: a.carriedFromVersionId ?? previous.id,
        })),
      });
      carried = result.carried;
      carriedApprovals = result.carriedApprovals;
    }
    const required = requiredParties(lines).map((p) => p.partyKey);
    const established = allApproved(required, approvedPartyKeys(carriedApprovals, childIds));
    await tx.arrangementVersion.update({
      where: { id: version.id },
      data: {
        state: established ? "VASTGESTELD" : "TER_BEOORDELING",
        submittedAt: now,
        establishedAt: established ? now : null,
        lockVersion: { increment: 1 },
      },
    });
    await recordAudit(tx, actor, {
      initiativeId: version.arrangement.initiativeId,
      action: "arrangement.submitted",
      entityType: "ArrangementVersion",
      entityId: version.id,
      summary: { number: version.number, required, carried },
    });
    const notificationIds = established
      ? await notifyEstablished(tx, actor, version, required)
      : await notifyReviewRequested(
          tx,
          actor,
          version,
          required.filter((key) => !carried.includes(key)),
          childrenWaiting(carriedApprovals, childIds),
        );
    return { required, carried, established, notificationIds };
  });
  return emailAfterCommit(db, result);
}

/**
 * Approve the version the reviewer saw; a guardian approves for one child (`childId`). A second
 * approval by the same party (for the parents: for the same child) changes nothing.
 */
export async function approveVersion(
  db: Db,
  actor: Actor,
  input: { versionId: string; childId?: string },
  now = clock.now(),
) {
  const result = await db.$transaction(async (tx) => {
    const version = await lockVersion(tx, actor, input.versionId);
    const initiativeId = version.arrangement.initiativeId;
    const party = await actorParty(tx, actor, initiativeId);
    const { partyKey } = party;
    const right = party.kind === "PARENTS" ? rightFor(party, input.childId) : null;
    const lines = version.lines.map(lineFromRow);
    const required = requiredParties(lines).map((p) => p.partyKey);
    if (!required.includes(partyKey)) throw new ForbiddenError("arrangement.notYourLines");
    if (version.approvals.some((a) => a.partyKey === partyKey && (!right || a.childId === right.childId)))
      return {
        approved: false,
        alreadyApproved: true,
        established: version.state === "VASTGESTELD",
        notificationIds: [] as string[],
      };
    // Only the version under review can be approved; a newer concept or a later state makes this one stale.
    if (version.state !== "TER_BEOORDELING") throw new ConflictError({ state: version.state });
    const newer = await tx.arrangementVersion.count({
      where: { arrangementId: version.arrangementId, number: { gt: version.number } },
    });
    if (newer > 0) throw new ConflictError({ newerVersion: true });
    const approval = {
      versionId: version.id,
      partyKey,
      childId: right?.childId ?? null,
      onBehalfOfId: right?.onBehalfOfId ?? null,
      approvedById: actor.userId,
    };
    await tx.arrangementApproval.create({ data: approval });
    const childIds = (party.kind === "PARENTS" ? party.children : await groupChildren(tx, initiativeId)).map(
      (c) => c.id,
    );
    const established = allApproved(required, approvedPartyKeys([...version.approvals, approval], childIds));
    if (established)
      await tx.arrangementVersion.update({
        where: { id: version.id },
        data: { state: "VASTGESTELD", establishedAt: now },
      });
    await recordAudit(tx, actor, {
      initiativeId: version.arrangement.initiativeId,
      action: "arrangement.approved",
      entityType: "ArrangementVersion",
      entityId: version.id,
      summary: {
        number: version.number,
        partyKey,
        ...(right && { childId: right.childId, onBehalfOfId: right.onBehalfOfId }),
        established,
      },
    });
    const notificationIds = established
      ? await notifyEstablished(tx, actor, version, required)
      : await notifyApproved(
          tx,
          actor,
          version,
          actor.workspace.kind === "ORGANISATION"
            ? actor.workspace.organisationName
            : translatorFor("nl", "arrangements")("parents"),
        );
    return { approved: true, alreadyApproved: false, established, notificationIds };
  });
  return emailAfterCommit(db, result);
}

/** A reviewer asks for a change on one of the lines its party pays for. */
export async function requestChanges(
  db: Db,
  actor: Actor,
  input: { versionId: string; lineKey: string; comment: string },
) {
  const result = await db.$transaction(async (tx) => {
    const version = await lockVersion(tx, actor, input.versionId);
    // The parents (a guardian of a child of the group, or a guardian with a mandate) may ask on any line.
    const { kind, partyKey } = await actorParty(tx, actor, version.arrangement.initiativeId);
    const line = version.lines.find((l) => l.lineKey === input.lineKey);
    if (!line) throw new NotFoundError("arrangementLine");
    if (kind === "ORGANISATION" && !mayApproveLine(partyKey, line))
      throw new ForbiddenError("arrangement.notYourLines");
    if (version.state !== "TER_BEOORDELING") throw new ConflictError({ state: version.state });
    const request = await tx.arrangementChangeRequest.create({
      data: {
        versionId: version.id,
        partyKey,
        lineKey: line.lineKey,
        comment: input.comment,
        requestedById: actor.userId,
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      initiativeId: version.arrangement.initiativeId,
      action: "arrangement.changes_requested",
      entityType: "ArrangementVersion",
      entityId: version.id,
      summary: { number: version.number, partyKey, lineKey: line.lineKey },
    });
    const notificationIds = await notifyChangesRequested(tx, actor, version, line, input.comment);
    return { id: request.id, notificationIds };
  });
  return emailAfterCommit(db, result);
}
