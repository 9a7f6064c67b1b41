"use server";
import { authedAction } from "../actions/authed-action";
import { ZChangePassword } from "../auth/identity-schemas";
import { startSession } from "../auth/session-cookie";
import { getDb } from "../db/client";
import { changePassword } from "./change-password";

/** Other sessions end with the old password; this one is issued anew so the person stays in. */
export const changePasswordAction = authedAction(ZChangePassword, async (actor, input) => {
  const user = await changePassword(await getDb(), actor, input);
  await startSession(user, "PASSWORD");
  return { changed: true };
});
