// Reading as a page does: the visibility check first (it yields the VisibleInitiative the
// initiative's queries demand), then the query. For tests that name an initiative by id.
import type { Db } from "../../../lib/db/client";
import { childCounts, childrenOfInitiative } from "../../../lib/children/queries";
import { findVisibleInitiative } from "../../../lib/initiatives/queries";
import type { Actor } from "../../../lib/policy/actor";

export async function childrenOfInitiativeFor(db: Db, actor: Actor, initiativeId: string, now?: Date) {
  return childrenOfInitiative(db, actor, await findVisibleInitiative(db, actor, initiativeId), now);
}

export async function childCountsFor(db: Db, actor: Actor, initiativeId: string) {
  return childCounts(db, await findVisibleInitiative(db, actor, initiativeId));
}
