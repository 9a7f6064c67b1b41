// Need-to-know for children (AVG art. 9: health data of minors). One place decides who sees
// which part of a child; queries use these filters, mutations these checks.
//
// - A confirmed guardian, acting in the personal workspace and taking part in the initiative,
//   sees and changes everything about the child.
// - People who act for an organisation that takes part (ACTIVE) — "child.viewWithConsent" in
//   lib/policy/permissions.ts: beheerder, medewerker, not readers — and that holds an
//   unexpired, unwithdrawn consent of a guardian see the parts of its scopes:
//     ONDERWIJS    → school enrolment, TLV, OPP, documents of scope ONDERWIJS
//     ZORG         → care per funding stream (status, period, hours, provider), documents of scope ZORG
//     FINANCIERING → care per funding stream with budgets, documents of scope FINANCIERING
//   Name and birth year come with any scope. Consent ends on the day after endsOn and the moment
//   it is withdrawn: every request checks again.
// - Everyone else who may see the initiative (including SWV, gemeente and steunpunt that only
//   oversee it) sees counts only (queries.ts: childCounts).
import type { Prisma } from "../generated/prisma/client";
import type { ConsentScope } from "../generated/prisma/enums";
import type { Actor } from "../policy/actor";
import type { ChildAccess, GuardedChild, VisibleChild } from "../policy/authorised";
import { whereCan } from "../policy/can";
import { ACTIVE_PARTICIPANT } from "../policy/initiative-access";
import { amsterdamDate } from "../time/amsterdam";
import { dateOnlyValue } from "../time/date-only";

/** The date-only value for "today" in the Netherlands that endsOn (a @db.Date, inclusive) is compared with. */
export function consentDay(now: Date): Date {
  return dateOnlyValue(amsterdamDate(now));
}

/** Consent rows that hold today for one organisation. */
export function activeConsentWhere(organisationId: string, now: Date): Prisma.ChildConsentWhereInput {
  return { organisationId, withdrawnAt: null, OR: [{ endsOn: null }, { endsOn: { gte: consentDay(now) } }] };
}

/** Children of which the actor is a confirmed guardian, in the personal workspace, taking part. */
export function guardedChildrenWhere(actor: Actor): Prisma.ChildWhereInput | null {
  if (actor.workspace.kind !== "PERSONAL") return null;
  return {
    guardians: { some: { userId: actor.userId, status: "CONFIRMED" } },
    initiative: { participants: { some: { userId: actor.userId, ...ACTIVE_PARTICIPANT } } },
  };
}

/** The organisation the actor may see children for by consent ("child.viewWithConsent"), before any initiative. */
function consentHolder(actor: Actor): string | null {
  const ws = actor.workspace;
  return ws.kind === "ORGANISATION" && whereCan(actor, "child.viewWithConsent") ? ws.organisationId : null;
}

/** Prisma filter for the children whose details (some part) the actor may see. */
export function detailVisibleChildrenWhere(actor: Actor, now: Date): Prisma.ChildWhereInput {
  const guarded = guardedChildrenWhere(actor);
  if (guarded) return guarded;
  const orgId = consentHolder(actor);
  const initiative = whereCan(actor, "child.viewWithConsent");
  if (!orgId || !initiative) return { id: { in: [] } };
  return { initiative, consents: { some: activeConsentWhere(orgId, now) } };
}

export function canSeePart(access: ChildAccess, part: "ONDERWIJS" | "CARE" | "BUDGET" | ConsentScope): boolean {
  if (access.kind === "GUARDIAN") return true;
  const has = (s: ConsentScope) => access.scopes.includes(s);
  switch (part) {
    case "CARE":
      return has("ZORG") || has("FINANCIERING");
    case "BUDGET":
      return has("FINANCIERING");
    default:
      return has(part);
  }
}

/** The access of an actor to a child, given the child's consents for the actor's organisation. */
export function accessFrom(
  actor: Actor,
  child: {
    guardians: { userId: string; status: string }[];
    consents: { organisationId: string; scope: ConsentScope }[];
  },
): ChildAccess | null {
  if (actor.workspace.kind === "PERSONAL")
    return child.guardians.some((g) => g.userId === actor.userId && g.status === "CONFIRMED")
      ? { kind: "GUARDIAN" }
      : null;
  const orgId = consentHolder(actor);
  if (!orgId) return null;
  const scopes = [...new Set(child.consents.filter((c) => c.organisationId === orgId).map((c) => c.scope))];
  return scopes.length ? { kind: "CONSENT", organisationId: orgId, scopes } : null;
}

// The branded child types live with the other authorised values (lib/policy/authorised.ts).
export type { ChildAccess, GuardedChild, VisibleChild };
