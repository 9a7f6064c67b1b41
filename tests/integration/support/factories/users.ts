// Accounts and their memberships. Users have no password: tests act through actors
// (world.ts actorFor), not through the sign-in form.
import type { Db } from "../../../../lib/db/client";
import type { MemberRole } from "../../../../lib/generated/prisma/enums";
import { unique, uniqueEmail } from "./unique";

export type CreatedUser = { id: string; email: string; name: string };

export async function createUser(
  db: Db,
  input: { name?: string; email?: string; locale?: "nl" | "en" } = {},
): Promise<CreatedUser> {
  const name = input.name ?? unique("Testpersoon");
  return db.user.create({
    data: {
      name,
      email: input.email ?? uniqueEmail("persoon"),
      emailVerified: new Date(),
      locale: input.locale ?? "nl",
    },
    select: { id: true, email: true, name: true },
  });
}

export async function createMembership(db: Db, input: { userId: string; organisationId: string; role: MemberRole }) {
  return db.membership.create({ data: input, select: { id: true } });
}

/** A new user who is a member of the organisation in this role. */
export async function createMember(db: Db, organisationId: string, role: MemberRole = "BEHEERDER", name?: string) {
  const user = await createUser(db, { name });
  await createMembership(db, { userId: user.id, organisationId, role });
  return user;
}
