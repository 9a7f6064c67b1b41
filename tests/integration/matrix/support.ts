// Shared vocabulary of the server-action authorization matrix. Each file in this folder
// (other than this one) exports `entries`: server action → input and expected outcome per actor.
import type { Db } from "../../../lib/db/client";
import { ID } from "../../support/demo";

export type Outcome = "ok" | "UNAUTHENTICATED" | "NOT_FOUND" | "FORBIDDEN";
export type ActorName =
  | "anoniem"
  | "ouder"
  | "school"
  | "leerkracht"
  | "swv"
  | "swvLezer"
  | "gemeente"
  | "gemeenteAlkmaar"
  | "zorg"
  | "steunpunt";

export const ACCOUNTS: Record<Exclude<ActorName, "anoniem">, string> = {
  ouder: "ouder@demo.test",
  school: "school@demo.test",
  leerkracht: "leerkracht@demo.test",
  swv: "swv@demo.test",
  swvLezer: "swv.lezer@demo.test",
  gemeente: "gemeente@demo.test",
  gemeenteAlkmaar: "gemeente.alkmaar@demo.test",
  zorg: "zorg@demo.test",
  steunpunt: "steunpunt@demo.test",
};
export const ACTOR_NAMES = ["anoniem", ...Object.keys(ACCOUNTS)] as ActorName[];

/** Expected outcome per actor; `rest` covers the actors not named. */
export function expect_(named: Partial<Record<ActorName, Outcome>>, rest: Outcome): Record<ActorName, Outcome> {
  return Object.fromEntries(
    ACTOR_NAMES.map((a) => [a, a === "anoniem" ? (named.anoniem ?? "UNAUTHENTICATED") : (named[a] ?? rest)]),
  ) as Record<ActorName, Outcome>;
}

export const VLINDERBOOM = ID.vlinderboom;
export const leerkrachtMembership = (db: Db) =>
  db.membership.findFirstOrThrow({ where: { organisationId: VLINDERBOOM, user: { email: "leerkracht@demo.test" } } });

export interface Case {
  input: (db: Db) => Promise<Record<string, unknown>>;
  expected: Record<ActorName, Outcome>;
  /** Reads and session preferences: change no data and write no audit event. */
  readOnly?: true;
  /** The rows a refusal must leave as they were (compared before and after a refused call). */
  rows?: (db: Db) => Promise<unknown>;
  /**
   * People beyond the demo roles whose rule this action must hold (a parent who works for a care
   * provider, a guardian acting in an organisation's workspace), by a name for the test title.
   */
  also?: Record<string, ExtraActor>;
}

export interface ExtraActor {
  email: string;
  /** The workspace to act in: "persoonlijk" or an organisation id (default: the account's first). */
  workspace?: (db: Db) => Promise<string>;
  /** Instead of the case's input, e.g. a child this person is a guardian of. */
  input?: (db: Db) => Promise<Record<string, unknown>>;
  expected: Outcome;
}

// Beheerders of an organisation act on their own organisation; others are refused.
export const ownOrganisationBeheerders = expect_(
  { school: "ok", swv: "ok", gemeente: "ok", gemeenteAlkmaar: "ok", zorg: "ok", steunpunt: "ok", ouder: "NOT_FOUND" },
  "FORBIDDEN",
);
// Acting on a member or invitation of De Vlinderboom: only its beheerder; other organisations do not see it.
export const vlinderboomOnly = expect_({ school: "ok", leerkracht: "FORBIDDEN", swvLezer: "FORBIDDEN" }, "NOT_FOUND");

// Changing the Breda initiative: its participants (not their readers); those who only oversee
// it see it but may not change it (403); other territories do not see it (404).
export const bredaEditors = expect_(
  { swvLezer: "FORBIDDEN", steunpunt: "FORBIDDEN", gemeenteAlkmaar: "NOT_FOUND" },
  "ok",
);
// Starting an initiative: parents, and schools' staff.
export const starters = expect_({ ouder: "ok", school: "ok", leerkracht: "ok" }, "FORBIDDEN");
export const bredaVersion = async (db: Db) =>
  String((await db.initiative.findUniqueOrThrow({ where: { id: ID.breda } })).version);
