import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { recordAccess } from "../access-log/record-access";
import { authSecret } from "../config/app-config";
import { getDb } from "../db/client";
import { checkCredentials, ZCredentials } from "./credentials";
import { originFrom, requestOrigin } from "../access-log/client-address";
import { signInLinkAdapter } from "./sign-in-link-adapter";
import { sendSignInLinkMail } from "./sign-in-link-mail";
import { mayRequestSignInLink } from "./sign-in-link-request";
import { endSession, openSession, SESSION_ABSOLUTE_MS } from "./server-sessions";

export const SIGN_IN_LINK_MAX_AGE_S = 15 * 60;
export const SESSION_MAX_AGE_S = SESSION_ABSOLUTE_MS / 1000;
/** Error codes the sign-in form shows as "too many attempts" and "use a sign-in link". */
export const THROTTLED = "TooManyAttempts";
/** Error code for a sign-in that failed for the server's reasons (the database is unreachable). */
export const SIGN_IN_UNAVAILABLE = "SignInUnavailable";
export const LINK_REQUIRED = "SignInLinkRequired";

export const authOptions: NextAuthOptions = {
  // Read when next-auth first needs it, not at import: builds, scripts and tests that sign
  // nobody in need no secret. next-auth assigns a fallback when this reads undefined (embedded
  // database without a secret); the configuration stays the one source, so that is ignored.
  get secret() {
    return authSecret();
  },
  set secret(_fallback: string | undefined) {},
  adapter: signInLinkAdapter(getDb),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/inloggen", verifyRequest: "/inloggen/link-verstuurd", error: "/inloggen" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw, req) {
        const parsed = ZCredentials.safeParse(raw);
        if (!parsed.success) return null;
        let user: Awaited<ReturnType<typeof checkCredentials>>;
        try {
          user = await checkCredentials(parsed.data, originFrom(req?.headers));
        } catch (error) {
          // next-auth puts a thrown error's message in the redirect URL: during a database outage
          // that was the driver's text with host and port. Log it; the browser gets a code.
          console.error("sign-in failed", error);
          throw new Error(SIGN_IN_UNAVAILABLE);
        }
        if (user === "throttled") throw new Error(THROTTLED);
        if (user === "link-required") throw new Error(LINK_REQUIRED);
        return user;
      },
    }),
    EmailProvider({
      maxAge: SIGN_IN_LINK_MAX_AGE_S,
      sendVerificationRequest: sendSignInLinkMail,
    }),
  ],
  callbacks: {
    async signIn({ user, account, email }) {
      if (account?.provider !== "email") return true;
      if (!email?.verificationRequest) {
        // A sign-in link was used (the adapter checked its token): that is a sign-in.
        await recordAccess(
          await getDb(),
          { userId: user.id, name: user.name ?? "" },
          {
            action: "SIGN_IN",
            subjectType: "ACCOUNT",
            subjectId: user.id,
          },
        );
        return true;
      }
      // Requesting a link: the same answer whether or not the address has an account.
      const allowed = await mayRequestSignInLink(
        await getDb(),
        (user.email ?? "").toLowerCase(),
        (await requestOrigin()).clientAddress,
      );
      return allowed ? true : "/inloggen/link-verstuurd";
    },
    async jwt({ token, user, account }) {
      // Signing in (next-auth calls this with the user once): open the server-side session.
      if (user) {
        const method = account?.provider === "email" ? "LINK" : "PASSWORD";
        token.uid = user.id;
        token.sid = await openSession(await getDb(), user.id, method, await requestOrigin());
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, uid: token.uid as string | undefined, sid: token.sid as string | undefined };
    },
  },
  events: {
    // next-auth's sign-out only clears the cookie: end the row, so a copied cookie is dead too.
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endSession(await getDb(), token.sid, "SIGNED_OUT");
    },
  },
};
