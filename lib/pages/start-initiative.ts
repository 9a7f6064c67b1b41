import "server-only";
import { notFound } from "next/navigation";
import { requireActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import { listGemeenten } from "../initiatives/start-options";
import { can } from "../policy/can";

export async function loadStartPage() {
  const actor = await requireActor();
  if (!can(actor, "initiative.start")) notFound();
  const ws = actor.workspace;
  const ownSchool = ws.kind === "ORGANISATION" && ws.organisationKind === "SCHOOL" ? ws.organisationName : null;
  return { actor, gemeenten: await listGemeenten(await getDb(), actor), ownSchool };
}
