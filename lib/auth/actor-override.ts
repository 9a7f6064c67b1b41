// Lets in-process callers (the authorization matrix test) run an action as a given actor.
// Not reachable over HTTP: only code in the same process can enter this context.
import { AsyncLocalStorage } from "node:async_hooks";
import type { Actor } from "../policy/actor";

export const actorOverride = new AsyncLocalStorage<Actor | null>();

export function runAsActor<T>(actor: Actor | null, fn: () => Promise<T>): Promise<T> {
  return actorOverride.run(actor, fn);
}
