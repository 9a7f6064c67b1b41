// Starting initiatives, participants, steps, decisions and phase moves.
import type { Case } from "./support";
import { bredaEditors, bredaVersion, starters } from "./support";
import { ID } from "../../support/demo";

export const entries: Record<string, Case> = {
  "lib/initiatives/actions.ts#startInitiativeAction": {
    input: async () => ({
      name: "Samen naar School Noord",
      doelgroep: "Vier kinderen met EMB",
      motivation: "Naar school in de eigen wijk",
      needs: "Een lokaal en begeleiders",
      gemeenteId: ID.gemeenteBreda,
    }),
    expected: starters,
  },
  "lib/initiatives/actions.ts#placeOptionsAction": {
    input: async () => ({ gemeenteId: ID.gemeenteBreda }),
    expected: starters,
    readOnly: true,
  },
  "lib/initiatives/actions.ts#addOrganisationAction": {
    input: async () => ({ initiativeId: ID.breda, organisationId: ID.klimop }),
    expected: bredaEditors,
  },
  "lib/initiatives/actions.ts#requestSupportAction": {
    input: async () => ({ initiativeId: ID.breda, request: "Hoe regelen we het leerlingenvervoer voor de groep?" }),
    expected: bredaEditors,
  },
  "lib/initiatives/actions.ts#withdrawSupportAction": {
    input: async () => ({ initiativeId: ID.breda }),
    expected: bredaEditors,
  },
  "lib/initiatives/actions.ts#inviteParentAction": {
    input: async () => ({ initiativeId: ID.breda, email: "nieuwe.ouder@demo.test" }),
    expected: bredaEditors,
  },
  "lib/stappenplan/actions.ts#updateStepAction": {
    input: async (db) => {
      const step = await db.initiativeStep.findFirstOrThrow({
        where: { initiativeId: ID.breda, key: "onderwijsbehoeften-in-kaart" },
      });
      return {
        initiativeId: ID.breda,
        stepId: step.id,
        version: String(step.version),
        status: "BEZIG",
        owner: "",
        dueDate: "2027-01-15",
        notes: "Gesprekken met ouders gepland",
      };
    },
    expected: bredaEditors,
  },
  "lib/stappenplan/actions.ts#previewDecisionAction": {
    input: async () => ({ initiativeId: ID.breda, kind: "SCENARIO", value: "SCENARIO_2" }),
    expected: bredaEditors,
    readOnly: true,
  },
  "lib/stappenplan/actions.ts#decideAction": {
    input: async (db) => ({
      initiativeId: ID.breda,
      version: await bredaVersion(db),
      kind: "SCENARIO",
      value: "SCENARIO_2",
      reason: "Er is een SO-school die een nevenvestiging wil",
    }),
    expected: bredaEditors,
  },
  "lib/stappenplan/actions.ts#advancePhaseAction": {
    input: async (db) => ({
      initiativeId: ID.breda,
      version: await bredaVersion(db),
      override: "on",
      reason: "Het bestuurlijk gesprek is al gepland",
    }),
    expected: bredaEditors,
  },
};
