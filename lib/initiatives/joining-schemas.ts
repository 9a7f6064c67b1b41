import { z } from "zod";
import { ZId } from "../validation/id";

const id = ZId;

/** Accept or decline: which invitation; the button pressed says which (two actions). */
export const ZParticipationDecision = z.object({ participantId: id });
export const ZRemoveParticipant = z.object({ initiativeId: id, participantId: id });
