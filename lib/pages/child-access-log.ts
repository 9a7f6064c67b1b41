import "server-only";
import { cache } from "react";
import { childAccessLog, parseAccessFilters } from "../access-log/queries";
import { requireActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import { orNotFound } from "../policy/or-not-found";

type Params = Record<string, string | string[] | undefined>;

/** "Wie heeft meegekeken": a child's access log for its guardians; a 404 for everyone else. */
export const loadChildAccessLogPage = cache(async (initiativeId: string, childId: string, params: Params) => {
  const actor = await requireActor();
  const filters = parseAccessFilters(params);
  const log = await orNotFound(childAccessLog(await getDb(), actor, { initiativeId, childId }, filters));
  return { actor, filters, log };
});
