// Erasing a child's record: only a confirmed guardian, in the personal workspace. Everyone else,
// including the school that sees Noor through consent, a parent who works for the care provider
// and a guardian of another child, does not find the child here (404).
import type { Db } from "../../../lib/db/client";
import type { Case, ExtraActor } from "./support";
import { expect_ } from "./support";
import { ID } from "../../support/demo";

const personal = async () => "persoonlijk";

const erasureRows = async (db: Db) => ({
  requests: await db.childErasureRequest.findMany({ orderBy: { id: "asc" } }),
  notifications: await db.notification.count(),
  children: await db.child.findMany({ orderBy: { id: "asc" } }),
});

const noorsGuardianOnly = expect_({ ouder: "ok" }, "NOT_FOUND");
const others: Record<string, ExtraActor> = {
  "ouder.zorg (personal)": { email: "ouder.zorg@demo.test", workspace: personal, expected: "NOT_FOUND" },
  "stichting (Daan's guardian, personal)": { email: "stichting@demo.test", workspace: personal, expected: "NOT_FOUND" },
};

export const entries: Record<string, Case> = {
  "lib/children/erasure/actions.ts#requestErasureAction": {
    input: async () => ({ childId: ID.noor }),
    expected: noorsGuardianOnly,
    rows: erasureRows,
    also: others,
  },
  "lib/children/erasure/actions.ts#cancelErasureAction": {
    // An open request by Noor's guardian to take back.
    input: async (db) => {
      const sanne = await db.user.findUniqueOrThrow({ where: { email: "ouder@demo.test" } });
      const now = new Date();
      const data = {
        requestedById: sanne.id,
        requestedAt: now,
        effectiveAfter: new Date(now.getTime() + 14 * 24 * 60 * 60 * 1000),
        cancelledAt: null,
        cancelledById: null,
      };
      await db.childErasureRequest.upsert({
        where: { childId: ID.noor },
        create: { childId: ID.noor, ...data },
        update: data,
      });
      return { childId: ID.noor };
    },
    expected: noorsGuardianOnly,
    rows: erasureRows,
    also: others,
  },
};
