// Beheerders invite people by e-mail; the link carries a one-time token that expires.
import type { Db } from "../db/create-client";
import type { MemberRole } from "../generated/prisma/enums";
import { recordAudit } from "../audit/record-audit";
import { translatorFor } from "../i18n/translator";
import { mailWithLink } from "../mail/layout";
import { sendMail } from "../mail/transport";
import type { Actor } from "../policy/actor";
import { FieldError, NotFoundError } from "../policy/errors";
import { requireMemberManager } from "../policy/organisation-access";
import { appBaseUrl } from "../config/app-config";
import { INVITATION_VALID_DAYS, newInvitationToken } from "./invitation-token";
import { clock } from "../time/clock";

export async function inviteMember(
  db: Db,
  actor: Actor,
  input: { email: string; role: MemberRole },
  now = clock.now(),
) {
  const ws = requireMemberManager(actor);
  const { token, tokenHash } = newInvitationToken();
  const invitation = await db.$transaction(async (tx) => {
    const existing = await tx.membership.findFirst({
      where: { organisationId: ws.organisationId, user: { email: input.email } },
    });
    if (existing) throw new FieldError("email", "alreadyMember");
    // A new invitation replaces an open one for the same address: only the newest link works.
    await tx.invitation.updateMany({
      where: { organisationId: ws.organisationId, email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const created = await tx.invitation.create({
      data: {
        organisationId: ws.organisationId,
        email: input.email,
        role: input.role,
        tokenHash,
        invitedById: actor.userId,
        expiresAt: new Date(now.getTime() + INVITATION_VALID_DAYS * 24 * 3600 * 1000),
      },
      select: { id: true, email: true, role: true, expiresAt: true },
    });
    await recordAudit(tx, actor, {
      action: "invitation.created",
      entityType: "Invitation",
      entityId: created.id,
      summary: { role: input.role },
    });
    return created;
  });
  const invitee = await db.user.findUnique({ where: { email: input.email }, select: { locale: true } });
  const t = translatorFor(invitee?.locale, "mail.invitation");
  await sendMail({
    to: input.email,
    sentBy: actor.userId,
    subject: t("subject", { organisation: ws.organisationName }),
    ...mailWithLink({
      heading: t("heading", { organisation: ws.organisationName }),
      body: t("body", { inviter: actor.name, organisation: ws.organisationName, days: INVITATION_VALID_DAYS }),
      linkLabel: t("button"),
      url: `${appBaseUrl()}/uitnodiging/${token}`,
      footer: t("footer"),
    }),
  });
  return invitation;
}

export async function revokeInvitation(db: Db, actor: Actor, input: { invitationId: string }, now = clock.now()) {
  const ws = requireMemberManager(actor);
  return db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: input.invitationId, organisationId: ws.organisationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count !== 1) throw new NotFoundError("invitation");
    await recordAudit(tx, actor, {
      action: "invitation.revoked",
      entityType: "Invitation",
      entityId: input.invitationId,
      summary: {},
    });
    return { revoked: true };
  });
}
