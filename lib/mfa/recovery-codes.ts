// Ten one-time recovery codes, for a lost phone. Shown once; stored as SHA-256 hashes (the codes
// carry 50 random bits, so a fast hash suffices); each works once.
import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "../db/create-client";
import { clock } from "../time/clock";

export const RECOVERY_CODE_COUNT = 10;
// 32 characters (5 bits each, no modulo bias); no o, 1, l or i: read off paper.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz023456789";

function randomCode(): string {
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]);
  return `${chars.slice(0, 5).join("")}-${chars.slice(5).join("")}`;
}

export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(normaliseRecoveryCode(code)).digest("hex");
}

export function normaliseRecoveryCode(code: string): string {
  const plain = code.toLowerCase().replace(/[^a-z0-9]/g, "");
  return plain.length === 10 ? `${plain.slice(0, 5)}-${plain.slice(5)}` : plain;
}

export function looksLikeRecoveryCode(code: string): boolean {
  return /^[a-z0-9]{5}-[a-z0-9]{5}$/.test(normaliseRecoveryCode(code));
}

/** Replaces the person's codes with ten new ones and returns them (the only time they are readable). */
export async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, randomCode);
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((c) => ({ userId, codeHash: hashRecoveryCode(c) })) });
  return codes;
}

/** Uses up one code: true only for an unused code of this person (a second use finds none). */
export async function consumeRecoveryCode(tx: Tx, userId: string, code: string, now = clock.now()) {
  const { count } = await tx.recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: now },
  });
  return count === 1;
}
