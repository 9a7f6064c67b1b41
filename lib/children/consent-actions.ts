"use server";
// Server actions for a guardian's consent. The domain (consent.ts) checks that the actor is a
// confirmed guardian in the personal workspace and audits in its transaction.
import { revalidatePath } from "next/cache";
import { authedAction } from "../actions/authed-action";
import { getDb } from "../db/client";
import { giveConsent, withdrawConsent } from "./consent";
import { ZGiveConsentForm } from "./consent-schemas";
import { ZConsentRef } from "./schemas";

/** Everything under the initiative shows consent-dependent data (children list, child pages). */
const refresh = () => revalidatePath("/initiatieven/[id]", "layout");

export const giveConsentAction = authedAction(ZGiveConsentForm, async (actor, input) => {
  const result = await giveConsent(await getDb(), actor, input);
  refresh();
  return result;
});

export const withdrawConsentAction = authedAction(ZConsentRef, async (actor, input) => {
  const result = await withdrawConsent(await getDb(), actor, input);
  refresh();
  return result;
});
