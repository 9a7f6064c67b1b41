// The organisation settings page: members for every member, invitations for beheerders.
import type { Tx } from "../db/create-client";
import type { Actor } from "../policy/actor";
import { can } from "../policy/can";
import { requireOrganisationWorkspace } from "../policy/organisation-access";
import { clock } from "../time/clock";

export async function getOrganisationSettings(db: Tx, actor: Actor, now = clock.now()) {
  const ws = requireOrganisationWorkspace(actor);
  const canManage = can(actor, "organisation.manageMembers");
  const [organisation, members, invitations] = await Promise.all([
    db.organisation.findUniqueOrThrow({
      where: { id: ws.organisationId },
      select: { id: true, name: true, kind: true, brin: true, swvCode: true, cbsCode: true, fictitious: true },
    }),
    db.membership.findMany({
      where: { organisationId: ws.organisationId },
      select: {
        id: true,
        role: true,
        privacyOfficer: true,
        version: true,
        user: {
          select: {
            id: true,
            name: true,
            email: true,
            active: true,
            // Beheerders see whether two-step verification is set up (decision 0018).
            totpSecret: { select: { confirmedAt: true } },
          },
        },
      },
      orderBy: { user: { name: "asc" } },
    }),
    canManage
      ? db.invitation.findMany({
          where: { organisationId: ws.organisationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
          select: {
            id: true,
            email: true,
            role: true,
            expiresAt: true,
            createdAt: true,
            invitedBy: { select: { name: true } },
          },
          orderBy: { createdAt: "desc" },
        })
      : Promise.resolve([]),
  ]);
  return { organisation, members, invitations, canManage, myUserId: actor.userId };
}

export type OrganisationSettings = Awaited<ReturnType<typeof getOrganisationSettings>>;
