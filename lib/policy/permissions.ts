// The one map of who may do what (decision 0009). A permission is granted by any one of its
// grants; a grant names the workspace it holds in (personal, or an organisation of some kinds),
// the membership roles it needs there, and the roles the actor must hold in the initiative at
// hand (all of them). can() (can.ts) reads this map, and so do the Prisma filters built from it
// (visibleInitiativesWhere), the navigation and the queries that pick whom to notify. A rule
// that is not here is not a rule: change it here and tests/unit/permissions.test.ts must change too.
import type { MemberRole, OrganisationKind } from "../generated/prisma/enums";

/**
 * What the actor is to one initiative (initiative-roles.ts evaluates each, in memory and as a
 * Prisma filter):
 * - PARTICIPANT: the actor's workspace takes part (ACTIVE): the user itself in the personal
 *   workspace, its organisation in an organisation workspace;
 * - FOUNDER: the actor started the initiative;
 * - PARENT: the user takes part as a parent (participant role OUDER), in the personal workspace;
 * - OVERSEER: the organisation oversees the initiative without taking part: the SWV of its
 *   region, a gemeente of its territory, its host school and that school's board, the steunpunt
 *   (all of them).
 */
export const INITIATIVE_ROLES = ["PARTICIPANT", "FOUNDER", "PARENT", "OVERSEER"] as const;
export type InitiativeRole = (typeof INITIATIVE_ROLES)[number];

export const MEMBER_ROLES = ["BEHEERDER", "MEDEWERKER", "LEZER"] as const satisfies readonly MemberRole[];
export const ORGANISATION_KINDS = [
  "SCHOOLBESTUUR",
  "SCHOOL",
  "SWV",
  "GEMEENTE",
  "ZORGAANBIEDER",
  "ZORGKANTOOR",
  "OUDERINITIATIEF",
  "STEUNPUNT",
] as const satisfies readonly OrganisationKind[];

/** Readers (LEZER) read; beheerders and medewerkers act for their organisation. */
const ACTING = ["BEHEERDER", "MEDEWERKER"] as const satisfies readonly MemberRole[];

export type Grant =
  | { readonly workspace: "PERSONAL"; readonly initiativeRoles?: readonly InitiativeRole[] }
  | {
      readonly workspace: "ORGANISATION";
      /** Omitted: every kind of organisation. */
      readonly organisationKinds?: readonly OrganisationKind[];
      /** Omitted: every membership role. */
      readonly memberRoles?: readonly MemberRole[];
      readonly initiativeRoles?: readonly InitiativeRole[];
    };

export const PERMISSIONS = {
  // --- The workspace itself (no initiative at hand) ---
  /** Parents, schools and ouderinitiatieven start initiatives. */
  "initiative.start": [
    { workspace: "PERSONAL" },
    { workspace: "ORGANISATION", organisationKinds: ["SCHOOL", "OUDERINITIATIEF"], memberRoles: ACTING },
  ],
  /** Act for the organisation: own its tasks and steps, approve for it, hold a guardian's consent, be notified. */
  "organisation.act": [{ workspace: "ORGANISATION", memberRoles: ACTING }],
  /** The organisation's settings page: members for every member. */
  "organisation.view": [{ workspace: "ORGANISATION" }],
  /** Invite, change and remove members. */
  "organisation.manageMembers": [{ workspace: "ORGANISATION", memberRoles: ["BEHEERDER"] }],
  /** Reset a member's second factor (lost phone): they enrol again (decision 0018). */
  "organisation.resetSecondFactor": [{ workspace: "ORGANISATION", memberRoles: ["BEHEERDER"] }],
  /**
   * Read what the organisation's people looked at (the access log). Beheerders; the privacy
   * officer a beheerder names is a flag on the membership, checked in lib/access-log.
   */
  "organisation.viewAccessLog": [{ workspace: "ORGANISATION", memberRoles: ["BEHEERDER"] }],
  /** Configure the organisation's own OpenID Connect provider (SSO, lib/sso). */
  "organisation.configureSso": [{ workspace: "ORGANISATION", memberRoles: ["BEHEERDER"] }],
  /** See the organisation's invitations to join initiatives. */
  "participation.view": [{ workspace: "ORGANISATION" }],
  /** Accept or decline an invitation to join an initiative. */
  "participation.decide": [{ workspace: "ORGANISATION", memberRoles: ["BEHEERDER"] }],
  /** Oversight dashboard over a region, a territory or the country. */
  "dashboard.view": [{ workspace: "ORGANISATION", organisationKinds: ["SWV", "GEMEENTE", "STEUNPUNT"] }],
  /** The gemeente's queue of arrangements to review. */
  "reviewQueue.view": [{ workspace: "ORGANISATION", organisationKinds: ["GEMEENTE"] }],

  // --- One initiative ---
  /** Open the initiative (everything but children's details, see child.viewWithConsent). */
  "initiative.view": [
    { workspace: "PERSONAL", initiativeRoles: ["PARTICIPANT"] },
    { workspace: "ORGANISATION", initiativeRoles: ["PARTICIPANT"] },
    {
      workspace: "ORGANISATION",
      organisationKinds: ["SCHOOL", "SCHOOLBESTUUR", "SWV", "GEMEENTE", "STEUNPUNT"],
      initiativeRoles: ["OVERSEER"],
    },
  ],
  /** Change the initiative: its steps, meetings, arrangement drafts, participants, files. */
  "initiative.edit": [
    { workspace: "PERSONAL", initiativeRoles: ["PARTICIPANT"] },
    { workspace: "ORGANISATION", memberRoles: ACTING, initiativeRoles: ["PARTICIPANT"] },
  ],
  /** Take an organisation or a person out: a beheerder of a participating organisation, or the founders. */
  "initiative.removeParticipant": [
    { workspace: "PERSONAL", initiativeRoles: ["PARTICIPANT", "FOUNDER"] },
    { workspace: "ORGANISATION", memberRoles: ["BEHEERDER"], initiativeRoles: ["PARTICIPANT"] },
    { workspace: "ORGANISATION", memberRoles: ACTING, initiativeRoles: ["PARTICIPANT", "FOUNDER"] },
  ],
  /**
   * Approve an arrangement for the organisation of the workspace (whether it is a party follows
   * from the lines). The parents' approval is decided per child, by guardianship and mandates
   * (lib/arrangements/workflow/access.ts: mayActForParents, parentRights), not here.
   */
  "arrangement.approve": [{ workspace: "ORGANISATION", memberRoles: ACTING }],
  /**
   * Step files marked as (possibly) holding children's personal data: for the people who work on
   * the initiative, as for "initiative.edit"; everyone else who sees it sees only files marked "no".
   */
  "deliverable.viewChildData": [
    { workspace: "PERSONAL", initiativeRoles: ["PARTICIPANT"] },
    { workspace: "ORGANISATION", memberRoles: ACTING, initiativeRoles: ["PARTICIPANT"] },
  ],
  /**
   * See a child's details by a guardian's consent to the organisation (the consent itself is
   * checked per child in lib/children/child-access.ts). Guardians see their own children in the
   * personal workspace; that is decided per child, not here.
   */
  "child.viewWithConsent": [{ workspace: "ORGANISATION", memberRoles: ACTING, initiativeRoles: ["PARTICIPANT"] }],
} as const satisfies Record<string, readonly Grant[]>;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

type GrantsOf<P extends Permission> = (typeof PERMISSIONS)[P][number];
type NeedsInitiative<G> = G extends { initiativeRoles: readonly unknown[] } ? true : never;

/** Permissions decided by the workspace alone. */
export type WorkspacePermission = {
  [P in Permission]: NeedsInitiative<GrantsOf<P>> extends never ? P : never;
}[Permission];
/** Permissions that some grant ties to a role in one initiative: can() needs that initiative. */
export type InitiativePermission = Exclude<Permission, WorkspacePermission>;

/** The membership roles that hold a permission in some grant (for queries over memberships). */
export function memberRolesGranting(permission: Permission): MemberRole[] {
  const grants: readonly Grant[] = PERMISSIONS[permission];
  return MEMBER_ROLES.filter((role) =>
    grants.some((g) => g.workspace === "ORGANISATION" && (!g.memberRoles || g.memberRoles.includes(role))),
  );
}
