// Symmetric encryption for what the app must read back but nobody may read in the database or
// a backup: an organisation's OIDC client secret, and the short-lived SSO flow cookie. The key
// is derived (HKDF) from the app secret with a purpose label, so each use has its own key and
// rotating NEXTAUTH_SECRET makes old ciphertexts unreadable (beheerders then enter the secret again).
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret, ConfigError } from "../config/app-config";

export type SecretPurpose = "sso-client-secret" | "sso-flow";

function keyFor(purpose: SecretPurpose): Buffer {
  const secret = authSecret();
  if (!secret) throw new ConfigError("NEXTAUTH_SECRET is needed to encrypt SSO secrets.");
  return Buffer.from(hkdfSync("sha256", secret, "samen-naar-school", purpose, 32));
}

/** "v1.<iv>.<tag>.<ciphertext>", base64url parts; AES-256-GCM with a random 96-bit IV. */
export function seal(plain: string, purpose: SecretPurpose): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(purpose), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** The plain text, or null when the value was tampered with, sealed for another purpose or with another key. */
export function open(sealed: string, purpose: SecretPurpose): string | null {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || body === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFor(purpose), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    return null;
  }
}
