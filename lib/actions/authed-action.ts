import "server-only";
import { getActor } from "../auth/current-actor";
import { makeActionRunner } from "./define-action";

/** Wrap a handler as a server action for the signed-in user (see define-action.ts). */
export const authedAction = makeActionRunner(getActor);
