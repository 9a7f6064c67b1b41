"use server";
// Asking for a reset link and using it: plain form posts, open to people without a session.
// Every address gets the same answer; the mail goes out after it.
import { redirectOnFormSuccess } from "../actions/redirect-on-success";
import { getDb } from "../db/client";
import { afterAnswer } from "./after-answer";
import { sendPasswordResetMail } from "./identity-mails";
import { ZRequestPasswordReset, ZResetPassword } from "./identity-schemas";
import { requestPasswordReset, resetPassword } from "./password-reset";
import { publicAction } from "./public-action";

export const requestPasswordResetAction = redirectOnFormSuccess(
  publicAction(
    ZRequestPasswordReset,
    async ({ email }) => {
      const mail = await requestPasswordReset(await getDb(), email);
      if (mail) await afterAnswer(() => sendPasswordResetMail(mail));
      return null;
    },
    "unexpected",
  ),
  () => "/wachtwoord-vergeten/verstuurd",
);

/** Every session of the account has ended, so the person signs in again with the new password. */
export const resetPasswordAction = redirectOnFormSuccess(
  publicAction(ZResetPassword, async (input) => resetPassword(await getDb(), input), "passwordReset.linkInvalid"),
  () => "/inloggen?hersteld=1",
);
