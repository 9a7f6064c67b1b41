// Tokens for e-mailed links (sign-up confirmation, password reset): 256 random bits in the link,
// only their SHA-256 at rest, so a copy of the database holds no working link.
import { createHash, randomBytes } from "node:crypto";

export function newOneTimeToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashOneTimeToken(token) };
}

export function hashOneTimeToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
