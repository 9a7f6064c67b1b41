// The parents' part of the review of a version: per child of the group, whether (and by whom)
// its parents approved, which children are still waiting, and for which children the actor
// may approve. Child names follow need-to-know: the actor sees the names of the children whose
// details it may see (lib/children/child-access.ts) and of those it may approve for; the rest
// only as a count.
import type { Tx } from "../db/create-client";
import { detailVisibleChildrenWhere } from "../children/child-access";
import type { Actor } from "../policy/actor";
import { groupChildren, type GroupChild } from "./group-children";
import { PARENTS_PARTY_KEY } from "./parties";
import { mayActForParents, parentRights, type ParentRight } from "./workflow/access";

export type PartyState = "APPROVED" | "CARRIED" | "WAITING";

export interface ApprovalView {
  partyKey: string;
  childId: string | null;
  organisationName: string | null;
  approvedByName: string;
  /** The guardian whose mandate was used (approved "namens … (machtiging)"). */
  onBehalfOfName: string | null;
  approvedAt: Date;
  carriedFromNumber: number | null;
  /** Set when the child was erased since (decision 0012): its pseudonym, shown instead of a name. */
  erasedChildName?: string | null;
}

export interface ParentsFacts {
  children: GroupChild[];
  /** Children whose name the actor may see. */
  named: Set<string>;
  rights: ParentRight[];
}

/** Reads the children of the group and what the actor may see of and do for them (at most four queries). */
export async function loadParentsFacts(db: Tx, actor: Actor, initiativeId: string, now: Date): Promise<ParentsFacts> {
  const children = await groupChildren(db, initiativeId);
  if (children.length === 0) return { children, named: new Set(), rights: [] };
  const visible = await db.child.findMany({
    where: { AND: [{ initiativeId }, detailVisibleChildrenWhere(actor, now)] },
    select: { id: true },
  });
  const eligible = actor.workspace.kind === "PERSONAL" && (await mayActForParents(db, actor, initiativeId));
  const rights = parentRights(actor, children, eligible);
  return { children, named: new Set([...visible.map((c) => c.id), ...rights.map((r) => r.childId)]), rights };
}

/** The parents' rows and the actor's part in them, for a version with these approvals. */
export function parentsReview(
  facts: ParentsFacts,
  approvals: readonly ApprovalView[],
  version: { established: boolean; underReview: boolean },
) {
  const parentApprovals = approvals.filter((a) => a.partyKey === PARENTS_PARTY_KEY);
  const byChild = new Map(parentApprovals.flatMap((a) => (a.childId ? [[a.childId, a] as const] : [])));
  const nameOf = (c: GroupChild) => (facts.named.has(c.id) ? c.displayName : null);
  const children = facts.children.map((c) => {
    const approval = byChild.get(c.id) ?? null;
    const state: PartyState = !approval ? "WAITING" : approval.carriedFromNumber !== null ? "CARRIED" : "APPROVED";
    return { childId: c.id, name: nameOf(c), state, approval };
  });
  // An erased child left the group, but an approval given for it stays on record, under its pseudonym.
  const groupIds = new Set(facts.children.map((c) => c.id));
  const erased = parentApprovals.flatMap((a) =>
    a.childId && a.erasedChildName && !groupIds.has(a.childId)
      ? [
          {
            childId: a.childId,
            name: a.erasedChildName,
            state: (a.carriedFromNumber !== null ? "CARRIED" : "APPROVED") as PartyState,
            approval: a,
          },
        ]
      : [],
  );
  const waitingChildren = facts.children.filter((c) => !byChild.has(c.id));
  const complete = children.length > 0 && waitingChildren.length === 0;
  const state: PartyState =
    complete || version.established
      ? children.length > 0 && children.every((c) => c.state === "CARRIED")
        ? "CARRIED"
        : "APPROVED"
      : "WAITING";
  const waitingIds = new Set(waitingChildren.map((c) => c.id));
  const mandateGiver = (c: GroupChild, userId: string | null) =>
    userId ? (c.guardians.find((g) => g.userId === userId)?.name ?? null) : null;
  return {
    state,
    children: [...children, ...erased],
    /** A parents' approval from before approvals named a child (shown as given, never counted anew). */
    legacyApproval: parentApprovals.find((a) => !a.childId) ?? null,
    waiting: {
      names: waitingChildren.flatMap((c) => nameOf(c) ?? []),
      hidden: waitingChildren.filter((c) => nameOf(c) === null).length,
    },
    /** The children the actor may still approve for now (one button each). */
    actorChildren: version.underReview
      ? facts.rights.flatMap((r) => {
          const child = facts.children.find((c) => c.id === r.childId);
          return child && waitingIds.has(child.id)
            ? [{ childId: child.id, name: child.displayName, onBehalfOfName: mandateGiver(child, r.onBehalfOfId) }]
            : [];
        })
      : [],
    /** The actor speaks for the parents (for at least one child). */
    speaksForParents: facts.rights.length > 0,
    /** Every child the actor may speak for has its approval. */
    actorDone: facts.rights.length > 0 && facts.rights.every((r) => !waitingIds.has(r.childId)),
  };
}

export type ParentsReview = ReturnType<typeof parentsReview>;
