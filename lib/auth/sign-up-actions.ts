"use server";
// Signing up and confirming the address: plain form posts (they work without JavaScript), open
// to people without a session. Mails go out after the answer, which is the same for every address.
import { cookies } from "next/headers";
import { redirectOnFormSuccess } from "../actions/redirect-on-success";
import { getDb } from "../db/client";
import { LOCALE_COOKIE, toLocale } from "../i18n/config";
import { afterAnswer } from "./after-answer";
import { sendSignUpMail } from "./identity-mails";
import { ZConfirmSignUp, ZSignUp } from "./identity-schemas";
import { publicAction } from "./public-action";
import { startSession } from "./session-cookie";
import { confirmSignUp, requestSignUp } from "./sign-up";

export const signUpAction = redirectOnFormSuccess(
  publicAction(
    ZSignUp,
    async (input) => {
      const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
      const mail = await requestSignUp(await getDb(), input, locale);
      if (mail) await afterAnswer(() => sendSignUpMail(mail));
      return null;
    },
    "unexpected",
  ),
  () => "/registreren/verstuurd",
);

/** The confirmed parent is signed in and continues where a parent starts an initiative. */
export const confirmSignUpAction = redirectOnFormSuccess(
  publicAction(
    ZConfirmSignUp,
    async ({ token }) => {
      const user = await confirmSignUp(await getDb(), token);
      await startSession(user, "VERIFIED_EMAIL");
      return { userId: user.id };
    },
    "signUp.linkInvalid",
  ),
  () => "/initiatieven/nieuw",
);
