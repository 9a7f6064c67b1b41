// Organisation settings, account and invitations.
import type { Case } from "./support";
import { expect_, leerkrachtMembership, ownOrganisationBeheerders, VLINDERBOOM, vlinderboomOnly } from "./support";

export const entries: Record<string, Case> = {
  "lib/organisations/actions.ts#inviteMemberAction": {
    input: async () => ({ email: "nieuw.lid@demo.test", role: "MEDEWERKER" }),
    expected: ownOrganisationBeheerders,
  },
  "lib/organisations/actions.ts#changeMemberRoleAction": {
    input: async (db) => {
      const m = await leerkrachtMembership(db);
      return { membershipId: m.id, role: "LEZER", version: String(m.version) };
    },
    expected: vlinderboomOnly,
  },
  "lib/organisations/actions.ts#removeMemberAction": {
    input: async (db) => ({ membershipId: (await leerkrachtMembership(db)).id }),
    expected: vlinderboomOnly,
  },
  "lib/organisations/actions.ts#revokeInvitationAction": {
    input: async (db) => {
      const invitedBy = await db.user.findUniqueOrThrow({ where: { email: "school@demo.test" } });
      const inv = await db.invitation.create({
        data: {
          organisationId: VLINDERBOOM,
          email: "open@demo.test",
          role: "LEZER",
          tokenHash: `h${Date.now()}${Math.random()}`,
          invitedById: invitedBy.id,
          expiresAt: new Date(Date.now() + 86_400_000),
        },
      });
      return { invitationId: inv.id };
    },
    expected: vlinderboomOnly,
  },
  "lib/account/actions.ts#signOutEverywhereAction": { input: async () => ({}), expected: expect_({}, "ok") },
  "lib/account/actions.ts#setLocaleAction": { input: async () => ({ locale: "en" }), expected: expect_({}, "ok") },
  "lib/account/actions.ts#switchWorkspaceAction": {
    input: async () => ({ workspace: "persoonlijk" }),
    // Only users who take part as a parent have a personal workspace.
    expected: expect_({ ouder: "ok" }, "FORBIDDEN"),
    readOnly: true,
  },
  // Public: a wrong password is refused alike for everyone (a failed attempt is no audit event).
  "lib/auth/sign-in-actions.ts#signInWithPasswordAction": {
    // An address of its own per call, so the per-account throttle never answers instead.
    input: async () => ({ email: `onbekend.${crypto.randomUUID()}@demo.test`, password: "niet-het-wachtwoord" }),
    expected: expect_({ anoniem: "UNAUTHENTICATED" }, "UNAUTHENTICATED"),
    readOnly: true,
  },
  "lib/organisations/public-actions.ts#acceptInvitationAction": {
    // Public: the token is the authorization, so an unknown token is not found for everyone.
    input: async () => ({ token: "x".repeat(43), name: "Iemand", password: "een-lange-zin-als-wachtwoord" }),
    expected: expect_({ anoniem: "NOT_FOUND" }, "NOT_FOUND"),
  },
};
