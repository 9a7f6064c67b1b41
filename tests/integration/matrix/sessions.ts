// One's own sessions and confirming one's password (lib/account/session-actions.ts).
import { openSession } from "../../../lib/auth/server-sessions";
import { sessionHandle } from "../../../lib/account/session-list";
import { resetAppConfig } from "../../../lib/config/app-config";
import type { Case } from "./support";
import { ACCOUNTS, expect_ } from "./support";

export const entries: Record<string, Case> = {
  "lib/account/session-actions.ts#revokeSessionAction": {
    // A session of the school's beheerder: only that person may end it; for anyone else it does not exist.
    input: async (db) => {
      const user = await db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.school } });
      const id = await openSession(db, user.id, "PASSWORD", { clientAddress: "192.0.2.1", userAgent: null });
      return { session: sessionHandle(id) };
    },
    expected: expect_({ school: "ok" }, "NOT_FOUND"),
    rows: (db) => db.session.findMany({ where: { endedAt: { not: null } }, select: { id: true } }),
  },
  "lib/account/session-actions.ts#reauthenticateAction": {
    // Everyone signed in may confirm their own password in their own session (the matrix acts as
    // freshly signed-in browsers); without a session there is nothing to confirm.
    input: async () => ({ password: "Samen-naar-school-2026", terug: "/account" }),
    expected: expect_({}, "ok"),
    rows: (db) => db.session.findMany({ where: { reauthenticatedAt: { not: null } }, select: { id: true } }),
  },
  "lib/account/session-actions.ts#requestReauthenticationLinkAction": {
    // Anyone signed in may have a link mailed to their own address; it changes nothing until used.
    input: async () => {
      process.env.NEXTAUTH_SECRET ??= "authorization-matrix-secret";
      resetAppConfig();
      return { terug: "/account" };
    },
    expected: expect_({}, "ok"),
    readOnly: true,
  },
};
