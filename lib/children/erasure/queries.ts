// What a guardian reads on the erasure page of a child: whether a request is open (and until
// when it can be taken back), and how much will be deleted and kept. Guardians only: for anyone
// else, consent holders included, the page does not exist (404). The read is logged like any
// view of the child.
import "server-only";
import { recordAccess } from "../../access-log/record-access";
import type { Tx } from "../../db/create-client";
import type { Actor } from "../../policy/actor";
import { NotFoundError } from "../../policy/errors";
import { clock } from "../../time/clock";
import { loadVisibleChild } from "../load-child";
import { ERASURE_CONFIRMATION_DAYS } from "./period";
import { childPseudonym } from "./pseudonym";
import { openErasureRequest } from "./request";

export async function childErasureOverview(db: Tx, actor: Actor, childId: string, now = clock.now()) {
  const child = await loadVisibleChild(db, actor, childId, now);
  if (child.access.kind !== "GUARDIAN") throw new NotFoundError("child");
  const [row, open, documents, care, consents, approvals] = await Promise.all([
    db.child.findUniqueOrThrow({ where: { id: child.id }, select: { displayName: true } }),
    openErasureRequest(db, child),
    db.childDocument.count({ where: { childId: child.id } }),
    db.childCare.count({ where: { childId: child.id } }),
    db.childConsent.count({ where: { childId: child.id } }),
    db.arrangementApproval.count({ where: { childId: child.id } }),
  ]);
  await recordAccess(db, actor, {
    action: "VIEW",
    subjectType: "CHILD",
    subjectId: child.id,
    childId: child.id,
    initiativeId: child.initiativeId,
  });
  return {
    child: { id: child.id, initiativeId: child.initiativeId, displayName: row.displayName },
    pseudonym: childPseudonym(child.id),
    request: open,
    counts: { documents, care, consents, approvals },
    days: ERASURE_CONFIRMATION_DAYS,
  };
}

/** The banner on the child page: an open request, for everyone who sees the child (checked again here). */
export async function pendingErasureOf(db: Tx, actor: Actor, childId: string, now = clock.now()) {
  const child = await loadVisibleChild(db, actor, childId, now);
  const open = await openErasureRequest(db, child);
  return open ? { effectiveAfter: open.effectiveAfter } : null;
}
