// What the sign-up and password forms post, importable by the browser (the forms validate with
// these too). The password's full policy needs dictionaries and the person: the server checks it.
import { z } from "zod";
import { ZCredentials } from "./credentials-schema";
import { ZNewPassword } from "./password-schema";

/** The token of an e-mailed link, posted back from the page the link opened. */
export const ZLinkToken = z.string().trim().min(20, { error: "invalid" }).max(100, { error: "invalid" });

export const ZSignUp = z.object({
  name: z.string().trim().min(1, { error: "required" }).max(120, { error: "tooLong" }),
  email: ZCredentials.shape.email,
  password: ZNewPassword,
});

export const ZConfirmSignUp = z.object({ token: ZLinkToken });

export const ZRequestPasswordReset = ZCredentials.pick({ email: true });

export const ZResetPassword = z.object({ token: ZLinkToken, password: ZNewPassword });

export const ZChangePassword = z.object({
  currentPassword: z.string().min(1, { error: "required" }).max(200, { error: "passwordTooLong" }),
  newPassword: ZNewPassword,
});
