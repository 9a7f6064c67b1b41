// Setting up an authenticator app: a secret is made (and kept, encrypted, until confirmed), the
// person scans it and gives one code; then it is on, ten recovery codes are shown once, and the
// session that enrolled counts as verified.
import type { Db, Tx } from "../db/create-client";
import { recordAudit } from "../audit/record-audit";
import { clock } from "../time/clock";
import { replaceRecoveryCodes } from "./recovery-codes";
import { open, seal } from "./secret-box";
import { acceptedStep, newTotpSecret, totpUri } from "./totp";
import { countFailure, markSessionVerified, type CodeResult } from "./verification";

export interface PendingEnrolment {
  secret: string;
  uri: string;
}

/**
 * The unconfirmed secret for this person, made on first call and kept (a reload shows the same
 * QR code). Null when an app is already confirmed: changing it needs a reset first.
 */
export async function pendingEnrolment(db: Tx, userId: string, email: string): Promise<PendingEnrolment | null> {
  const existing = await db.totpSecret.findUnique({ where: { userId } });
  if (existing?.confirmedAt) return null;
  let secret: string;
  if (existing) secret = open(existing.secretEncrypted);
  else {
    secret = newTotpSecret();
    // createMany + skipDuplicates: two tabs opening the page at once keep one secret.
    await db.totpSecret.createMany({ data: [{ userId, secretEncrypted: seal(secret) }], skipDuplicates: true });
    const stored = await db.totpSecret.findUniqueOrThrow({ where: { userId } });
    secret = open(stored.secretEncrypted);
  }
  return { secret, uri: totpUri(secret, email) };
}

export type EnrolResult = { ok: true; recoveryCodes: string[] } | Extract<CodeResult, { ok: false }>;

/** Confirms the app with a code from it; on success the session is verified and codes are returned. */
export async function confirmEnrolment(
  db: Db,
  userId: string,
  sessionId: string,
  code: string,
  now = clock.now(),
): Promise<EnrolResult> {
  return db.$transaction(async (tx) => {
    const row = await tx.totpSecret.findUnique({ where: { userId } });
    if (!row || row.confirmedAt) return { ok: false, reason: "not-pending" } as const;
    const step = acceptedStep(open(row.secretEncrypted), code, row.lastUsedStep, now);
    if (step === null) return countFailure(tx, sessionId, now);
    const { count } = await tx.totpSecret.updateMany({
      where: { userId, confirmedAt: null },
      data: { confirmedAt: now, lastUsedStep: step },
    });
    if (count !== 1) return { ok: false, reason: "not-pending" } as const;
    const recoveryCodes = await replaceRecoveryCodes(tx, userId);
    await markSessionVerified(tx, sessionId, "TOTP", now);
    await recordAudit(
      tx,
      { userId, organisationId: null },
      { action: "second_factor.enrolled", entityType: "User", entityId: userId, summary: { method: "TOTP" } },
    );
    return { ok: true, recoveryCodes };
  });
}
