// Request body limits, shared by next.config.ts (server actions, and what the proxy buffers) and
// the proxy's own check, so a body over the limit is answered 413 before anything reads it.
// Step deliverables go up as server actions: 10 MB per file plus the form around it.
export const MAX_BODY_MB = 11;
export const MAX_BODY_BYTES = MAX_BODY_MB * 1024 * 1024;
/** Nesting deeper than this in a server action's JSON body is refused (400): no form of ours is. */
export const MAX_JSON_DEPTH = 32;
