// Mutual joining: answering an invitation (a beheerder of the invited organisation only) and
// taking a party out (the founder, or a beheerder of a participating organisation).
import type { Db } from "../../../lib/db/client";
import type { Case } from "./support";
import { expect_, VLINDERBOOM } from "./support";
import { ID } from "../../support/demo";

const ZORGKANTOOR = ID.zorgkantoorWestBrabant;

/** De Vlinderboom invited to the Alkmaar initiative, where it does not take part yet. */
async function vlinderboomInvitedToAlkmaar(db: Db) {
  const invitedBy = await db.user.findUniqueOrThrow({ where: { email: "ouder.alkmaar@demo.test" } });
  const row = await db.initiativeParticipant.upsert({
    where: { initiativeId_organisationId: { initiativeId: ID.alkmaar, organisationId: VLINDERBOOM } },
    create: {
      initiativeId: ID.alkmaar,
      organisationId: VLINDERBOOM,
      role: "SCHOOL",
      status: "INVITED",
      invitedById: invitedBy.id,
    },
    update: { status: "INVITED", decidedById: null, decidedAt: null },
  });
  return { participantId: row.id };
}

const invitationRows = (db: Db) =>
  db.initiativeParticipant.findMany({
    where: { initiativeId: ID.alkmaar },
    orderBy: { id: "asc" },
    select: { id: true, status: true, decidedById: true, decidedAt: true },
  });

// Only De Vlinderboom's own people see the invitation; its medewerker may not answer it.
const vlinderboomDecides = expect_({ school: "ok", leerkracht: "FORBIDDEN" }, "NOT_FOUND");

export const entries: Record<string, Case> = {
  "lib/initiatives/joining-actions.ts#acceptParticipationAction": {
    input: vlinderboomInvitedToAlkmaar,
    expected: vlinderboomDecides,
    rows: invitationRows,
  },
  "lib/initiatives/joining-actions.ts#declineParticipationAction": {
    input: vlinderboomInvitedToAlkmaar,
    expected: vlinderboomDecides,
    rows: invitationRows,
  },
  "lib/initiatives/joining-actions.ts#removeParticipantAction": {
    input: async (db) => {
      const row = await db.initiativeParticipant.findFirstOrThrow({
        where: { initiativeId: ID.breda, organisationId: ZORGKANTOOR },
      });
      return { initiativeId: ID.breda, participantId: row.id };
    },
    // The founding parent and beheerders of participating organisations; a medewerker or reader
    // of one, and the steunpunt that only oversees, see it but may not (403).
    expected: expect_(
      { leerkracht: "FORBIDDEN", swvLezer: "FORBIDDEN", steunpunt: "FORBIDDEN", gemeenteAlkmaar: "NOT_FOUND" },
      "ok",
    ),
    rows: async (db) => ({
      participants: await db.initiativeParticipant.findMany({
        where: { initiativeId: ID.breda },
        orderBy: { id: "asc" },
        select: { id: true, status: true, decidedById: true },
      }),
      consents: await db.childConsent.findMany({
        where: { child: { initiativeId: ID.breda } },
        orderBy: { id: "asc" },
        select: { id: true, withdrawnAt: true },
      }),
      gemeenten: await db.initiativeGemeente.findMany({ where: { initiativeId: ID.breda } }),
    }),
  },
};
