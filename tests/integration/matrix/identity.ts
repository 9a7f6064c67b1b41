// Sign-up, password reset and password change. Sign-up and reset are open to everyone (signed in
// or not) and answer every address alike; asking writes no audit event (only a pending request or
// a reset link), using a link does. Changing a password needs a session and the current password.
import { newOneTimeToken } from "../../../lib/auth/one-time-token";
import type { Db } from "../../../lib/db/client";
import type { Case } from "./support";
import { expect_ } from "./support";

const STRONG = "vlinders-boven-de-moestuin";
const everyone = expect_({ anoniem: "ok" }, "ok");

async function openSignUp(db: Db) {
  const { token, tokenHash } = newOneTimeToken();
  await db.signUpRequest.create({
    data: {
      email: `nieuw.${crypto.randomUUID()}@voorbeeld.nl`,
      name: "Nieuwe Ouder",
      passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$bm90LWEtcmVhbC1zYWx0$bm90LWEtcmVhbC1oYXNoLWJ1dC1maW5lLWhlcmU",
      tokenHash,
      expiresAt: new Date(Date.now() + 60 * 60_000),
    },
  });
  return { token };
}

async function openReset(db: Db) {
  const { token, tokenHash } = newOneTimeToken();
  const user = await db.user.findUniqueOrThrow({ where: { email: "stichting@demo.test" }, select: { id: true } });
  await db.passwordResetToken.create({
    data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + 30 * 60_000) },
  });
  return { token, password: STRONG };
}

export const entries: Record<string, Case> = {
  "lib/auth/sign-up-actions.ts#signUpAction": {
    input: async () => ({ name: "Nieuwe Ouder", email: `nieuw.${crypto.randomUUID()}@voorbeeld.nl`, password: STRONG }),
    expected: everyone,
    readOnly: true,
  },
  "lib/auth/sign-up-actions.ts#confirmSignUpAction": { input: openSignUp, expected: everyone },
  "lib/auth/password-reset-actions.ts#requestPasswordResetAction": {
    input: async () => ({ email: "stichting@demo.test" }),
    expected: everyone,
    readOnly: true,
  },
  "lib/auth/password-reset-actions.ts#resetPasswordAction": { input: openReset, expected: everyone },
  "lib/account/password-actions.ts#changePasswordAction": {
    input: async () => ({ currentPassword: "Samen-naar-school-2026", newPassword: STRONG }),
    expected: expect_({}, "ok"),
    rows: (db) =>
      db.user.findMany({ select: { id: true, passwordHash: true, sessions: { select: { id: true, endedAt: true } } } }),
  },
};
