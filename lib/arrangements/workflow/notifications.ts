// Who hears what about an arrangement, created inside the transaction of the change. The
// parties are the paying organisations (their beheerders and medewerkers) and the parents: the
// confirmed guardians of the children of the group; the drafter is whoever wrote the version. E-mail follows after the commit.
import type { Tx } from "../../db/create-client";
import type { Actor } from "../../policy/actor";
import { notify, organisationPeople, type NewNotification } from "../../notifications/notify";
import { ACTIVE_PARTICIPANT } from "../../policy/initiative-access";
import { parsePartyKey } from "../parties";

export interface VersionRef {
  id: string;
  number: number;
  createdById: string;
  arrangement: { initiativeId: string; initiative: { name: string } };
}

const arrangementLink = (initiativeId: string) => `/initiatieven/${initiativeId}/arrangement`;

/**
 * The people behind party keys: "org:<id>" → active beheerders and medewerkers; "parents" → the
 * confirmed guardians (taking part as parents) of the children of the group, or only of the
 * children in `childIds` when given (those still waiting for their parents' approval).
 */
export async function partyPeople(
  tx: Tx,
  initiativeId: string,
  partyKeys: readonly string[],
  childIds?: readonly string[],
): Promise<string[]> {
  const parsed = partyKeys.map(parsePartyKey);
  const organisationIds = parsed.flatMap((p) => (p?.kind === "ORGANISATION" ? [p.organisationId] : []));
  // One after the other: inside a transaction both would share one connection anyway.
  const members = await organisationPeople(tx, organisationIds);
  const parents = parsed.some((p) => p?.kind === "PARENTS")
    ? await tx.childGuardian.findMany({
        where: {
          status: "CONFIRMED",
          child: { initiativeId, ...(childIds && { id: { in: [...childIds] } }) },
          user: {
            active: true,
            participations: { some: { initiativeId, role: "OUDER", ...ACTIVE_PARTICIPANT } },
          },
        },
        select: { userId: true },
      })
    : [];
  return [...new Set([...members, ...parents.map((p) => p.userId)])];
}

/** A notification about a version, linking to the arrangement page. */
export function arrangementNotification(
  version: VersionRef,
  kind: NewNotification["kind"],
  key: string,
  values: Record<string, string>,
): NewNotification {
  const initiativeId = version.arrangement.initiativeId;
  return {
    kind,
    message: {
      key,
      values: { initiative: version.arrangement.initiative.name, number: String(version.number), ...values },
    },
    link: arrangementLink(initiativeId),
    initiativeId,
  };
}

/** Submitted: the parties whose approval is still needed are asked to review. */
export async function notifyReviewRequested(
  tx: Tx,
  actor: Actor,
  version: VersionRef,
  pendingPartyKeys: readonly string[],
  waitingChildIds?: readonly string[],
) {
  const people = await partyPeople(tx, version.arrangement.initiativeId, pendingPartyKeys, waitingChildIds);
  return notify(
    tx,
    actor.userId,
    people,
    arrangementNotification(version, "ARRANGEMENT_ACTION", "arrangementReviewRequested", { actor: actor.name }),
  );
}

/** A reviewer asks for a change on a line: the drafter hears which line and why. */
export async function notifyChangesRequested(
  tx: Tx,
  actor: Actor,
  version: VersionRef,
  line: { description: string },
  comment: string,
) {
  return notify(
    tx,
    actor.userId,
    [version.createdById],
    arrangementNotification(version, "ARRANGEMENT_ACTION", "arrangementChangesRequested", {
      actor: actor.name,
      line: line.description,
      comment,
    }),
  );
}

/** A party approved: the drafter sees the progress. */
export async function notifyApproved(tx: Tx, actor: Actor, version: VersionRef, partyName: string) {
  return notify(
    tx,
    actor.userId,
    [version.createdById],
    arrangementNotification(version, "ARRANGEMENT_PROGRESS", "arrangementApproved", {
      actor: actor.name,
      party: partyName,
    }),
  );
}

/** Every party approved: everyone involved hears that the arrangement is vastgesteld. */
export async function notifyEstablished(tx: Tx, actor: Actor, version: VersionRef, partyKeys: readonly string[]) {
  const people = await partyPeople(tx, version.arrangement.initiativeId, partyKeys);
  return notify(
    tx,
    actor.userId,
    [...people, version.createdById],
    arrangementNotification(version, "ARRANGEMENT_PROGRESS", "arrangementEstablished", {}),
  );
}
