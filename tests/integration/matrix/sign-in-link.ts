// Asking for a sign-in link: public, and the same answer for everyone and every address (known
// or not), so nobody learns which addresses have an account. No audit event: nothing changes
// but the request throttle.
import type { Case } from "./support";
import { expect_ } from "./support";

export const entries: Record<string, Case> = {
  "lib/auth/sign-in-link-actions.ts#requestSignInLinkAction": {
    input: async () => ({ email: `onbekend.${crypto.randomUUID()}@demo.test` }),
    expected: expect_({ anoniem: "ok" }, "ok"),
    readOnly: true,
  },
};
