// Errors the policy and data layers throw; the action wrapper and pages map them to
// 404 / 403 / conflict answers. Messages are message keys, never internals.
export class NotFoundError extends Error {
  constructor(what = "resource") {
    super(`${what} not found`);
    this.name = "NotFoundError";
  }
}

export class ForbiddenError extends Error {
  /** `messageKey`: what the form shows (errors.forbidden unless a subclass says more). */
  constructor(
    reason = "forbidden",
    public readonly messageKey = "forbidden",
  ) {
    super(reason);
    this.name = "ForbiddenError";
  }
}

export class ConflictError extends Error {
  constructor(public readonly current?: unknown) {
    super("conflict");
    this.name = "ConflictError";
  }
}

/** A rule on the input that only the server can check (e.g. "already a member"); shown on a field. */
export class FieldError extends Error {
  constructor(
    public readonly field: string,
    public readonly messageKey: string,
  ) {
    super(messageKey);
    this.name = "FieldError";
  }
}
