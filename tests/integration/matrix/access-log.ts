// The access log: naming the organisation's privacy officer.
import type { Case } from "./support";
import { leerkrachtMembership, VLINDERBOOM, vlinderboomOnly } from "./support";

export const entries: Record<string, Case> = {
  "lib/access-log/actions.ts#namePrivacyOfficerAction": {
    input: async (db) => ({ membershipId: (await leerkrachtMembership(db)).id }),
    expected: vlinderboomOnly,
    rows: (db) =>
      db.membership.findMany({
        where: { organisationId: VLINDERBOOM },
        select: { id: true, privacyOfficer: true, version: true },
        orderBy: { id: "asc" },
      }),
  },
};
