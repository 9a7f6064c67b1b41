// Two-step verification (decision 0018). The code actions act on the caller's own session, which
// in-process actors do not have: everyone is unauthenticated here, and the flows themselves are
// tested in tests/integration/second-factor.test.ts. Resetting a member's second factor is for
// the beheerder of the member's own organisation only.
import type { Case } from "./support";
import { expect_, leerkrachtMembership, vlinderboomOnly } from "./support";

const noSession = expect_({}, "UNAUTHENTICATED");

export const entries: Record<string, Case> = {
  "lib/mfa/actions.ts#verifySecondFactorAction": {
    input: async () => ({ code: "123456" }),
    expected: noSession,
    readOnly: true,
  },
  "lib/mfa/actions.ts#confirmEnrolmentAction": {
    input: async () => ({ code: "123456" }),
    expected: noSession,
    readOnly: true,
  },
  "lib/mfa/actions.ts#resetSecondFactorAction": {
    input: async (db) => ({ membershipId: (await leerkrachtMembership(db)).id }),
    expected: vlinderboomOnly,
    rows: async (db) => {
      const m = await leerkrachtMembership(db);
      return {
        totp: await db.totpSecret.findUnique({ where: { userId: m.userId } }),
        sessions: await db.session.findMany({ where: { userId: m.userId }, orderBy: { id: "asc" } }),
      };
    },
  },
};
