import "server-only";
import { notFound } from "next/navigation";
import { requireActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import { amsterdamToday } from "../meetings/amsterdam-time";
import { NotFoundError } from "../policy/errors";
import { gemeenteReviewQueue } from "./review-queue";

/** "Te beoordelen arrangementen": only a gemeente workspace has this page (others: 404). */
export async function loadReviewQueuePage() {
  const actor = await requireActor();
  const db = await getDb();
  try {
    return await gemeenteReviewQueue(db, actor, amsterdamToday(new Date()));
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
