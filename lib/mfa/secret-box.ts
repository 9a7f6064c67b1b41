// Encrypts TOTP secrets at rest (AES-256-GCM) with a key derived from the app secret, so a copy
// of the database alone does not give anyone a member's codes. Without a configured secret
// (embedded database, tests) a fixed development key is used: that database holds demo data.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "../config/app-config";

const DEVELOPMENT_SECRET = "samen-naar-school-embedded-development-only";

function key(): Buffer {
  const secret = authSecret() ?? DEVELOPMENT_SECRET;
  return Buffer.from(hkdfSync("sha256", secret, "sns-second-factor", "totp-secret-v1", 32));
}

/** "v1.<iv>.<tag>.<ciphertext>", base64url parts. */
export function seal(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), data]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

export function open(sealed: string): string {
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || data === undefined) throw new Error("unknown sealed format");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}
