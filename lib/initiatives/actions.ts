"use server";
// Server actions for starting an initiative and bringing in its participants.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "../actions/authed-action";
import { redirectOnFormSuccess } from "../actions/redirect-on-success";
import { getDb } from "../db/client";
import { ZAddOrganisation, ZInviteParent } from "./participant-schemas";
import { addOrganisationParticipant, inviteParent } from "./participants";
import { startInitiative } from "./start-initiative";
import { placeOptions } from "./start-options";
import { ZStartInitiative } from "./start-schemas";
import { requestSupport, withdrawSupport, ZRequestSupport, ZWithdrawSupport } from "./support-request";

// The start form continues on the new initiative's page (with or without JavaScript).
export const startInitiativeAction = redirectOnFormSuccess(
  authedAction(ZStartInitiative, async (actor, input) => {
    const initiative = await startInitiative(await getDb(), actor, input);
    revalidatePath("/");
    return initiative;
  }),
  (initiative) => `/initiatieven/${initiative.id}`,
);

/** Schools and SWVs of a gemeente, for the start form (register data, no personal data). */
export const placeOptionsAction = authedAction(
  z.object({ gemeenteId: z.string().min(1).max(64) }),
  async (actor, input) => placeOptions(await getDb(), actor, input.gemeenteId),
);

export const addOrganisationAction = authedAction(ZAddOrganisation, async (actor, input) => {
  const result = await addOrganisationParticipant(await getDb(), actor, input);
  revalidatePath(`/initiatieven/${input.initiativeId}`);
  return result;
});

export const inviteParentAction = authedAction(ZInviteParent, async (actor, input) => {
  const result = await inviteParent(await getDb(), actor, input);
  revalidatePath(`/initiatieven/${input.initiativeId}`);
  return result;
});

export const requestSupportAction = authedAction(ZRequestSupport, async (actor, input) => {
  const result = await requestSupport(await getDb(), actor, input);
  revalidatePath(`/initiatieven/${input.initiativeId}`);
  return result;
});

export const withdrawSupportAction = authedAction(ZWithdrawSupport, async (actor, input) => {
  const result = await withdrawSupport(await getDb(), actor, input);
  revalidatePath(`/initiatieven/${input.initiativeId}`);
  return result;
});
