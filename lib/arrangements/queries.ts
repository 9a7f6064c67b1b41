// Reading an initiative's current arrangement: whoever may see the initiative reads it (an
// arrangement binds all participants and the overseers check it). A constant number of
// queries, whatever the number of versions, lines or approvals.
import "server-only";
import type { Tx } from "../db/create-client";
import { getInitiativeForActor, type InitiativeDetail } from "../initiatives/queries";
import type { Actor } from "../policy/actor";
import { can } from "../policy/can";
import { loadParentsFacts, parentsReview, type ApprovalView, type PartyState } from "./parents-review";
import { approvedPartyKeys, organisationPartyKey, parsePartyKey, requiredParties, type PartyRole } from "./parties";
import { versionStatus } from "./status";
import { arrangementTotals } from "./totals";
import { amsterdamToday } from "../time/amsterdam";
import { clock } from "../time/clock";
import { lineFromRow, metaFromRow } from "./workflow/mapping";

export type { PartyState };

/** The organisation party key the actor would approve as, or null (readers, the personal workspace). */
function actorOrganisationParty(actor: Actor): string | null {
  const ws = actor.workspace;
  return ws.kind === "ORGANISATION" && can(actor, "arrangement.approve")
    ? organisationPartyKey(ws.organisationId)
    : null;
}

export async function getArrangementForActor(db: Tx, actor: Actor, initiativeId: string, now = clock.now()) {
  return getArrangementOf(db, actor, await getInitiativeForActor(db, actor, initiativeId), now);
}

/** The same, for an initiative the caller has already read through the policy (pages share one load). */
export async function getArrangementOf(db: Tx, actor: Actor, initiative: InitiativeDetail, now = clock.now()) {
  const participating = initiative.participants.flatMap((p) =>
    p.organisationId && p.organisation ? [{ id: p.organisationId, name: p.organisation.name }] : [],
  );
  const base = { initiative, participating, canDraft: initiative.canEdit };

  const arrangement = await db.arrangement.findFirst({
    where: { initiativeId: initiative.id, supersededAt: null },
    select: {
      id: true,
      versions: {
        orderBy: { number: "desc" },
        select: {
          id: true,
          number: true,
          state: true,
          periodStart: true,
          periodEnd: true,
          createdAt: true,
          submittedAt: true,
          establishedAt: true,
        },
      },
    },
  });
  const latestId = arrangement?.versions[0]?.id;
  if (!arrangement || !latestId) return { ...base, arrangement: null };

  const latest = await db.arrangementVersion.findUniqueOrThrow({
    where: { id: latestId },
    include: {
      lines: {
        orderBy: { position: "asc" },
        include: { payer: { select: { name: true } }, provider: { select: { name: true } } },
      },
      approvals: {
        orderBy: { createdAt: "asc" },
        include: {
          approvedBy: { select: { name: true } },
          onBehalfOf: { select: { name: true } },
          child: { select: { displayName: true, erasedAt: true } },
        },
      },
      changeRequests: { orderBy: { createdAt: "asc" }, include: { requestedBy: { select: { name: true } } } },
    },
  });
  const lines = latest.lines.map(lineFromRow);
  const meta = metaFromRow(latest);
  const parties = requiredParties(lines);
  const partyOrgIds = [
    ...new Set(
      [...latest.approvals, ...latest.changeRequests].flatMap((a) => {
        const p = parsePartyKey(a.partyKey);
        return p?.kind === "ORGANISATION" ? [p.organisationId] : [];
      }),
    ),
  ];
  const orgNames = new Map(
    (await db.organisation.findMany({ where: { id: { in: partyOrgIds } }, select: { id: true, name: true } })).map(
      (o) => [o.id, o.name],
    ),
  );
  for (const l of latest.lines)
    orgNames.set(l.payerOrganisationId, l.payer.name).set(l.providerOrganisationId, l.provider.name);
  const numberOf = new Map(arrangement.versions.map((v) => [v.id, v.number]));
  const partyName = (partyKey: string) => {
    const p = parsePartyKey(partyKey);
    return p?.kind === "ORGANISATION" ? (orgNames.get(p.organisationId) ?? p.organisationId) : null;
  };

  const approvals: ApprovalView[] = latest.approvals.map((a) => ({
    partyKey: a.partyKey,
    childId: a.childId,
    organisationName: partyName(a.partyKey),
    approvedByName: a.approvedBy.name,
    onBehalfOfName: a.onBehalfOf?.name ?? null,
    approvedAt: a.createdAt,
    carriedFromNumber: a.carriedFromVersionId ? (numberOf.get(a.carriedFromVersionId) ?? null) : null,
    erasedChildName: a.child?.erasedAt ? a.child.displayName : null,
  }));
  const facts = await loadParentsFacts(db, actor, initiative.id, now);
  const parents = parentsReview(facts, approvals, {
    established: latest.state === "VASTGESTELD",
    underReview: latest.state === "TER_BEOORDELING",
  });
  const approvalOf = new Map(approvals.filter((a) => !a.childId).map((a) => [a.partyKey, a]));
  const partyRows = parties.map((p) => {
    const approval = approvalOf.get(p.partyKey);
    const organisationState: PartyState = !approval
      ? "WAITING"
      : approval.carriedFromNumber !== null
        ? "CARRIED"
        : "APPROVED";
    const role: PartyRole | "PARENTS" = p.kind === "ORGANISATION" ? p.role : "PARENTS";
    return {
      partyKey: p.partyKey,
      role,
      organisationName: partyName(p.partyKey),
      lineKeys: p.lineKeys,
      state: p.kind === "PARENTS" ? parents.state : organisationState,
      approval: approval ?? null,
      /** For the parents: per child of the group, who approved (names only where the actor may see them). */
      children: p.kind === "PARENTS" ? parents.children : [],
    };
  });
  const submitted = latest.state !== "CONCEPT";
  const status = versionStatus({
    submitted,
    established: latest.state === "VASTGESTELD",
    requiredPartyKeys: parties.map((p) => p.partyKey),
    approvedPartyKeys: approvedPartyKeys(
      approvals,
      facts.children.map((c) => c.id),
    ),
    changesRequested: latest.state === "TER_BEOORDELING" && latest.changeRequests.length > 0,
    periodStart: meta.periodStart,
    periodEnd: meta.periodEnd,
    today: amsterdamToday(now),
  });
  const myOrganisation = actorOrganisationParty(actor);
  const myParty = myOrganisation ?? (parents.speaksForParents ? "parents" : null);
  const mayApprove =
    latest.state === "TER_BEOORDELING" &&
    (myOrganisation
      ? partyRows.some((p) => p.partyKey === myOrganisation && p.state === "WAITING")
      : parents.actorChildren.length > 0);

  return {
    ...base,
    arrangement: {
      id: arrangement.id,
      versions: arrangement.versions.map((v) => ({ ...v, isLatest: v.id === latest.id })),
      latest: {
        id: latest.id,
        number: latest.number,
        state: latest.state,
        lockVersion: latest.lockVersion,
        ...meta,
        lines: latest.lines.map((row, i) => ({
          ...lines[i]!,
          payerName: row.payer.name,
          providerName: row.provider.name,
        })),
        changeRequests: latest.changeRequests.map((c) => ({
          id: c.id,
          partyKey: c.partyKey,
          organisationName: partyName(c.partyKey),
          lineKey: c.lineKey,
          comment: c.comment,
          requestedByName: c.requestedBy.name,
          createdAt: c.createdAt,
        })),
      },
      parties: partyRows,
      approvals,
      totals: arrangementTotals(lines, meta),
      organisationNames: Object.fromEntries(orgNames),
      status,
      /** The party the actor approves as, when it must still approve this version. */
      actorPartyKey: mayApprove ? myParty : null,
      /** The children the actor may still approve for, in the parents' name (one button each). */
      actorChildren: parents.actorChildren,
      /** The parents' progress: children still waiting (names where visible, the rest counted), no children yet. */
      parentsWaiting: parents.waiting,
      /** A parents' approval from before approvals named a child. */
      parentsLegacyApproval: parents.legacyApproval,
      /** Whether the actor's party has approved the latest version (itself or carried over); for a guardian: for all its children. */
      actorApproved: myOrganisation
        ? partyRows.some((p) => p.partyKey === myOrganisation && p.state !== "WAITING")
        : parents.actorDone,
      /** Lines the actor may ask changes on (its own, or all for the parents), while under review. */
      actorLineKeys:
        latest.state === "TER_BEOORDELING" && myParty
          ? (partyRows.find((p) => p.partyKey === myParty)?.lineKeys ?? [])
          : [],
    },
  };
}

export type ArrangementView = Awaited<ReturnType<typeof getArrangementForActor>>;
export type CurrentArrangement = NonNullable<ArrangementView["arrangement"]>;

/** The lines of two versions of the same current arrangement, for the comparison page. */
export async function getVersionLines(db: Tx, arrangementId: string, versionIds: string[]) {
  const rows = await db.arrangementLine.findMany({
    where: { versionId: { in: versionIds }, version: { arrangementId } },
    orderBy: [{ versionId: "asc" }, { position: "asc" }],
  });
  return new Map(versionIds.map((id) => [id, rows.filter((r) => r.versionId === id).map(lineFromRow)]));
}
