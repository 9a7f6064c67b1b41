// Saving an item of the randvoorwaarden checklist.
import type { Case } from "./support";
import { bredaEditors } from "./support";
import { ID } from "../../support/demo";

export const entries: Record<string, Case> = {
  "lib/randvoorwaarden/actions.ts#updateConditionAction": {
    input: async (db) => {
      const row = await db.initiativeCondition.findUnique({
        where: { initiativeId_key: { initiativeId: ID.breda, key: "schoolgids-en-website" } },
      });
      return {
        initiativeId: ID.breda,
        key: "schoolgids-en-website",
        version: String(row?.version ?? 0),
        status: "GEREGELD",
        evidence: "Pagina ‘Samen naar School’ op de website en §4 van de schoolgids",
      };
    },
    expected: bredaEditors,
  },
};
