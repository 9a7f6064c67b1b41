import { ZCredentials } from "./credentials-schema";

/** The address a sign-in link goes to: the password form's own e-mail field (lower-cased). */
export const ZSignInLink = ZCredentials.pick({ email: true });
