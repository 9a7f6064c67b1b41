"use server";
// Server action for the randvoorwaarden checklist.
import { revalidatePath } from "next/cache";
import { authedAction } from "../actions/authed-action";
import { getDb } from "../db/client";
import { ZUpdateCondition } from "./schemas";
import { updateCondition } from "./update-condition";

export const updateConditionAction = authedAction(ZUpdateCondition, async (actor, input) => {
  const result = await updateCondition(await getDb(), actor, input);
  revalidatePath(`/initiatieven/${input.initiativeId}`, "layout");
  return result;
});
