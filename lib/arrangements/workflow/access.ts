// Who may do what with an arrangement. Drafting is for the initiative's editors; approving is
// for the party whose money is involved, acting in that party's workspace (or the parents).
import type { Tx } from "../../db/create-client";
import { loadEditableInitiative } from "../../initiatives/editable";
import type { Actor } from "../../policy/actor";
import { FieldError, ForbiddenError, NotFoundError } from "../../policy/errors";
import { visibleInitiativesWhere } from "../../policy/initiative-access";
import { approvingParty } from "../approving-party";

/** Locks the version row for the rest of the transaction, so concurrent reviews serialize. */
export async function lockVersion(tx: Tx, actor: Actor, versionId: string) {
  const found = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "ArrangementVersion" WHERE id = ${versionId} FOR UPDATE`;
  if (found.length === 0) throw new NotFoundError("arrangementVersion");
  const version = await tx.arrangementVersion.findFirst({
    where: { id: versionId, arrangement: { initiative: visibleInitiativesWhere(actor) } },
    include: {
      lines: { orderBy: { position: "asc" } },
      approvals: true,
      arrangement: { select: { id: true, initiativeId: true, initiative: { select: { name: true } } } },
    },
  });
  if (!version) throw new NotFoundError("arrangementVersion");
  return version;
}

export async function requireDrafter(tx: Tx, actor: Actor, initiativeId: string) {
  return loadEditableInitiative(tx, actor, initiativeId);
}

/** The party the actor speaks for in its active workspace ("arrangement.approve"); readers speak for nobody. */
export async function actorPartyKey(tx: Tx, actor: Actor, initiativeId: string): Promise<string> {
  const own =
    actor.workspace.kind === "PERSONAL"
      ? await tx.initiativeParticipant.findMany({
          where: { initiativeId, userId: actor.userId, status: "ACTIVE" },
          select: { organisationId: true, userId: true, role: true, status: true },
        })
      : [];
  const party = approvingParty(actor, { createdById: null, participants: own });
  if (!party) throw new ForbiddenError("arrangement.approve");
  return party;
}

/** Payers and providers must take part in the initiative: an agreement binds its parties. */
export async function assertParticipants(
  tx: Tx,
  initiativeId: string,
  lines: { payerOrganisationId: string; providerOrganisationId: string }[],
) {
  const ids = new Set(
    (
      await tx.initiativeParticipant.findMany({
        where: { initiativeId, organisationId: { not: null }, status: "ACTIVE" },
        select: { organisationId: true },
      })
    ).map((p) => p.organisationId),
  );
  for (const [i, line] of lines.entries()) {
    if (!ids.has(line.payerOrganisationId))
      throw new FieldError(`lines.${i}.payerOrganisationId`, "payerNotParticipant");
    if (!ids.has(line.providerOrganisationId))
      throw new FieldError(`lines.${i}.providerOrganisationId`, "providerNotParticipant");
  }
}
