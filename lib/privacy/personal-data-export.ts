// Everything the platform holds about the signed-in person (AVG art. 15 and 20). Only the actor's
// own rows: every query is bounded by their id, one query per table, so the export costs the
// same for a person with ten comments or ten thousand rows elsewhere. Secrets (password hash,
// session version) are left out. The export is itself an access and lands in the access log.
import { recordAccess } from "../access-log/record-access";
import type { Tx } from "../db/create-client";
import type { Actor } from "../policy/actor";
import { clock } from "../time/clock";
import type { DataExport } from "./data-export";

export async function personalDataExport(db: Tx, actor: Actor) {
  const me = actor.userId;
  const account = await db.user.findUniqueOrThrow({
    where: { id: me },
    select: {
      id: true,
      name: true,
      email: true,
      emailVerified: true,
      active: true,
      locale: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  const memberships = await db.membership.findMany({
    where: { userId: me },
    select: { organisation: { select: { name: true } }, role: true, privacyOfficer: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  const participations = await db.initiativeParticipant.findMany({
    where: { userId: me },
    select: { initiative: { select: { name: true } }, role: true, status: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  const comments = await db.stepComment.findMany({
    where: { authorId: me },
    select: {
      id: true,
      body: true,
      createdAt: true,
      step: { select: { key: true, initiative: { select: { name: true } } } },
    },
    orderBy: { createdAt: "asc" },
  });
  const steps = await db.initiativeStep.findMany({
    where: { ownerUserId: me },
    select: { key: true, status: true, notes: true, dueDate: true, initiative: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  const tasks = await db.task.findMany({
    where: { OR: [{ ownerUserId: me }, { createdById: me }] },
    select: {
      title: true,
      dueDate: true,
      doneAt: true,
      createdAt: true,
      ownerUserId: true,
      createdById: true,
      initiative: { select: { name: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  const consents = await db.childConsent.findMany({
    where: { OR: [{ givenById: me }, { withdrawnById: me }] },
    select: {
      child: { select: { displayName: true } },
      organisation: { select: { name: true } },
      scope: true,
      endsOn: true,
      givenById: true,
      createdAt: true,
      withdrawnById: true,
      withdrawnAt: true,
    },
    orderBy: { createdAt: "asc" },
  });
  const guardianships = await db.childGuardian.findMany({
    where: { userId: me },
    select: { child: { select: { displayName: true } }, status: true, confirmedAt: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  const mandates = await db.guardianMandate.findMany({
    where: { OR: [{ fromUserId: me }, { toUserId: me }] },
    select: {
      child: { select: { displayName: true } },
      fromUser: { select: { name: true } },
      toUser: { select: { name: true } },
      createdAt: true,
      revokedAt: true,
    },
    orderBy: { createdAt: "asc" },
  });
  const approvals = await db.arrangementApproval.findMany({
    where: { OR: [{ approvedById: me }, { onBehalfOfId: me }] },
    select: {
      partyKey: true,
      createdAt: true,
      approvedById: true,
      child: { select: { displayName: true } },
      version: { select: { number: true, arrangement: { select: { initiative: { select: { name: true } } } } } },
    },
    orderBy: { createdAt: "asc" },
  });
  const notifications = await db.notification.findMany({
    where: { userId: me },
    select: { kind: true, message: true, link: true, createdAt: true, readAt: true, emailedAt: true },
    orderBy: { createdAt: "asc" },
  });
  const auditEvents = await db.auditEvent.findMany({
    where: { actorUserId: me },
    select: { action: true, entityType: true, entityId: true, createdAt: true },
    orderBy: { seq: "asc" },
  });
  const accessLog = await db.accessLogEntry.findMany({
    where: { actorUserId: me },
    select: {
      at: true,
      action: true,
      subjectType: true,
      subjectId: true,
      actingOrganisationName: true,
      actingRole: true,
      clientAddress: true,
      userAgent: true,
    },
    orderBy: { seq: "asc" },
  });

  await recordAccess(db, actor, { action: "EXPORT", subjectType: "ACCOUNT", subjectId: me });

  const own = (id: string | null) => id === me;
  return {
    kind: "PERSON" as const,
    subject: { id: me, name: account.name },
    generatedAt: clock.now(),
    sections: {
      account: [account],
      memberships: memberships.map((m) => ({
        organisation: m.organisation.name,
        role: m.role,
        privacyOfficer: m.privacyOfficer,
        createdAt: m.createdAt,
      })),
      participations: participations.map((p) => ({
        initiative: p.initiative.name,
        role: p.role,
        status: p.status,
        createdAt: p.createdAt,
      })),
      comments: comments.map((c) => ({
        initiative: c.step.initiative.name,
        step: c.step.key,
        body: c.body,
        createdAt: c.createdAt,
      })),
      steps: steps.map((s) => ({
        initiative: s.initiative.name,
        step: s.key,
        status: s.status,
        notes: s.notes,
        dueDate: s.dueDate,
      })),
      tasks: tasks.map((t) => ({
        initiative: t.initiative.name,
        title: t.title,
        owner: own(t.ownerUserId),
        createdByMe: own(t.createdById),
        dueDate: t.dueDate,
        doneAt: t.doneAt,
        createdAt: t.createdAt,
      })),
      consents: consents.map((c) => ({
        child: c.child.displayName,
        organisation: c.organisation.name,
        scope: c.scope,
        endsOn: c.endsOn,
        givenByMe: own(c.givenById),
        createdAt: c.createdAt,
        withdrawnByMe: own(c.withdrawnById),
        withdrawnAt: c.withdrawnAt,
      })),
      guardianships: guardianships.map((g) => ({
        child: g.child.displayName,
        status: g.status,
        confirmedAt: g.confirmedAt,
        createdAt: g.createdAt,
      })),
      mandates: mandates.map((m) => ({
        child: m.child.displayName,
        from: m.fromUser.name,
        to: m.toUser.name,
        createdAt: m.createdAt,
        revokedAt: m.revokedAt,
      })),
      approvals: approvals.map((a) => ({
        initiative: a.version.arrangement.initiative.name,
        versionNumber: a.version.number,
        party: a.partyKey,
        child: a.child?.displayName ?? null,
        onBehalfOfOther: !own(a.approvedById),
        createdAt: a.createdAt,
      })),
      notifications: notifications.map((n) => ({
        kind: n.kind,
        message: JSON.stringify(n.message),
        link: n.link,
        createdAt: n.createdAt,
        readAt: n.readAt,
        emailedAt: n.emailedAt,
      })),
      auditEvents,
      accessLog: accessLog.map((e) => ({
        at: e.at,
        action: e.action,
        subject: e.subjectType,
        subjectId: e.subjectId,
        organisation: e.actingOrganisationName,
        role: e.actingRole,
        clientAddress: e.clientAddress,
        userAgent: e.userAgent,
      })),
    },
  } satisfies DataExport;
}
