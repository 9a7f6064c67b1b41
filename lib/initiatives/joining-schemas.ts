import { z } from "zod";

const id = z.string().trim().min(1, { error: "required" }).max(64, { error: "invalid" });

/** Accept or decline: which invitation; the button pressed says which (two actions). */
export const ZParticipationDecision = z.object({ participantId: id });
export const ZRemoveParticipant = z.object({ initiativeId: id, participantId: id });
