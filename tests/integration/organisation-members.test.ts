import { beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "../../lib/auth/password";
import type { Db } from "../../lib/db/client";
import { acceptInvitation, getOpenInvitation } from "../../lib/organisations/accept-invitation";
import { inviteMember, revokeInvitation } from "../../lib/organisations/invitations";
import { changeMemberRole, removeMember } from "../../lib/organisations/members";
import { ConflictError, FieldError, ForbiddenError, NotFoundError } from "../../lib/policy/errors";
import { actorFor, auditCount, freshDemoWorld } from "./support/world";
import { ownMailCatcher } from "./support/own-mail-catcher";
import { ID } from "../support/demo";

const SMTP_PORT = 1225;
const HTTP_PORT = 1280;
const outbox = ownMailCatcher({ smtpPort: SMTP_PORT, httpPort: HTTP_PORT });
let db: Db;

beforeEach(async () => {
  db = await freshDemoWorld();
});

const VLINDERBOOM = ID.vlinderboom;

async function leerkrachtMembership() {
  return db.membership.findFirstOrThrow({
    where: { organisationId: VLINDERBOOM, user: { email: "leerkracht@demo.test" } },
  });
}

function tokenFromMail(to: string): string {
  const mail = outbox.messages().find((m) => m.to.includes(to));
  const match = mail?.text.match(/http:\/\/app\.test\/uitnodiging\/([A-Za-z0-9_-]+)/);
  if (!match) throw new Error(`no invitation mail for ${to}`);
  return match[1]!;
}

describe("inviting members", () => {
  it("sends a link that lets a newcomer create an account with a hashed password and join with the invited role", async () => {
    const school = await actorFor(db, "school@demo.test");
    await inviteMember(db, school, { email: "nieuwe.ib@vlinderboom.test", role: "MEDEWERKER" });
    const token = tokenFromMail("nieuwe.ib@vlinderboom.test");
    expect(outbox.messages()[0]!.subject).toContain("Basisschool De Vlinderboom");

    const open = await getOpenInvitation(db, token);
    expect(open).toMatchObject({ email: "nieuwe.ib@vlinderboom.test", role: "MEDEWERKER", hasAccount: false });

    await acceptInvitation(db, { token, name: "Nieuwe IB'er", password: "een-lange-zin-als-wachtwoord" });
    const user = await db.user.findUniqueOrThrow({
      where: { email: "nieuwe.ib@vlinderboom.test" },
      include: { memberships: true },
    });
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(user.passwordHash!, "een-lange-zin-als-wachtwoord")).toBe(true);
    expect(user.memberships).toEqual([expect.objectContaining({ organisationId: VLINDERBOOM, role: "MEDEWERKER" })]);
    expect(await auditCount(db, "invitation.created")).toBe(1);
    expect(await auditCount(db, "invitation.accepted")).toBe(1);

    // The link works once.
    expect(await getOpenInvitation(db, token)).toBeNull();
    await expect(
      acceptInvitation(db, { token, name: "x", password: "een-lange-zin-als-wachtwoord" }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses an expired or revoked link", async () => {
    const school = await actorFor(db, "school@demo.test");
    const invitation = await inviteMember(
      db,
      school,
      { email: "laat@vlinderboom.test", role: "LEZER" },
      new Date(Date.now() - 8 * 24 * 3600 * 1000),
    );
    const token = tokenFromMail("laat@vlinderboom.test");
    expect(await getOpenInvitation(db, token)).toBeNull();
    await expect(
      acceptInvitation(db, { token, name: "Laat", password: "een-lange-zin-als-wachtwoord" }),
    ).rejects.toBeInstanceOf(NotFoundError);

    await revokeInvitation(db, school, { invitationId: invitation.id });
    expect(await db.membership.count({ where: { user: { email: "laat@vlinderboom.test" } } })).toBe(0);
  });

  it("refuses people who are already a member, with a message on the e-mail field", async () => {
    const school = await actorFor(db, "school@demo.test");
    const error = await inviteMember(db, school, { email: "leerkracht@demo.test", role: "LEZER" }).catch((e) => e);
    expect(error).toBeInstanceOf(FieldError);
    expect(error).toMatchObject({ field: "email", messageKey: "alreadyMember" });
    expect(await db.invitation.count()).toBe(0);
  });

  it("lets only beheerders invite, and only into their own organisation", async () => {
    const leerkracht = await actorFor(db, "leerkracht@demo.test");
    await expect(inviteMember(db, leerkracht, { email: "x@y.test", role: "LEZER" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const ouder = await actorFor(db, "ouder@demo.test");
    await expect(inviteMember(db, ouder, { email: "x@y.test", role: "LEZER" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.invitation.count()).toBe(0);
  });
});

describe("changing and removing members", () => {
  it("changes a role once; a second save with the old version is a conflict, not an overwrite", async () => {
    const school = await actorFor(db, "school@demo.test");
    const membership = await leerkrachtMembership();
    await changeMemberRole(db, school, { membershipId: membership.id, role: "LEZER", version: membership.version });
    await expect(
      changeMemberRole(db, school, { membershipId: membership.id, role: "BEHEERDER", version: membership.version }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await leerkrachtMembership()).role).toBe("LEZER");
    expect(await auditCount(db, "membership.role_changed")).toBe(1);
  });

  it("never leaves an organisation without a beheerder, and saves nothing when refused", async () => {
    const school = await actorFor(db, "school@demo.test");
    const own = await db.membership.findFirstOrThrow({
      where: { organisationId: VLINDERBOOM, user: { email: "school@demo.test" } },
    });
    await expect(
      changeMemberRole(db, school, { membershipId: own.id, role: "MEDEWERKER", version: own.version }),
    ).rejects.toMatchObject({ messageKey: "lastBeheerder" });
    await expect(removeMember(db, school, { membershipId: own.id })).rejects.toMatchObject({
      messageKey: "lastBeheerder",
    });
    expect((await db.membership.findUniqueOrThrow({ where: { id: own.id } })).role).toBe("BEHEERDER");
    expect(await auditCount(db, "membership.role_changed")).toBe(0);
  });

  it("answers not found for another organisation's member and leaves it unchanged", async () => {
    const swv = await actorFor(db, "swv@demo.test");
    const membership = await leerkrachtMembership();
    await expect(removeMember(db, swv, { membershipId: membership.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      changeMemberRole(db, swv, { membershipId: membership.id, role: "LEZER", version: 1 }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await leerkrachtMembership()).toEqual(membership);
  });

  it("removes a member with one audit event", async () => {
    const school = await actorFor(db, "school@demo.test");
    const membership = await leerkrachtMembership();
    await removeMember(db, school, { membershipId: membership.id });
    expect(await db.membership.findUnique({ where: { id: membership.id } })).toBeNull();
    const events = await db.auditEvent.findMany({ where: { action: "membership.removed" } });
    expect(events).toEqual([expect.objectContaining({ entityId: membership.id, actingOrganisationId: VLINDERBOOM })]);
  });
});
