import { redirect } from "next/navigation";
import type { ActionResult } from "./action-result";

type Action<T> = (previous: unknown, input?: unknown) => Promise<ActionResult<T>>;

/**
 * A form post that succeeds continues on the page it made: a real redirect, so it works without
 * JavaScript too. Other callers (tests, other actions) pass plain objects and get the result.
 */
export function redirectOnFormSuccess<T>(action: Action<T>, to: (data: T) => string): Action<T> {
  return async (previous, input) => {
    const result = await action(previous, input);
    const posted = input === undefined ? previous : input;
    if (result.ok && posted instanceof FormData) redirect(to(result.data));
    return result;
  };
}
