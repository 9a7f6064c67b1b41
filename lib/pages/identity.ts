import "server-only";
import { findOpenPasswordReset } from "../auth/password-reset";
import { findOpenSignUp } from "../auth/sign-up";
import { getDb } from "../db/client";

/** The address a sign-up link confirms; null when the link is unknown, used or expired. */
export async function loadSignUpConfirmation(token: string): Promise<{ email: string } | null> {
  const open = await findOpenSignUp(await getDb(), token);
  return open ? { email: open.email } : null;
}

/** The account a reset link is for; null when the link is unknown, used or expired. */
export async function loadPasswordReset(token: string): Promise<{ email: string } | null> {
  return findOpenPasswordReset(await getDb(), token);
}
