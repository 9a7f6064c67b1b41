"use server";
// Server actions for children's details: adding a child, editing what is decided for it, and
// its care per funding stream. Every rule (who may, which child exists for whom) is the domain's.
import { revalidatePath } from "next/cache";
import { authedAction } from "../actions/authed-action";
import { getDb } from "../db/client";
import { addChild } from "./add-child";
import { ZCareForm, ZRemoveCare } from "./care-form";
import { removeCare } from "./remove-care";
import { ZAddChild, ZUpdateChild } from "./schemas";
import { saveCare, updateChild } from "./update-child";

const childrenPath = (initiativeId: string) => `/initiatieven/${initiativeId}/kinderen`;

export const addChildAction = authedAction(ZAddChild, async (actor, input) => {
  const result = await addChild(await getDb(), actor, input);
  revalidatePath(childrenPath(input.initiativeId));
  return { childId: result.childId, guardianConfirmed: result.guardianConfirmed };
});

export const updateChildAction = authedAction(ZUpdateChild, async (actor, input) => {
  const result = await updateChild(await getDb(), actor, input);
  revalidatePath(childrenPath(result.initiativeId), "layout");
  return { version: result.version, changed: result.changed.length };
});

export const saveCareAction = authedAction(ZCareForm, async (actor, input) => {
  const result = await saveCare(await getDb(), actor, input);
  revalidatePath(childrenPath(result.initiativeId), "layout");
  return { careId: result.careId, version: result.version, added: !input.careId };
});

export const removeCareAction = authedAction(ZRemoveCare, async (actor, input) => {
  const result = await removeCare(await getDb(), actor, input);
  revalidatePath(childrenPath(result.initiativeId), "layout");
  return { careId: result.careId };
});
