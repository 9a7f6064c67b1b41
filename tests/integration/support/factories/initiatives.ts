// Initiatives built through the real domain functions: a parent starts one (with the current
// stappenplan and the parent as first participant) and brings organisations in, exactly as
// the app does, so audit events, steps and territory links are what production makes.
import type { Db } from "../../../../lib/db/client";
import { decideParticipation } from "../../../../lib/initiatives/joining";
import { addOrganisationParticipant } from "../../../../lib/initiatives/participants";
import { startInitiative } from "../../../../lib/initiatives/start-initiative";
import { ZStartInitiative } from "../../../../lib/initiatives/start-schemas";
import { PERSONAL_WORKSPACE } from "../../../../lib/policy/actor";
import { actorFor } from "../world";
import { unique } from "./unique";

export type CreatedInitiative = {
  id: string;
  name: string;
  /** Step ids by template key ("informeer-en-creeer-commitment", …). */
  steps: Record<string, string>;
};

export async function createInitiative(
  db: Db,
  input: {
    /** E-mail of the parent who starts it, in their personal workspace. */
    founder: string;
    gemeenteId: string;
    schoolId?: string;
    name?: string;
    /** Organisations the founder brings in after starting (school, SWV, gemeente, care, …). */
    organisationIds?: string[];
  },
): Promise<CreatedInitiative> {
  const founder = await actorFor(db, input.founder, PERSONAL_WORKSPACE);
  const name = input.name ?? unique("Samen naar School Teststad");
  const { id } = await startInitiative(
    db,
    founder,
    ZStartInitiative.parse({
      name,
      doelgroep: "Zes kinderen met een ernstig meervoudige beperking",
      motivation: "Naar school in de eigen wijk",
      needs: "Een lokaal met verzorgingsruimte en twee begeleiders",
      gemeenteId: input.gemeenteId,
      hostSchoolId: input.schoolId,
    }),
  );
  for (const organisationId of input.organisationIds ?? []) {
    await addOrganisationParticipant(db, founder, { initiativeId: id, organisationId });
    await acceptAsBeheerder(db, id, organisationId);
  }
  const steps = await db.initiativeStep.findMany({ where: { initiativeId: id }, select: { id: true, key: true } });
  return { id, name, steps: Object.fromEntries(steps.map((s) => [s.key, s.id])) };
}

/**
 * Joining is mutual: a beheerder of the organisation accepts the invitation, as in the app. An
 * organisation without a beheerder in the test world is set active directly (nobody could answer).
 */
async function acceptAsBeheerder(db: Db, initiativeId: string, organisationId: string) {
  const participant = await db.initiativeParticipant.findFirstOrThrow({
    where: { initiativeId, organisationId },
    select: { id: true },
  });
  const beheerder = await db.membership.findFirst({
    where: { organisationId, role: "BEHEERDER", user: { active: true } },
    select: { user: { select: { email: true } } },
  });
  if (!beheerder) {
    await db.initiativeParticipant.update({ where: { id: participant.id }, data: { status: "ACTIVE" } });
    return;
  }
  const actor = await actorFor(db, beheerder.user.email, organisationId);
  await decideParticipation(db, actor, { participantId: participant.id, accept: true });
}
