"use server";
// Server actions for erasing a child's record: ask, and take back during the confirmation
// period. The domain (request.ts) checks that the actor is a confirmed guardian and audits.
import { revalidatePath } from "next/cache";
import { authedAction } from "../../actions/authed-action";
import { getDb } from "../../db/client";
import { cancelErasure, requestErasure } from "./request";
import { ZErasureRef } from "./schemas";

/** The banner shows on every page about the child. */
const refresh = () => revalidatePath("/initiatieven/[id]", "layout");

export const requestErasureAction = authedAction(ZErasureRef, async (actor, input) => {
  const result = await requestErasure(await getDb(), actor, input);
  refresh();
  return { requestId: result.requestId, effectiveAfter: result.effectiveAfter.toISOString(), created: result.created };
});

export const cancelErasureAction = authedAction(ZErasureRef, async (actor, input) => {
  const result = await cancelErasure(await getDb(), actor, input);
  refresh();
  return result;
});
