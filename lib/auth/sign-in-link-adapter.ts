// The few adapter methods next-auth's e-mail provider needs. Sessions stay JWTs (the
// credentials provider requires that); accounts are never created through a link.
import type { Adapter, AdapterUser } from "next-auth/adapters";
import type { Db } from "../db/create-client";

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
      if (!found || found.identifier !== identifier) return null;
      const { count } = await db.verificationToken.deleteMany({ where: { token } });
      return count === 1 ? found : null;
    },
  };
}
