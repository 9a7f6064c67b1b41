// Who may do what with an arrangement. Drafting is for the initiative's editors; approving is
// for the party whose money is involved, acting in that party's workspace, and for the parents:
// per child, a confirmed guardian of that child (or a guardian holding that guardian's mandate),
// in the personal workspace, taking part as a parent and in no other role.
import type { Tx } from "../../db/create-client";
import { activeParentParticipation, inOtherRole } from "../../children/guardianship";
import { loadEditableInitiative } from "../../initiatives/editable";
import type { Actor } from "../../policy/actor";
import { can } from "../../policy/can";
import { FieldError, ForbiddenError, NotFoundError } from "../../policy/errors";
import { visibleInitiativesWhere } from "../../policy/initiative-access";
import { groupChildren, type GroupChild } from "../group-children";
import { organisationPartyKey, PARENTS_PARTY_KEY } from "../parties";

/** Locks the version row for the rest of the transaction, so concurrent reviews serialize. */
export async function lockVersion(tx: Tx, actor: Actor, versionId: string) {
  const found = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "ArrangementVersion" WHERE id = ${versionId} FOR UPDATE`;
  if (found.length === 0) throw new NotFoundError("arrangementVersion");
  const version = await tx.arrangementVersion.findFirst({
    where: { id: versionId, arrangement: { initiative: visibleInitiativesWhere(actor) } },
    include: {
      lines: { orderBy: { position: "asc" } },
      approvals: true,
      arrangement: { select: { id: true, initiativeId: true, initiative: { select: { name: true } } } },
    },
  });
  if (!version) throw new NotFoundError("arrangementVersion");
  return version;
}

export async function requireDrafter(tx: Tx, actor: Actor, initiativeId: string) {
  return loadEditableInitiative(tx, actor, initiativeId);
}

/** A child the actor may approve for in the parents' name; `onBehalfOfId` names the guardian whose mandate it uses. */
export interface ParentRight {
  childId: string;
  onBehalfOfId: string | null;
}

/**
 * The children the actor may speak for as a parent: those of which it is a confirmed guardian,
 * and those for which a guardian of the child gave it an unrevoked mandate (only guardians hold
 * mandates). `eligible` says the actor acts in the personal workspace, takes part as a parent
 * and in no other role (mayActForParents).
 */
export function parentRights(actor: Actor, children: readonly GroupChild[], eligible: boolean): ParentRight[] {
  if (!eligible || actor.workspace.kind !== "PERSONAL") return [];
  const isGuardian = (c: GroupChild, userId: string) => c.guardians.some((g) => g.userId === userId);
  if (!children.some((c) => isGuardian(c, actor.userId))) return [];
  return children.flatMap((c): ParentRight[] => {
    if (isGuardian(c, actor.userId)) return [{ childId: c.id, onBehalfOfId: null }];
    const mandate = c.mandates.find((m) => m.toUserId === actor.userId && isGuardian(c, m.fromUserId));
    return mandate ? [{ childId: c.id, onBehalfOfId: mandate.fromUserId }] : [];
  });
}

/**
 * Whether the actor may speak for the parents at all: in the personal workspace (never in an
 * organisation's), as an active parent participant, and not working for an organisation that is
 * invited to or takes part in the initiative (a party that is paid or decides never also speaks
 * for the parents; the parents' own ouderinitiatief does not count).
 */
export async function mayActForParents(tx: Tx, actor: Actor, initiativeId: string): Promise<boolean> {
  if (actor.workspace.kind !== "PERSONAL") return false;
  if (!(await activeParentParticipation(tx, initiativeId, actor.userId))) return false;
  return !(await inOtherRole(tx, initiativeId, actor.userId));
}

export type ActorParty =
  | { kind: "ORGANISATION"; partyKey: string }
  | { kind: "PARENTS"; partyKey: typeof PARENTS_PARTY_KEY; children: GroupChild[]; rights: ParentRight[] };

/**
 * The party the actor speaks for in its active workspace; readers (LEZER) speak for nobody, and
 * in the personal workspace only someone who may approve for at least one child of the group
 * speaks for the parents (with no children in the group, nobody does yet).
 */
export async function actorParty(tx: Tx, actor: Actor, initiativeId: string): Promise<ActorParty> {
  const ws = actor.workspace;
  if (ws.kind === "ORGANISATION") {
    if (!can(actor, "arrangement.approve")) throw new ForbiddenError("arrangement.approve");
    return { kind: "ORGANISATION", partyKey: organisationPartyKey(ws.organisationId) };
  }
  if (!(await mayActForParents(tx, actor, initiativeId))) throw new ForbiddenError("arrangement.approve");
  const children = await groupChildren(tx, initiativeId);
  const rights = parentRights(actor, children, true);
  if (rights.length === 0) throw new ForbiddenError("arrangement.approve");
  return { kind: "PARENTS", partyKey: PARENTS_PARTY_KEY, children, rights };
}

/**
 * The right the actor uses to approve for this child: a child outside the group is not found;
 * a child of the group the actor may not speak for is forbidden.
 */
export function rightFor(party: Extract<ActorParty, { kind: "PARENTS" }>, childId: string | undefined): ParentRight {
  if (!childId) throw new FieldError("childId", "required");
  if (!party.children.some((c) => c.id === childId)) throw new NotFoundError("child");
  const right = party.rights.find((r) => r.childId === childId);
  if (!right) throw new ForbiddenError("arrangement.notYourChild");
  return right;
}

/** Payers and providers must take part in the initiative: an agreement binds its parties. */
export async function assertParticipants(
  tx: Tx,
  initiativeId: string,
  lines: { payerOrganisationId: string; providerOrganisationId: string }[],
) {
  const ids = new Set(
    (
      await tx.initiativeParticipant.findMany({
        where: { initiativeId, organisationId: { not: null }, status: "ACTIVE" },
        select: { organisationId: true },
      })
    ).map((p) => p.organisationId),
  );
  for (const [i, line] of lines.entries()) {
    if (!ids.has(line.payerOrganisationId))
      throw new FieldError(`lines.${i}.payerOrganisationId`, "payerNotParticipant");
    if (!ids.has(line.providerOrganisationId))
      throw new FieldError(`lines.${i}.providerOrganisationId`, "providerNotParticipant");
  }
}
