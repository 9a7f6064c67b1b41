// The frame of the actions open to people without a session (sign-up, password reset): parse,
// run, map the known failures to results. The token in a link or the e-mail round trip is the
// authorization; passwords are never echoed back into the form.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { ActionResult } from "../actions/action-result";
import { echoValues, fieldErrorsOf, toPlainObject, unsafeInputResult } from "../actions/define-action";
import { FieldError, NotFoundError } from "../policy/errors";

export function publicAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>) => Promise<T>,
  notFoundError: string,
) {
  return async (_previous: unknown, rawInput?: unknown): Promise<ActionResult<T>> => {
    const plain = toPlainObject(rawInput === undefined ? _previous : rawInput);
    const refused = unsafeInputResult(plain);
    if (refused) return refused;
    const values = echoValues(plain);
    const parsed = schema.safeParse(plain);
    if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error), values };
    try {
      return { ok: true, data: await handler(parsed.data) };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof FieldError)
        return { ok: false, code: "VALIDATION", fieldErrors: { [error.field]: [error.messageKey] }, values };
      if (error instanceof NotFoundError) return { ok: false, code: "NOT_FOUND", formError: notFoundError };
      console.error("public action failed", error);
      return { ok: false, code: "ERROR", formError: "unexpected" };
    }
  };
}
