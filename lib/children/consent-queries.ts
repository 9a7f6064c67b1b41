// What a guardian reads about consent for a child: what holds now, the full history (given,
// withdrawn, ended) and the organisations taking part that consent can go to. Guardians only:
// for anyone else, including an organisation that holds consent for the child, the consent
// records do not exist (404). Reading them is audited like reading the child.
import "server-only";
import type { Tx } from "../db/create-client";
import type { ConsentScope } from "../generated/prisma/enums";
import type { Actor } from "../policy/actor";
import { NotFoundError } from "../policy/errors";
import { ACTIVE_PARTICIPANT } from "../policy/initiative-access";
import { recordAudit } from "../audit/record-audit";
import { clock } from "../time/clock";
import { consentDay } from "./child-access";
import { loadVisibleChild } from "./load-child";
import type { GuardedChild } from "./child-access";

/** The child as its guardian sees it, or 404 for everyone else (consent holders included). */
export async function loadChildForGuardian(db: Tx, actor: Actor, childId: string, now: Date): Promise<GuardedChild> {
  const child = await loadVisibleChild(db, actor, childId, now);
  if (child.access.kind !== "GUARDIAN") throw new NotFoundError("child");
  return child as GuardedChild;
}

export type ConsentState = "ACTIVE" | "WITHDRAWN" | "ENDED";
export type ConsentEvent = {
  key: string;
  kind: "GIVEN" | "WITHDRAWN" | "ENDED";
  at: Date;
  organisationName: string;
  scope: ConsentScope;
  endsOn: Date | null;
  by: string | null;
};

/** The day after endsOn (UTC midnight of a date-only value): the first day the consent no longer holds. */
function dayAfter(endsOn: Date): Date {
  return new Date(endsOn.getTime() + 24 * 60 * 60 * 1000);
}

/** Consent of one child for its guardian: current consents, history newest first, organisations to choose from. */
export async function childConsentOverview(db: Tx, actor: Actor, childId: string, now = clock.now()) {
  const child = await loadChildForGuardian(db, actor, childId, now);
  const today = consentDay(now);
  const [row, consents, organisations] = await Promise.all([
    db.child.findUniqueOrThrow({ where: { id: child.id }, select: { displayName: true, fictitious: true } }),
    db.childConsent.findMany({
      where: { childId: child.id },
      select: {
        id: true,
        scope: true,
        endsOn: true,
        createdAt: true,
        withdrawnAt: true,
        organisation: { select: { id: true, name: true } },
        givenBy: { select: { name: true } },
        withdrawnBy: { select: { name: true } },
      },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    }),
    consentOrganisationOptions(db, child.initiativeId),
  ]);
  const stateOf = (c: (typeof consents)[number]): ConsentState =>
    c.withdrawnAt ? "WITHDRAWN" : c.endsOn && c.endsOn < today ? "ENDED" : "ACTIVE";
  const current = consents
    .filter((c) => stateOf(c) === "ACTIVE")
    .map((c) => ({
      id: c.id,
      organisationId: c.organisation.id,
      organisationName: c.organisation.name,
      scope: c.scope,
      endsOn: c.endsOn,
      givenAt: c.createdAt,
      givenBy: c.givenBy.name,
    }))
    .sort((a, b) => a.organisationName.localeCompare(b.organisationName, "nl") || a.scope.localeCompare(b.scope));
  const history: ConsentEvent[] = consents.flatMap((c) => {
    const base = { organisationName: c.organisation.name, scope: c.scope, endsOn: c.endsOn };
    const events: ConsentEvent[] = [
      { key: `${c.id}-given`, kind: "GIVEN", at: c.createdAt, by: c.givenBy.name, ...base },
    ];
    if (c.withdrawnAt)
      events.push({
        key: `${c.id}-withdrawn`,
        kind: "WITHDRAWN",
        at: c.withdrawnAt,
        by: c.withdrawnBy?.name ?? null,
        ...base,
      });
    else if (stateOf(c) === "ENDED" && c.endsOn)
      events.push({ key: `${c.id}-ended`, kind: "ENDED", at: dayAfter(c.endsOn), by: null, ...base });
    return events;
  });
  history.sort((a, b) => b.at.getTime() - a.at.getTime() || a.key.localeCompare(b.key));
  await recordAudit(db, actor, {
    action: "child_consents.viewed",
    entityType: "Child",
    entityId: child.id,
    summary: { consents: consents.length },
  });
  return {
    child: { id: child.id, initiativeId: child.initiativeId, displayName: row.displayName, fictitious: row.fictitious },
    current,
    history,
    organisations,
  };
}

/** The organisations taking part in the initiative (accepted, not invited or removed), by name. */
export async function consentOrganisationOptions(db: Tx, initiativeId: string) {
  const rows = await db.initiativeParticipant.findMany({
    where: { initiativeId, organisationId: { not: null }, ...ACTIVE_PARTICIPANT },
    select: { organisation: { select: { id: true, name: true, kind: true } } },
  });
  return rows
    .flatMap((r) => (r.organisation ? [r.organisation] : []))
    .sort((a, b) => a.name.localeCompare(b.name, "nl"));
}
