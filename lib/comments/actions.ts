"use server";
// Server action for comments on a step.
import { revalidatePath } from "next/cache";
import { authedAction } from "../actions/authed-action";
import { getDb } from "../db/client";
import { addComment } from "./add-comment";
import { ZAddComment } from "./schemas";

export const addCommentAction = authedAction(ZAddComment, async (actor, input) => {
  const result = await addComment(await getDb(), actor, input);
  revalidatePath(`/initiatieven/${input.initiativeId}/stappen/${input.stepId}`);
  return result;
});
