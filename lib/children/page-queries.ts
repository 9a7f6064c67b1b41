// Small reads the children's pages need besides the child itself. They decide what a page
// offers; the actions check everything again.
import "server-only";
import type { Tx } from "../db/create-client";
import type { Actor } from "../policy/actor";
import { activeParentParticipation, inOtherRole } from "./guardianship";

/** "Add a child" is offered to a parent of the initiative, in the personal workspace, in no other role (add-child.ts). */
export async function canAddChild(db: Tx, actor: Actor, initiativeId: string): Promise<boolean> {
  if (actor.workspace.kind !== "PERSONAL") return false;
  if (!(await activeParentParticipation(db, initiativeId, actor.userId))) return false;
  return !(await inOtherRole(db, initiativeId, actor.userId));
}

/**
 * Whether a child belongs to this initiative. Asked before the child is read (which is logged),
 * so a child id under another initiative's address is a 404 without a view being recorded.
 * Reveals nothing: both answers end in the same 404 for a child the actor may not see.
 */
export async function isChildOfInitiative(db: Tx, childId: string, initiativeId: string): Promise<boolean> {
  return (await db.child.findFirst({ where: { id: childId, initiativeId }, select: { id: true } })) !== null;
}
