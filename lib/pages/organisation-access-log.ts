import "server-only";
import { organisationAccessLog, parseAccessFilters, privacyOfficerCandidates } from "../access-log/queries";
import { requireActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import { can } from "../policy/can";
import { orNotFound } from "../policy/or-not-found";

type Params = Record<string, string | string[] | undefined>;

/**
 * The organisation's access log: for beheerders and the privacy officer (others: 404). Beheerders
 * also get the members to name a privacy officer from.
 */
export async function loadOrganisationAccessLogPage(params: Params) {
  const actor = await requireActor();
  const db = await getDb();
  const filters = parseAccessFilters(params);
  const log = await orNotFound(organisationAccessLog(db, actor, filters));
  return {
    actor,
    filters,
    log,
    canManage: can(actor, "organisation.manageMembers"),
    members: await privacyOfficerCandidates(db, actor),
  };
}
