// Reading children. Everyone who may see the initiative gets the counts; details come only for
// the children and parts child-access.ts allows. A child counts once it has a confirmed guardian
// (a parent's unconfirmed request is no child of the group yet).
import "server-only";
import type { Tx } from "../db/create-client";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../policy/actor";
import type { VisibleInitiative } from "../policy/authorised";
import {
  accessFrom,
  activeConsentWhere,
  canSeePart,
  detailVisibleChildrenWhere,
  type ChildAccess,
} from "./child-access";
import { loadVisibleChild } from "./load-child";
import { recordAccess, recordAccesses } from "../access-log/record-access";
import { recordAudit } from "../audit/record-audit";
import { clock } from "../time/clock";

/** Every read of a child's details is in the access log (tests/integration/access-log-loaders.test.ts). */
const childViewed = { action: "VIEW", subjectType: "CHILD" } as const;

const COUNTED: Prisma.ChildWhereInput = { guardians: { some: { status: "CONFIRMED" } } };

/** "4 kinderen, 3 met TLV": numbers only, for everyone who may see the initiative. */
export async function childCounts(db: Tx, initiative: VisibleInitiative) {
  const base = { initiativeId: initiative.id, ...COUNTED };
  const [children, withTlv, withOpp, withCare] = await Promise.all([
    db.child.count({ where: base }),
    db.child.count({ where: { ...base, tlvStatus: "TOEGEKEND" } }),
    db.child.count({ where: { ...base, oppPresent: true } }),
    db.child.count({ where: { ...base, care: { some: { status: "TOEGEKEND" } } } }),
  ]);
  return { children, withTlv, withOpp, withCare };
}

const childSelect = (actor: Actor, now: Date) =>
  ({
    id: true,
    initiativeId: true,
    displayName: true,
    birthYear: true,
    fictitious: true,
    version: true,
    school: { select: { id: true, name: true } },
    enrolledOn: true,
    tlvStatus: true,
    tlvCategory: true,
    tlvFrom: true,
    tlvTo: true,
    tlvDecidedOn: true,
    oppPresent: true,
    oppEvaluatedOn: true,
    oppDeviatesFromTeachingTime: true,
    oppDeviationReason: true,
    care: {
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        version: true,
        fundingStream: true,
        status: true,
        periodStart: true,
        periodEnd: true,
        hoursPerWeekHundredths: true,
        budgetCentsPerYear: true,
        provider: { select: { id: true, name: true } },
      },
    },
    guardians: { where: { userId: actor.userId }, select: { userId: true, status: true } },
    consents: {
      where:
        actor.workspace.kind === "ORGANISATION" ? activeConsentWhere(actor.workspace.organisationId, now) : { id: "" },
      select: { organisationId: true, scope: true },
    },
  }) satisfies Prisma.ChildSelect;

type ChildRow = Prisma.ChildGetPayload<{ select: ReturnType<typeof childSelect> }>;

/** Only the parts the access allows; a part that is not allowed is absent, not empty. */
function project(row: ChildRow, access: ChildAccess) {
  const onderwijs = canSeePart(access, "ONDERWIJS")
    ? {
        school: row.school,
        enrolledOn: row.enrolledOn,
        tlv: {
          status: row.tlvStatus,
          category: row.tlvCategory,
          from: row.tlvFrom,
          to: row.tlvTo,
          decidedOn: row.tlvDecidedOn,
        },
        opp: {
          present: row.oppPresent,
          evaluatedOn: row.oppEvaluatedOn,
          deviatesFromTeachingTime: row.oppDeviatesFromTeachingTime,
          deviationReason: row.oppDeviationReason,
        },
      }
    : null;
  const care = canSeePart(access, "CARE")
    ? row.care.map(({ budgetCentsPerYear, hoursPerWeekHundredths, ...c }) => ({
        ...c,
        hoursPerWeekHundredths:
          canSeePart(access, "ZORG") || canSeePart(access, "BUDGET") ? hoursPerWeekHundredths : null,
        budgetCentsPerYear: canSeePart(access, "BUDGET") ? budgetCentsPerYear : null,
      }))
    : null;
  return {
    id: row.id,
    initiativeId: row.initiativeId,
    displayName: row.displayName,
    birthYear: row.birthYear,
    fictitious: row.fictitious,
    version: row.version,
    access,
    canEdit: access.kind === "GUARDIAN",
    onderwijs,
    care,
  };
}

export type ChildView = ReturnType<typeof project>;

/** The children of an initiative as the actor may see them: counts for all, details where allowed. */
export async function childrenOfInitiative(db: Tx, actor: Actor, initiative: VisibleInitiative, now = clock.now()) {
  const counts = await childCounts(db, initiative);
  const rows = await db.child.findMany({
    where: { AND: [{ initiativeId: initiative.id }, detailVisibleChildrenWhere(actor, now)] },
    select: childSelect(actor, now),
    orderBy: [{ displayName: "asc" }, { id: "asc" }],
  });
  const children = rows.flatMap((row) => {
    const access = accessFrom(actor, row);
    return access ? [project(row, access)] : [];
  });
  await recordAccesses(
    db,
    actor,
    children.map((c) => ({ ...childViewed, subjectId: c.id, childId: c.id, initiativeId: initiative.id })),
  );
  return { counts, children };
}

/**
 * One child in detail. Guardians also get the guardians, the full consent history and the
 * mandates. Every view is logged (NEN 7513: who, for which organisation, whose record).
 */
export async function getChildForActor(db: Tx, actor: Actor, childId: string, now = clock.now()) {
  const visible = await loadVisibleChild(db, actor, childId, now);
  const row = await db.child.findUniqueOrThrow({ where: { id: visible.id }, select: childSelect(actor, now) });
  const access = visible.access;
  const scopes = access.kind === "GUARDIAN" ? null : access.scopes;
  const [documents, guardianData] = await Promise.all([
    db.childDocument.findMany({
      where: { childId: visible.id, ...(scopes ? { scope: { in: scopes } } : {}) },
      select: { id: true, scope: true, fileName: true, sizeBytes: true, createdAt: true },
      orderBy: { createdAt: "desc" },
    }),
    access.kind === "GUARDIAN" ? guardianOnly(db, visible.id) : Promise.resolve(null),
  ]);
  await recordAccess(db, actor, {
    ...childViewed,
    subjectId: visible.id,
    childId: visible.id,
    initiativeId: visible.initiativeId,
  });
  await recordAudit(db, actor, {
    action: "child.viewed",
    entityType: "Child",
    entityId: visible.id,
    summary: { access: access.kind, scopes: scopes ?? [] },
  });
  return { ...project(row, access), documents, guardianView: guardianData };
}

async function guardianOnly(db: Tx, childId: string) {
  const [guardians, consents, mandates] = await Promise.all([
    db.childGuardian.findMany({
      where: { childId },
      select: { id: true, status: true, user: { select: { id: true, name: true } }, confirmedAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.childConsent.findMany({
      where: { childId },
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
      orderBy: { createdAt: "desc" },
    }),
    db.guardianMandate.findMany({
      where: { childId },
      select: {
        id: true,
        createdAt: true,
        revokedAt: true,
        fromUser: { select: { id: true, name: true } },
        toUser: { select: { id: true, name: true } },
      },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  return { guardians, consents, mandates };
}

/** For a parent: invitations to accept, and (as a confirmed guardian) other parents' requests to confirm. */
export async function guardianTasks(db: Tx, actor: Actor, initiative: VisibleInitiative) {
  if (actor.workspace.kind !== "PERSONAL") return { invitations: [], requests: [] };
  const initiativeId = initiative.id;
  const isGuardian = await db.childGuardian.findFirst({
    where: { userId: actor.userId, status: "CONFIRMED", child: { initiativeId } },
    select: { id: true },
  });
  const [invitations, requests] = await Promise.all([
    db.childGuardian.findMany({
      where: { userId: actor.userId, status: "INVITED", child: { initiativeId }, invitedById: { not: actor.userId } },
      select: { id: true, child: { select: { displayName: true } }, invitedBy: { select: { name: true } } },
    }),
    isGuardian
      ? db.childGuardian.findMany({
          where: { status: "INVITED", child: { initiativeId }, userId: { not: actor.userId } },
          select: {
            id: true,
            userId: true,
            invitedById: true,
            user: { select: { name: true } },
            child: { select: { displayName: true, birthYear: true } },
          },
        })
      : Promise.resolve([]),
  ]);
  // Only self-requests wait for a guardian; a guardian's invitation waits for its invitee.
  return { invitations, requests: requests.filter((r) => r.invitedById === r.userId) };
}
