// Bringing parties into an initiative. Joining is mutual: an organisation is invited with the
// role that fits its kind and takes part only once a beheerder accepts (lib/initiatives/joining.ts);
// until then it sees nothing. Parents are invited by e-mail.
import type { Db } from "../db/create-client";
import type { OrganisationKind, ParticipantRole } from "../generated/prisma/enums";
import { recordAudit } from "../audit/record-audit";
import { translatorFor } from "../i18n/translator";
import { mailWithLink } from "../mail/layout";
import { sendMail } from "../mail/transport";
import { appBaseUrl } from "../config/app-config";
import { INVITATION_VALID_DAYS, newInvitationToken } from "../organisations/invitation-token";
import type { Actor } from "../policy/actor";
import { FieldError } from "../policy/errors";
import { memberRolesGranting } from "../policy/permissions";
import { loadEditableInitiative } from "./editable";
import { clock } from "../time/clock";

const ROLE_FOR_KIND: Partial<Record<OrganisationKind, ParticipantRole>> = {
  SCHOOL: "SCHOOL",
  SCHOOLBESTUUR: "SCHOOLBESTUUR",
  SWV: "SWV",
  GEMEENTE: "GEMEENTE",
  ZORGAANBIEDER: "ZORGAANBIEDER",
  ZORGKANTOOR: "ZORGKANTOOR",
  OUDERINITIATIEF: "INITIATIEFNEMER",
};
export const INVITABLE_KINDS = Object.keys(ROLE_FOR_KIND) as OrganisationKind[];

export async function addOrganisationParticipant(
  db: Db,
  actor: Actor,
  input: { initiativeId: string; organisationId: string },
) {
  const result = await db.$transaction(async (tx) => {
    const initiative = await loadEditableInitiative(tx, actor, input.initiativeId);
    const organisation = await tx.organisation.findUnique({
      where: { id: input.organisationId },
      select: { id: true, name: true, kind: true },
    });
    const role = organisation && ROLE_FOR_KIND[organisation.kind];
    if (!organisation || !role) throw new FieldError("organisationId", "chooseOrganisation");
    const existing = await tx.initiativeParticipant.findUnique({
      where: { initiativeId_organisationId: { initiativeId: initiative.id, organisationId: organisation.id } },
      select: { id: true, status: true },
    });
    if (existing?.status === "ACTIVE") throw new FieldError("organisationId", "alreadyParticipant");
    if (existing?.status === "INVITED") throw new FieldError("organisationId", "alreadyInvited");
    // A declined or removed organisation counts as never having been in: it is invited afresh.
    const invitation = {
      role,
      status: "INVITED" as const,
      invitedById: actor.userId,
      decidedById: null,
      decidedAt: null,
    };
    const participant = existing
      ? await tx.initiativeParticipant.update({ where: { id: existing.id }, data: invitation, select: { id: true } })
      : await tx.initiativeParticipant.create({
          data: { initiativeId: initiative.id, organisationId: organisation.id, ...invitation },
          select: { id: true },
        });
    // Territory (a gemeente's, an SWV's region) follows acceptance, not the invitation (joining.ts).
    await recordAudit(tx, actor, {
      initiativeId: initiative.id,
      action: "participant.invited",
      entityType: "InitiativeParticipant",
      entityId: participant.id,
      summary: { initiativeId: initiative.id, organisationId: organisation.id, role },
    });
    const beheerders = await tx.membership.findMany({
      // Those who may accept the invitation.
      where: {
        organisationId: organisation.id,
        role: { in: memberRolesGranting("participation.decide") },
        user: { active: true },
      },
      select: { user: { select: { email: true, locale: true } } },
    });
    return { initiative, organisation, role, beheerders };
  });
  for (const { user } of result.beheerders) {
    const t = translatorFor(user.locale, "mail.addedToInitiative");
    await sendMail({
      to: user.email,
      sentBy: actor.userId,
      subject: t("subject", { initiative: result.initiative.name }),
      ...mailWithLink({
        heading: t("heading", { organisation: result.organisation.name }),
        body: t("body", {
          inviter: actor.name,
          organisation: result.organisation.name,
          initiative: result.initiative.name,
        }),
        linkLabel: t("button"),
        // The initiative opens only after acceptance; the workspace home lists open invitations.
        url: `${appBaseUrl()}/`,
        footer: t("footer"),
      }),
    });
  }
  return { organisationName: result.organisation.name, role: result.role };
}

export async function inviteParent(
  db: Db,
  actor: Actor,
  input: { initiativeId: string; email: string },
  now = clock.now(),
) {
  const { token, tokenHash } = newInvitationToken();
  const { initiative } = await db.$transaction(async (tx) => {
    const initiative = await loadEditableInitiative(tx, actor, input.initiativeId);
    const already = await tx.initiativeParticipant.findFirst({
      where: { initiativeId: initiative.id, user: { email: input.email }, status: "ACTIVE" },
    });
    if (already) throw new FieldError("email", "alreadyParticipant");
    await tx.initiativeInvitation.updateMany({
      where: { initiativeId: initiative.id, email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const invitation = await tx.initiativeInvitation.create({
      data: {
        initiativeId: initiative.id,
        email: input.email,
        tokenHash,
        invitedById: actor.userId,
        expiresAt: new Date(now.getTime() + INVITATION_VALID_DAYS * 86_400_000),
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      initiativeId: initiative.id,
      action: "initiative_invitation.created",
      entityType: "InitiativeInvitation",
      entityId: invitation.id,
      summary: { initiativeId: initiative.id },
    });
    return { initiative };
  });
  const invitee = await db.user.findUnique({ where: { email: input.email }, select: { locale: true } });
  const t = translatorFor(invitee?.locale, "mail.parentInvitation");
  await sendMail({
    to: input.email,
    sentBy: actor.userId,
    subject: t("subject", { initiative: initiative.name }),
    ...mailWithLink({
      heading: t("heading", { initiative: initiative.name }),
      body: t("body", { inviter: actor.name, initiative: initiative.name, days: INVITATION_VALID_DAYS }),
      linkLabel: t("button"),
      url: `${appBaseUrl()}/uitnodiging/${token}`,
      footer: t("footer"),
    }),
  });
  return { email: input.email };
}
