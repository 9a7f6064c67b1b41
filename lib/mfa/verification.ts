// The second step of signing in: a code from the authenticator app, or one recovery code.
// Wrong codes count per session; the fifth ends the session (back to the sign-in form), so
// guessing 6 digits is not an option. A code of a step already used is refused (replay).
import type { Db, Tx } from "../db/create-client";
import { recordAudit } from "../audit/record-audit";
import { endSession } from "../auth/server-sessions";
import { clock } from "../time/clock";
import { consumeRecoveryCode, looksLikeRecoveryCode } from "./recovery-codes";
import { open } from "./secret-box";
import { acceptedStep } from "./totp";

export const MAX_CODE_FAILURES = 5;

export type CodeResult =
  | { ok: true; method: "TOTP" | "RECOVERY_CODE" }
  | { ok: false; reason: "wrong-code"; attemptsLeft: number }
  | { ok: false; reason: "too-many" | "not-pending" };

export async function markSessionVerified(tx: Tx, sessionId: string, method: "TOTP" | "RECOVERY_CODE", now: Date) {
  await tx.session.updateMany({
    where: { id: sessionId, endedAt: null },
    data: { secondFactorAt: now, secondFactorMethod: method, secondFactorFailures: 0 },
  });
}

export async function countFailure(tx: Tx, sessionId: string, now: Date): Promise<Extract<CodeResult, { ok: false }>> {
  const session = await tx.session.update({
    where: { id: sessionId },
    data: { secondFactorFailures: { increment: 1 } },
    select: { secondFactorFailures: true },
  });
  if (session.secondFactorFailures >= MAX_CODE_FAILURES) {
    await endSession(tx, sessionId, "SECOND_FACTOR_FAILED", now);
    return { ok: false, reason: "too-many" };
  }
  return { ok: false, reason: "wrong-code", attemptsLeft: MAX_CODE_FAILURES - session.secondFactorFailures };
}

export async function verifySecondFactor(
  db: Db,
  userId: string,
  sessionId: string,
  code: string,
  now = clock.now(),
): Promise<CodeResult> {
  const result = await db.$transaction(async (tx): Promise<CodeResult> => {
    const row = await tx.totpSecret.findUnique({ where: { userId } });
    if (!row?.confirmedAt) return { ok: false, reason: "not-pending" };
    if (looksLikeRecoveryCode(code)) {
      if (!(await consumeRecoveryCode(tx, userId, code, now))) return countFailure(tx, sessionId, now);
      await markSessionVerified(tx, sessionId, "RECOVERY_CODE", now);
      await recordAudit(
        tx,
        { userId, organisationId: null },
        { action: "second_factor.recovery_code_used", entityType: "User", entityId: userId, summary: {} },
      );
      return { ok: true, method: "RECOVERY_CODE" };
    }
    const step = acceptedStep(open(row.secretEncrypted), code, row.lastUsedStep, now);
    if (step === null) return countFailure(tx, sessionId, now);
    // The step only moves forward: of two requests with the same code, one wins.
    const { count } = await tx.totpSecret.updateMany({
      where: { userId, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: step } }] },
      data: { lastUsedStep: step },
    });
    if (count !== 1) return countFailure(tx, sessionId, now);
    await markSessionVerified(tx, sessionId, "TOTP", now);
    return { ok: true, method: "TOTP" };
  });
  return result;
}
