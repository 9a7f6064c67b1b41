// What a guardian reads about the other parents of a child: its guardians (confirmed or
// waiting), the mandates between them, and who can receive a mandate; and, for any parent,
// the guardian invitations and requests waiting for them across their initiatives.
import "server-only";
import type { Tx } from "../db/create-client";
import type { Actor } from "../policy/actor";
import { ACTIVE_PARTICIPANT } from "../policy/initiative-access";
import { recordAudit } from "../audit/record-audit";
import { clock } from "../time/clock";
import { loadChildForGuardian } from "./consent-queries";

/** The child's guardians and mandates, for one of its guardians (404 for everyone else). */
export async function childGuardiansOverview(db: Tx, actor: Actor, childId: string, now = clock.now()) {
  const child = await loadChildForGuardian(db, actor, childId, now);
  const [row, guardians, mandates, candidates] = await Promise.all([
    db.child.findUniqueOrThrow({ where: { id: child.id }, select: { displayName: true, fictitious: true } }),
    db.childGuardian.findMany({
      where: { childId: child.id },
      select: {
        id: true,
        status: true,
        userId: true,
        invitedById: true,
        confirmedAt: true,
        createdAt: true,
        user: { select: { name: true } },
        invitedBy: { select: { name: true } },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db.guardianMandate.findMany({
      where: { childId: child.id },
      select: {
        id: true,
        createdAt: true,
        revokedAt: true,
        fromUserId: true,
        toUserId: true,
        fromUser: { select: { name: true } },
        toUser: { select: { name: true } },
      },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    }),
    // Who may receive a mandate (mandates.ts: giveMandate): a confirmed guardian in this
    // initiative who takes part as a parent, other than the giver.
    db.user.findMany({
      where: {
        id: { not: actor.userId },
        active: true,
        guardianships: { some: { status: "CONFIRMED", child: { initiativeId: child.initiativeId } } },
        participations: { some: { initiativeId: child.initiativeId, role: "OUDER", ...ACTIVE_PARTICIPANT } },
      },
      select: { id: true, name: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
  ]);
  await recordAudit(db, actor, {
    action: "child_guardians.viewed",
    entityType: "Child",
    entityId: child.id,
    summary: { guardians: guardians.length, mandates: mandates.length },
  });
  return {
    child: { id: child.id, initiativeId: child.initiativeId, displayName: row.displayName, fictitious: row.fictitious },
    guardians: guardians.map((g) => ({
      id: g.id,
      name: g.user.name,
      isMe: g.userId === actor.userId,
      status: g.status,
      // A waiting row is either a guardian's invitation (for the invitee to accept) or the
      // person's own request (for a confirmed guardian to confirm).
      waitingFor: g.status === "CONFIRMED" ? null : g.invitedById === g.userId ? "CONFIRMATION" : "ACCEPTANCE",
      invitedBy: g.invitedById === g.userId ? null : (g.invitedBy?.name ?? null),
      since: g.confirmedAt ?? g.createdAt,
    })),
    mandates: mandates.map((m) => ({
      id: m.id,
      from: m.fromUser.name,
      to: m.toUser.name,
      direction: m.fromUserId === actor.userId ? "GIVEN" : m.toUserId === actor.userId ? "RECEIVED" : "OTHER",
      createdAt: m.createdAt,
      revokedAt: m.revokedAt,
    })),
    mandateCandidates: candidates.filter(
      (c) => !mandates.some((m) => m.fromUserId === actor.userId && m.toUserId === c.id && !m.revokedAt),
    ),
  };
}

/**
 * For a parent in the personal workspace, across the initiatives they take part in: invitations
 * from a guardian to accept, and (where they are a confirmed guardian) other parents' requests to
 * confirm. Organisation workspaces get nothing: nobody speaks for the parents from there.
 */
export async function pendingGuardianTasks(db: Tx, actor: Actor) {
  if (actor.workspace.kind !== "PERSONAL") return { invitations: [], requests: [] };
  const asParent = { participants: { some: { userId: actor.userId, role: "OUDER" as const, ...ACTIVE_PARTICIPANT } } };
  const initiative = { select: { id: true, name: true } };
  const [invitations, requests] = await Promise.all([
    db.childGuardian.findMany({
      where: {
        userId: actor.userId,
        status: "INVITED",
        invitedById: { not: actor.userId },
        child: { initiative: asParent },
      },
      select: {
        id: true,
        createdAt: true,
        invitedBy: { select: { name: true } },
        child: { select: { displayName: true, initiative } },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db.childGuardian.findMany({
      where: {
        status: "INVITED",
        userId: { not: actor.userId },
        child: {
          initiative: {
            ...asParent,
            children: { some: { guardians: { some: { userId: actor.userId, status: "CONFIRMED" } } } },
          },
        },
      },
      select: {
        id: true,
        userId: true,
        invitedById: true,
        createdAt: true,
        user: { select: { name: true } },
        child: { select: { displayName: true, birthYear: true, initiative } },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  ]);
  return {
    invitations: invitations.map((i) => ({
      id: i.id,
      childName: i.child.displayName,
      initiative: i.child.initiative,
      invitedBy: i.invitedBy?.name ?? null,
      createdAt: i.createdAt,
    })),
    // Only self-requests wait for a guardian; a guardian's invitation waits for its invitee.
    requests: requests
      .filter((r) => r.invitedById === r.userId)
      .map((r) => ({
        id: r.id,
        parentName: r.user.name,
        childName: r.child.displayName,
        birthYear: r.child.birthYear,
        initiative: r.child.initiative,
        createdAt: r.createdAt,
      })),
  };
}
