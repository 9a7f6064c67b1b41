import { createHash, randomBytes } from "node:crypto";

export const INVITATION_VALID_DAYS = 7;

export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

/** Only the hash is stored, so a database leak does not hand out working invitation links. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
