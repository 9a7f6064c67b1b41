"use server";
// Server actions of the access log. authedAction resolves the actor and validates; the mutation
// checks the policy (only beheerders name a privacy officer).
import { revalidatePath } from "next/cache";
import { authedAction } from "../actions/authed-action";
import { getDb } from "../db/client";
import { namePrivacyOfficer } from "./privacy-officer";
import { ZNamePrivacyOfficer } from "./schemas";

export const namePrivacyOfficerAction = authedAction(ZNamePrivacyOfficer, async (actor, input) => {
  const result = await namePrivacyOfficer(await getDb(), actor, input);
  revalidatePath("/organisatie/toegang");
  return result;
});
