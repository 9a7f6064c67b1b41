import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import { getInitiativeForActor } from "../initiatives/queries";
import { NotFoundError } from "../policy/errors";
import { getChecklist } from "./queries";

/** Cached per request: the page and its metadata share one load. */
export const loadConditionsPage = cache(async (id: string) => {
  const actor = await requireActor();
  const db = await getDb();
  const initiative = await getInitiativeForActor(db, actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return { actor, initiative, checklist: await getChecklist(db, initiative) };
});
