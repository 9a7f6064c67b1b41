// Which party the actor approves an arrangement as ("arrangement.approve"): the organisation of
// its workspace, or the parents for a participating parent. The arrangement page (whether to
// show the approve button) and the approval itself both ask here.
import type { Actor } from "../policy/actor";
import { can } from "../policy/can";
import type { InitiativeFacts } from "../policy/initiative-roles";
import { organisationPartyKey, PARENTS_PARTY_KEY } from "./parties";

/** The party key the actor would approve as, or null (readers, non-participating parents). */
export function approvingParty(actor: Actor, initiative: InitiativeFacts): string | null {
  if (!can(actor, "arrangement.approve", initiative)) return null;
  const ws = actor.workspace;
  return ws.kind === "ORGANISATION" ? organisationPartyKey(ws.organisationId) : PARENTS_PARTY_KEY;
}
