export type ActionErrorCode =
  "VALIDATION" | "UNAUTHENTICATED" | "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "UNAVAILABLE" | "ERROR";

/** What every server action returns; field errors and the form error are message keys (validation.*, errors.*). */
export type ActionResult<T = unknown> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: ActionErrorCode;
      fieldErrors?: Record<string, string[]>;
      formError?: string;
      values?: Record<string, string>;
      current?: Record<string, unknown>;
    };

export const initialActionState: ActionResult<never> | null = null;
