import "server-only";
import { requireActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import { orNotFound } from "../policy/or-not-found";
import { gemeenteReviewQueue } from "../arrangements/review-queue";

/** "Te beoordelen arrangementen": only a gemeente workspace has this page (others: 404). */
export async function loadReviewQueuePage() {
  const actor = await requireActor();
  const db = await getDb();
  return orNotFound(gemeenteReviewQueue(db, actor));
}
