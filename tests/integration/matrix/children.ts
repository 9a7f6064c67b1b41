// Children's details: adding a child (parents of the initiative, in the personal workspace),
// and a guardian's edits of a child and its care. A child one may not see does not exist (404);
// one seen through consent may not be changed (403).
import type { Db } from "../../../lib/db/client";
import { childRowsSnapshot } from "../support/children-fixtures";
import type { Case } from "./support";
import { expect_ } from "./support";
import { ID } from "../../support/demo";

// Only a parent of the initiative adds a child; everyone else who sees Breda may not (403).
const parentsOfBreda = expect_({ ouder: "ok", gemeenteAlkmaar: "NOT_FOUND" }, "FORBIDDEN");
// Noor: her guardian changes her; De Vlinderboom sees her through consent (403); the rest do not see her (404).
const noorsGuardian = expect_({ ouder: "ok", school: "FORBIDDEN", leerkracht: "FORBIDDEN" }, "NOT_FOUND");

const noorCare = (db: Db) =>
  db.childCare.findFirstOrThrow({ where: { childId: ID.noor }, orderBy: { createdAt: "asc" } });

export const entries: Record<string, Case> = {
  "lib/children/actions.ts#addChildAction": {
    input: async () => ({ initiativeId: ID.breda, displayName: "Sem", birthYear: "2019" }),
    expected: parentsOfBreda,
    rows: childRowsSnapshot,
  },
  "lib/children/actions.ts#updateChildAction": {
    input: async (db) => {
      const child = await db.child.findUniqueOrThrow({ where: { id: ID.noor } });
      return {
        childId: child.id,
        version: String(child.version),
        displayName: "Noor",
        birthYear: "2018",
        tlvStatus: "AFGEWEZEN",
        oppPresent: "on",
      };
    },
    expected: noorsGuardian,
    rows: childRowsSnapshot,
  },
  "lib/children/actions.ts#saveCareAction": {
    input: async (db) => {
      const care = await noorCare(db);
      return {
        childId: care.childId,
        careId: care.id,
        version: String(care.version),
        fundingStream: "WLZ",
        status: "TOEGEKEND",
        hoursPerWeek: "14,5",
        budgetPerYear: "26.000,00",
        providerOrganisationId: ID.kinderzorgBaronie,
      };
    },
    expected: noorsGuardian,
    rows: childRowsSnapshot,
  },
  "lib/children/actions.ts#removeCareAction": {
    input: async (db) => {
      const care = await noorCare(db);
      return { childId: care.childId, careId: care.id, version: String(care.version) };
    },
    expected: noorsGuardian,
    rows: childRowsSnapshot,
  },
};
