"use server";
// Server actions for a step's deliverables. Uploads arrive as FormData with a `file` field
// (next.config.ts allows bodies just over the 10 MB file limit).
import { revalidatePath } from "next/cache";
import { authedAction } from "../actions/authed-action";
import { getDb } from "../db/client";
import { deleteDeliverable, uploadDeliverable } from "./mutations";
import { ZDeleteDeliverable, ZUploadDeliverable } from "./schemas";

export const uploadDeliverableAction = authedAction(ZUploadDeliverable, async (actor, input) => {
  const row = await uploadDeliverable(await getDb(), actor, input);
  revalidatePath(`/initiatieven/${input.initiativeId}/stappen/${input.stepId}`);
  return { id: row.id, fileName: row.fileName };
});

export const deleteDeliverableAction = authedAction(ZDeleteDeliverable, async (actor, input) => {
  const result = await deleteDeliverable(await getDb(), actor, input);
  revalidatePath(`/initiatieven/${input.initiativeId}`, "layout");
  return result;
});
