"use server";
// Server actions for the stappenplan: saving steps, decisions (with a preview) and phase moves.
import { revalidatePath } from "next/cache";
import { authedAction } from "../actions/authed-action";
import { getDb } from "../db/client";
import { advancePhase } from "./advance-phase";
import { decide, previewDecision } from "./decide";
import { ZAdvancePhase, ZDecide, ZDecision, ZUpdateStep } from "./schemas";
import { updateStep } from "./update-step";
import { z } from "zod";

export const updateStepAction = authedAction(ZUpdateStep, async (actor, input) => {
  const result = await updateStep(await getDb(), actor, input);
  revalidatePath(`/initiatieven/${input.initiativeId}`, "layout");
  return { id: result.id, version: result.version };
});

export const previewDecisionAction = authedAction(
  z.intersection(ZDecision, z.object({ initiativeId: z.string().min(1).max(64) })),
  async (actor, input) => previewDecision(await getDb(), actor, input),
);

export const decideAction = authedAction(ZDecide, async (actor, input) => {
  const result = await decide(await getDb(), actor, input);
  revalidatePath(`/initiatieven/${input.initiativeId}`, "layout");
  return result;
});

export const advancePhaseAction = authedAction(ZAdvancePhase, async (actor, input) => {
  const result = await advancePhase(await getDb(), actor, input);
  revalidatePath(`/initiatieven/${input.initiativeId}`, "layout");
  revalidatePath("/");
  return result;
});
