import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { authSecret } from "../config/app-config";
import { getDb } from "../db/client";
import { translatorFor } from "../i18n/translator";
import { mailWithLink } from "../mail/layout";
import { sendMail } from "../mail/transport";
import { checkCredentials, ZCredentials } from "./credentials";
import { clientAddress, isLoginThrottled, recordLoginAttempt } from "./rate-limit";
import { signInLinkAdapter } from "./sign-in-link-adapter";

export const SIGN_IN_LINK_MAX_AGE_S = 15 * 60;
export const SESSION_MAX_AGE_S = 12 * 60 * 60;
/** Error code the sign-in form shows as "too many attempts". */
export const THROTTLED = "TooManyAttempts";

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
        const user = await checkCredentials(parsed.data, clientAddress(req?.headers));
        if (user === "throttled") throw new Error(THROTTLED);
        return user;
      },
    }),
    EmailProvider({
      maxAge: SIGN_IN_LINK_MAX_AGE_S,
      async sendVerificationRequest({ identifier, url }) {
        const db = await getDb();
        const user = await db.user.findUnique({ where: { email: identifier.toLowerCase() } });
        if (!user?.active) return;
        const t = translatorFor(user.locale, "mail.signInLink");
        await sendMail({
          to: identifier,
          subject: t("subject"),
          ...mailWithLink({
            heading: t("heading", { name: user.name }),
            body: t("body"),
            linkLabel: t("button"),
            url,
            footer: t("footer"),
          }),
        });
      },
    }),
  ],
  callbacks: {
    async signIn({ user, account, email }) {
      if (account?.provider !== "email" || !email?.verificationRequest) return true;
      // Requesting a link: the same answer whether or not the address has an account.
      const db = await getDb();
      const address = (user.email ?? "").toLowerCase();
      const known = await db.user.findUnique({ where: { email: address }, select: { active: true } });
      // Link requests are throttled per address under their own key, apart from password failures.
      const key = `link:${address}`;
      const throttled = await isLoginThrottled(db, key, key);
      if (!throttled) await recordLoginAttempt(db, key, key, false);
      return known?.active && !throttled ? true : "/inloggen/link-verstuurd";
    },
    async jwt({ token, user }) {
      if (user) {
        const db = await getDb();
        const fresh = await db.user.findUnique({ where: { id: user.id }, select: { id: true, sessionVersion: true } });
        token.uid = fresh?.id;
        token.sv = fresh?.sessionVersion;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, uid: token.uid as string | undefined, sv: token.sv as number | undefined };
    },
  },
};
