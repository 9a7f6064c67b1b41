"use server";
// Server actions for mutual joining: answering an invitation and taking a party out again.
// The domain functions (joining.ts) check the policy and audit in their transaction.
import { revalidatePath } from "next/cache";
import { authedAction } from "../actions/authed-action";
import { getDb } from "../db/client";
import { decideParticipation, removeParticipant } from "./joining";
import { ZParticipationDecision, ZRemoveParticipant } from "./joining-schemas";

export const acceptParticipationAction = authedAction(ZParticipationDecision, async (actor, input) => {
  const result = await decideParticipation(await getDb(), actor, { participantId: input.participantId, accept: true });
  revalidatePath("/");
  return result;
});

export const declineParticipationAction = authedAction(ZParticipationDecision, async (actor, input) => {
  const result = await decideParticipation(await getDb(), actor, { participantId: input.participantId, accept: false });
  revalidatePath("/");
  return result;
});

export const removeParticipantAction = authedAction(ZRemoveParticipant, async (actor, input) => {
  const result = await removeParticipant(await getDb(), actor, input);
  revalidatePath(`/initiatieven/${result.initiativeId}`);
  return result;
});
