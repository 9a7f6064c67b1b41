// Bringing parties into an initiative: organisations on the platform join directly with the
// role that fits their kind (their beheerders get an e-mail); parents are invited by e-mail.
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
    if (initiative.participants.some((p) => p.organisationId === organisation.id))
      throw new FieldError("organisationId", "alreadyParticipant");
    const participant = await tx.initiativeParticipant.create({
      data: { initiativeId: initiative.id, organisationId: organisation.id, role },
      select: { id: true },
    });
    // A gemeente or SWV that joins also makes the initiative part of its territory or region.
    if (organisation.kind === "GEMEENTE")
      await tx.initiativeGemeente.upsert({
        where: { initiativeId_gemeenteId: { initiativeId: initiative.id, gemeenteId: organisation.id } },
        create: { initiativeId: initiative.id, gemeenteId: organisation.id },
        update: {},
      });
    if (organisation.kind === "SWV")
      await tx.initiative.updateMany({ where: { id: initiative.id, swvId: null }, data: { swvId: organisation.id } });
    await recordAudit(tx, actor, {
      initiativeId: initiative.id,
      action: "participant.added",
      entityType: "InitiativeParticipant",
      entityId: participant.id,
      summary: { initiativeId: initiative.id, organisationId: organisation.id, role },
    });
    const beheerders = await tx.membership.findMany({
      where: { organisationId: organisation.id, role: "BEHEERDER", user: { active: true } },
      select: { user: { select: { email: true, locale: true } } },
    });
    return { initiative, organisation, role, beheerders };
  });
  for (const { user } of result.beheerders) {
    const t = translatorFor(user.locale, "mail.addedToInitiative");
    await sendMail({
      to: user.email,
      subject: t("subject", { initiative: result.initiative.name }),
      ...mailWithLink({
        heading: t("heading", { organisation: result.organisation.name }),
        body: t("body", {
          inviter: actor.name,
          organisation: result.organisation.name,
          initiative: result.initiative.name,
        }),
        linkLabel: t("button"),
        url: `${appBaseUrl()}/initiatieven/${result.initiative.id}`,
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
      where: { initiativeId: initiative.id, user: { email: input.email } },
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
      summary: { initiativeId: initiative.id, email: input.email },
    });
    return { initiative };
  });
  const invitee = await db.user.findUnique({ where: { email: input.email }, select: { locale: true } });
  const t = translatorFor(invitee?.locale, "mail.parentInvitation");
  await sendMail({
    to: input.email,
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
