// The few adapter methods next-auth's e-mail provider needs. Sessions stay JWTs (the
// credentials provider requires that); accounts are never created through a link.
import type { Adapter, AdapterUser } from "next-auth/adapters";
import { recordAccess } from "../access-log/record-access";
import type { Db } from "../db/create-client";
import { clock } from "../time/clock";

function toAdapterUser(user: { id: string; email: string; name: string; emailVerified: Date | null }): AdapterUser {
  return { id: user.id, email: user.email, name: user.name, emailVerified: user.emailVerified };
}

export function signInLinkAdapter(getDb: () => Promise<Db>): Adapter {
  return {
    async createUser() {
      throw new Error("Accounts are created by invitation only");
    },
    async getUser(id) {
      const user = await (await getDb()).user.findUnique({ where: { id } });
      return user?.active ? toAdapterUser(user) : null;
    },
    async getUserByEmail(email) {
      const user = await (await getDb()).user.findUnique({ where: { email: email.toLowerCase() } });
      return user?.active ? toAdapterUser(user) : null;
    },
    async updateUser(data) {
      const user = await (
        await getDb()
      ).user.update({ where: { id: data.id }, data: { emailVerified: data.emailVerified ?? undefined } });
      return toAdapterUser(user);
    },
    async getUserByAccount() {
      return null;
    },
    async linkAccount() {
      throw new Error("Not supported");
    },
    async createVerificationToken(token) {
      await (await getDb()).verificationToken.create({ data: token });
      return token;
    },
    async useVerificationToken({ identifier, token }) {
      const db = await getDb();
      // deleteMany so a second click on the same link finds nothing instead of throwing.
      const found = await db.verificationToken.findUnique({ where: { token } });
      const used =
        found &&
        found.identifier === identifier &&
        (await db.verificationToken.deleteMany({ where: { token } })).count === 1;
      // next-auth refuses an expired link after this returns: log that refusal here too.
      if (used && found.expires.getTime() >= clock.now().getTime()) return found;
      // An unknown, expired or reused link is a refused sign-in for that address.
      const user = await db.user.findUnique({
        where: { email: identifier.toLowerCase() },
        select: { id: true, name: true },
      });
      await recordAccess(db, user ? { userId: user.id, name: user.name } : null, {
        action: "SIGN_IN_FAILED",
        subjectType: "ACCOUNT",
        subjectId: user?.id ?? null,
      });
      return used ? found : null;
    },
  };
}
