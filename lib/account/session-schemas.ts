// What the session forms post, importable by the browser (the forms validate with these too).
import { z } from "zod";

/** A session's handle as the account page lists it (lib/account/session-list.ts). */
export const ZRevokeSession = z.object({ session: z.string().min(1).max(64) });

/** `terug`: the page to return to; the server keeps only a path on this site. */
export const ZReauthenticate = z.object({
  password: z.string().min(1, { error: "required" }).max(200, { error: "passwordTooLong" }),
  terug: z.string().max(512).optional(),
});

export const ZReauthenticationLink = z.object({ terug: z.string().max(512).optional() });
