// Who an SSO sign-in is: the account already linked to (issuer, subject); otherwise, for a
// verified address in one of the organisation's domains, its member with that address or the
// person it invited (the invitation is accepted and, for a newcomer, the account created), and
// the identity is linked. Anyone else is refused: SSO does not let strangers in.
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db/create-client";
import { clock } from "../time/clock";
import type { ActiveSsoConfig } from "./config";
import { domainOf } from "./schemas";

export interface IdTokenFacts {
  iss: string;
  sub: string;
  email?: unknown;
  email_verified?: unknown;
  name?: unknown;
}

export type LinkRefusal = "inactive" | "emailUnverified" | "domain" | "notMember";
export type LinkResult =
  | { ok: true; user: { id: string; email: string; name: string }; linked: boolean }
  | { ok: false; reason: LinkRefusal; userId: string | null };

const USER_FIELDS = { id: true, email: true, name: true, active: true } as const;

export async function linkSsoAccount(
  db: Db,
  config: ActiveSsoConfig,
  facts: IdTokenFacts,
  now = clock.now(),
): Promise<LinkResult> {
  const known = await db.userSsoIdentity.findUnique({
    where: { issuer_subject: { issuer: facts.iss, subject: facts.sub } },
    select: { user: { select: USER_FIELDS } },
  });
  if (known) {
    const { active, ...user } = known.user;
    return active ? { ok: true, user, linked: false } : { ok: false, reason: "inactive", userId: user.id };
  }
  const email = typeof facts.email === "string" ? facts.email.trim().toLowerCase() : "";
  // Only an address the provider vouches for may find an account (OIDC Core 5.1).
  if (!email || facts.email_verified !== true) return { ok: false, reason: "emailUnverified", userId: null };
  if (!config.allowedDomains.includes(domainOf(email))) return { ok: false, reason: "domain", userId: null };

  return db.$transaction(async (tx): Promise<LinkResult> => {
    let user = await tx.user.findUnique({
      where: { email },
      select: {
        ...USER_FIELDS,
        memberships: { where: { organisationId: config.organisationId }, select: { id: true } },
      },
    });
    if (user && !user.active) return { ok: false, reason: "inactive", userId: user.id };
    const invitation = user?.memberships.length
      ? null
      : await tx.invitation.findFirst({
          where: {
            organisationId: config.organisationId,
            email,
            acceptedAt: null,
            revokedAt: null,
            expiresAt: { gt: now },
          },
          orderBy: { createdAt: "desc" },
          select: { id: true, role: true },
        });
    if (!user?.memberships.length && !invitation) return { ok: false, reason: "notMember", userId: user?.id ?? null };

    if (!user) {
      const name = typeof facts.name === "string" && facts.name.trim() ? facts.name.trim().slice(0, 200) : email;
      // No password: this person signs in through the organisation (or asks for a sign-in link).
      const created = await tx.user.create({ data: { email, name, emailVerified: now }, select: USER_FIELDS });
      user = { ...created, memberships: [] };
      await recordAudit(
        tx,
        { userId: user.id, organisationId: config.organisationId },
        {
          action: "user.created",
          entityType: "User",
          entityId: user.id,
          summary: { via: "sso", invitationId: invitation!.id },
        },
      );
    }
    if (invitation) {
      const { count } = await tx.invitation.updateMany({
        where: { id: invitation.id, acceptedAt: null },
        data: { acceptedAt: now },
      });
      if (count === 1) {
        const membership = await tx.membership.upsert({
          where: { userId_organisationId: { userId: user.id, organisationId: config.organisationId } },
          create: { userId: user.id, organisationId: config.organisationId, role: invitation.role },
          update: {},
          select: { id: true },
        });
        await recordAudit(
          tx,
          { userId: user.id, organisationId: config.organisationId },
          {
            action: "invitation.accepted",
            entityType: "Membership",
            entityId: membership.id,
            summary: { role: invitation.role, invitationId: invitation.id, via: "sso" },
          },
        );
      }
    }
    const identity = await tx.userSsoIdentity.create({
      data: { userId: user.id, issuer: facts.iss, subject: facts.sub },
      select: { id: true },
    });
    await recordAudit(
      tx,
      { userId: user.id, organisationId: config.organisationId },
      {
        action: "sso.identity_linked",
        entityType: "UserSsoIdentity",
        entityId: identity.id,
        summary: { organisationId: config.organisationId, configVersion: config.version },
      },
    );
    return { ok: true, user: { id: user.id, email: user.email, name: user.name }, linked: true };
  });
}
