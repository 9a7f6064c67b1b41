// TOTP (RFC 6238) as every authenticator app speaks it: SHA-1, 6 digits, 30-second steps.
// A code is accepted one step either side (clock drift), and never for a step at or before the
// last one accepted for this person: a code seen once cannot be used again.
import { Secret, TOTP } from "otpauth";

export const TOTP_PERIOD_S = 30;
const ISSUER = "Samen naar School";

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpFor(secretBase32: string, label = "") {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: TOTP_PERIOD_S,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secretBase32: string, label: string): string {
  return totpFor(secretBase32, label).toString();
}

export function stepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_S);
}

/** The step the code belongs to, or null when it is wrong or a replay (step ≤ lastUsedStep). */
export function acceptedStep(
  secretBase32: string,
  code: string,
  lastUsedStep: number | null,
  now: Date,
): number | null {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(secretBase32).validate({ token, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = stepAt(now) + delta;
  return lastUsedStep !== null && step <= lastUsedStep ? null : step;
}

/** The current code (the seed's demo script and the tests compute it as an app would). */
export function currentCode(secretBase32: string, now = new Date()): string {
  return totpFor(secretBase32).generate({ timestamp: now.getTime() });
}
