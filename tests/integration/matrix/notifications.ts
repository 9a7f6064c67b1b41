// The inbox and e-mail preferences: each user acts on their own notifications only.
import type { Db } from "../../../lib/db/client";
import type { Case } from "./support";
import { expect_ } from "./support";

async function notificationForOuder(db: Db) {
  const ouder = await db.user.findUniqueOrThrow({ where: { email: "ouder@demo.test" } });
  const n = await db.notification.create({
    data: { userId: ouder.id, kind: "PHASE_CHANGED", message: { key: "phaseChanged", values: {} }, link: "/" },
  });
  return { notificationId: n.id };
}

export const entries: Record<string, Case> = {
  // Marking read changes only the reader's own read-state: no audit event, like reading itself.
  "lib/notifications/actions.ts#markReadAction": {
    input: notificationForOuder,
    expected: expect_({ ouder: "ok" }, "NOT_FOUND"),
    readOnly: true,
  },
  "lib/notifications/actions.ts#markAllReadAction": {
    input: async () => ({}),
    expected: expect_({}, "ok"),
    readOnly: true,
  },
  "lib/notifications/actions.ts#setEmailPreferencesAction": {
    input: async () => ({
      TASK_ASSIGNED: "IMMEDIATE",
      STEP_ACTION: "DAILY",
      MENTION: "IMMEDIATE",
      PHASE_CHANGED: "OFF",
      ARRANGEMENT_ACTION: "IMMEDIATE",
      ARRANGEMENT_PROGRESS: "DAILY",
    }),
    expected: expect_({}, "ok"),
  },
};
