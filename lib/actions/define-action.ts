// The one wrapper every server action goes through: parse with zod, resolve the actor,
// run the handler, and map known failures to results. Server actions are public
// endpoints, so the handler's own policy checks run for every call.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { databaseKnownUnavailable, noteQueryFoundDatabaseUnreachable } from "../db/availability-state";
import { isDatabaseUnavailable } from "../db/unavailable";
import type { Actor } from "../policy/actor";
import { stripUnsafe, unsafeField } from "../validation/safe-text";
import { ConflictError, FieldError, ForbiddenError, NotFoundError } from "../policy/errors";
import type { ActionResult } from "./action-result";

export type ActorResolver = () => Promise<Actor | null>;

export function toPlainObject(input: unknown): unknown {
  if (input instanceof FormData) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of input.entries()) {
      if (key.startsWith("$ACTION")) continue;
      out[key] = value;
    }
    return out;
  }
  return input ?? {};
}

export function echoValues(input: unknown): Record<string, string> | undefined {
  if (!input || typeof input !== "object") return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(input)) if (typeof v === "string" && !/password|wachtwoord/i.test(k)) out[k] = v;
  return out;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (out[key] ??= []).push(issue.message.match(/^[a-zA-Z.]+$/) ? issue.message : "invalid");
  }
  return out;
}

/**
 * A refusal for input holding NUL, lone surrogates or control characters (see safe-text.ts),
 * before any schema or query sees it; undefined when the input is clean.
 */
export function unsafeInputResult(plain: unknown): ActionResult<never> | undefined {
  const field = unsafeField(plain);
  if (field === undefined) return undefined;
  const values = echoValues(plain);
  if (values) for (const [k, v] of Object.entries(values)) values[k] = stripUnsafe(v);
  return { ok: false, code: "VALIDATION", fieldErrors: { [field]: ["invalid"] }, values };
}

export function makeActionRunner(resolveActor: ActorResolver) {
  return function defineAction<S extends z.ZodType, T>(
    schema: S,
    handler: (actor: Actor, input: z.output<S>) => Promise<T>,
  ) {
    return async (_previous: unknown, rawInput?: unknown): Promise<ActionResult<T>> => {
      const plain = toPlainObject(rawInput === undefined ? _previous : rawInput);
      // The session lookup reads the database too: its failure is handled like the action's.
      // Known down (lib/db/availability.ts): answer at once instead of after the timeouts.
      if (databaseKnownUnavailable())
        return { ok: false, code: "UNAVAILABLE", formError: "unavailable", values: echoValues(plain) };
      try {
        const actor = await resolveActor();
        if (!actor)
          return { ok: false, code: "UNAUTHENTICATED", formError: "unauthenticated", values: echoValues(plain) };
        const refused = unsafeInputResult(plain);
        if (refused) return refused;
        const parsed = schema.safeParse(plain);
        if (!parsed.success)
          return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error), values: echoValues(plain) };
        return { ok: true, data: await handler(actor, parsed.data) };
      } catch (error) {
        unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
        if (error instanceof FieldError)
          return {
            ok: false,
            code: "VALIDATION",
            fieldErrors: { [error.field]: [error.messageKey] },
            values: echoValues(plain),
          };
        if (error instanceof NotFoundError) return { ok: false, code: "NOT_FOUND", formError: "notFound" };
        if (error instanceof ForbiddenError) return { ok: false, code: "FORBIDDEN", formError: error.messageKey };
        if (error instanceof ConflictError)
          return {
            ok: false,
            code: "CONFLICT",
            formError: "conflict",
            values: echoValues(plain),
            current: error.current as Record<string, unknown> | undefined,
          };
        // Nothing was committed (the transaction failed with it): say so and hand back the input.
        if (isDatabaseUnavailable(error)) {
          noteQueryFoundDatabaseUnreachable();
          return { ok: false, code: "UNAVAILABLE", formError: "unavailable", values: echoValues(plain) };
        }
        console.error("action failed", error);
        return { ok: false, code: "ERROR", formError: "unexpected", values: echoValues(plain) };
      }
    };
  };
}
