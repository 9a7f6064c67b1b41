// Accepting an invitation needs no session: the token proves the invitee reads that mailbox.
// Two kinds share one link format: membership of an organisation, and taking part in an
// initiative as a parent. A newcomer chooses a name and password; an existing account just joins.
import type { Db, Tx } from "../db/create-client";
import type { MemberRole } from "../generated/prisma/enums";
import { hashPassword } from "../auth/password";
import { assertStrongPassword } from "../auth/password-policy";
import { recordAudit } from "../audit/record-audit";
import { FieldError, NotFoundError } from "../policy/errors";
import { hashInvitationToken } from "./invitation-token";
import { clock } from "../time/clock";

type OpenInvitation =
  | {
      kind: "organisation";
      id: string;
      email: string;
      role: MemberRole;
      expiresAt: Date;
      targetId: string;
      targetName: string;
    }
  | {
      kind: "initiative";
      id: string;
      email: string;
      role: "OUDER";
      /** Who invited the parent: recorded on the participant (the founder vouches for a first guardian). */
      invitedById: string;
      expiresAt: Date;
      targetId: string;
      targetName: string;
    };

async function findOpenInvitation(db: Tx, token: string, now: Date): Promise<OpenInvitation | null> {
  const tokenHash = hashInvitationToken(token);
  const open = { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } };
  const membership = await db.invitation.findFirst({
    where: open,
    select: { id: true, email: true, role: true, expiresAt: true, organisation: { select: { id: true, name: true } } },
  });
  if (membership)
    return {
      kind: "organisation",
      id: membership.id,
      email: membership.email,
      role: membership.role,
      expiresAt: membership.expiresAt,
      targetId: membership.organisation.id,
      targetName: membership.organisation.name,
    };
  const parent = await db.initiativeInvitation.findFirst({
    where: open,
    select: {
      id: true,
      email: true,
      expiresAt: true,
      invitedById: true,
      initiative: { select: { id: true, name: true } },
    },
  });
  if (parent)
    return {
      kind: "initiative",
      id: parent.id,
      email: parent.email,
      role: "OUDER",
      invitedById: parent.invitedById,
      expiresAt: parent.expiresAt,
      targetId: parent.initiative.id,
      targetName: parent.initiative.name,
    };
  return null;
}

/** What the invitation page shows; null when the link is unknown, used, revoked or expired. */
export async function getOpenInvitation(db: Db, token: string, now = clock.now()) {
  const invitation = await findOpenInvitation(db, token, now);
  if (!invitation) return null;
  const account = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  return {
    kind: invitation.kind,
    email: invitation.email,
    role: invitation.role,
    targetName: invitation.targetName,
    expiresAt: invitation.expiresAt,
    hasAccount: !!account,
  };
}

export async function acceptInvitation(
  db: Db,
  input: { token: string; name?: string; password?: string },
  now = clock.now(),
) {
  // The token first: an unknown link costs one lookup, not an argon2 hash (decision 0020). The
  // transaction below looks again, so a link used meanwhile still joins once.
  const open = await findOpenInvitation(db, input.token, now);
  if (!open) throw new NotFoundError("invitation");
  const existing = await db.user.findUnique({ where: { email: open.email }, select: { id: true } });
  // The policy needs whose password it is: the invited address and the chosen name.
  if (!existing && input.password) assertStrongPassword(input.password, { name: input.name, email: open.email });
  const passwordHash = !existing && input.password ? await hashPassword(input.password) : undefined;
  return db.$transaction(async (tx) => {
    const invitation = await findOpenInvitation(tx, input.token, now);
    if (!invitation) throw new NotFoundError("invitation");
    let user = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true, name: true } });
    if (!user) {
      if (!input.name) throw new FieldError("name", "required");
      if (!passwordHash) throw new FieldError("password", "required");
      user = await tx.user.create({
        data: { email: invitation.email, name: input.name, passwordHash, emailVerified: now },
        select: { id: true, name: true },
      });
      await recordAudit(
        tx,
        { userId: user.id, organisationId: null },
        {
          action: "user.created",
          entityType: "User",
          entityId: user.id,
          summary: { via: "invitation", invitationId: invitation.id },
        },
      );
    }
    // Claim the invitation first, so two simultaneous clicks join once.
    const claim = { where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: now } };
    const { count } =
      invitation.kind === "organisation"
        ? await tx.invitation.updateMany(claim)
        : await tx.initiativeInvitation.updateMany(claim);
    if (count !== 1) throw new NotFoundError("invitation");
    if (invitation.kind === "organisation") {
      const membership = await tx.membership.upsert({
        where: { userId_organisationId: { userId: user.id, organisationId: invitation.targetId } },
        create: { userId: user.id, organisationId: invitation.targetId, role: invitation.role },
        update: {},
        select: { id: true },
      });
      await recordAudit(
        tx,
        { userId: user.id, organisationId: invitation.targetId },
        {
          action: "invitation.accepted",
          entityType: "Membership",
          entityId: membership.id,
          summary: { role: invitation.role, invitationId: invitation.id },
        },
      );
    } else {
      const participant = await tx.initiativeParticipant.upsert({
        where: { initiativeId_userId: { initiativeId: invitation.targetId, userId: user.id } },
        create: {
          initiativeId: invitation.targetId,
          userId: user.id,
          role: "OUDER",
          invitedById: invitation.invitedById,
        },
        // A parent removed earlier and invited again takes part again.
        update: { status: "ACTIVE", invitedById: invitation.invitedById, decidedById: null, decidedAt: null },
        select: { id: true },
      });
      await recordAudit(
        tx,
        { userId: user.id, organisationId: null },
        {
          initiativeId: invitation.targetId,
          action: "initiative_invitation.accepted",
          entityType: "InitiativeParticipant",
          entityId: participant.id,
          summary: { initiativeId: invitation.targetId, invitationId: invitation.id },
        },
      );
    }
    return {
      email: invitation.email,
      kind: invitation.kind,
      targetId: invitation.targetId,
      user: { id: user.id, name: user.name, email: invitation.email },
    };
  });
}
