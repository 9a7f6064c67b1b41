// The message namespaces the browser needs. Everything else is rendered on the server only,
// so it stays out of every page's payload (all messages were ~70% of a page's bytes).
// tests/unit/client-namespaces.test.ts keeps this list equal to what client code asks for.
export const CLIENT_NAMESPACES = [
  "account",
  "arrangements",
  "careOption",
  "comments",
  "conditionStatus",
  "decisions",
  "deliverables",
  "errors",
  "invitation",
  "language",
  "meetings",
  "nav",
  "notifications",
  "orgKind",
  "organisation",
  "participantRole",
  "participants",
  "phase",
  "plan",
  "randvoorwaarden",
  "role",
  "roleHelp",
  "scenario",
  "signIn",
  "start",
  "step",
  "stepStatus",
  "support",
  "tasks",
  "validation",
] as const;

export function pickClientMessages<M extends Record<string, unknown>>(messages: M): Partial<M> {
  return Object.fromEntries(CLIENT_NAMESPACES.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]])) as Partial<M>;
}
