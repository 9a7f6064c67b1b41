// The permission map, written out as tables: every permission against representative actors.
// Changing an entry in lib/policy/permissions.ts without changing the table here fails, and a
// permission the tables do not list fails too.
import { describe, expect, it } from "vitest";
import type {
  MemberRole,
  OrganisationKind,
  ParticipantRole,
  ParticipantStatus,
} from "../../lib/generated/prisma/enums";
import type { Actor, Workspace } from "../../lib/policy/actor";
import { can, whereCan } from "../../lib/policy/can";
import type { InitiativeFacts } from "../../lib/policy/initiative-roles";
import { memberRolesGranting, PERMISSION_NAMES, PERMISSIONS, type Grant } from "../../lib/policy/permissions";

const USER = "user_1";
const ORG = "org_1";

function actorIn(workspace: Workspace): Actor {
  return { userId: USER, name: "Test", email: "t@example.test", locale: "nl", workspaces: [workspace], workspace };
}
const personal = () => actorIn({ key: "persoonlijk", kind: "PERSONAL" });
const member = (organisationKind: OrganisationKind, role: MemberRole) =>
  actorIn({ key: ORG, kind: "ORGANISATION", organisationId: ORG, organisationKind, organisationName: "Org", role });

const needsInitiative = (p: keyof typeof PERMISSIONS) =>
  (PERMISSIONS[p] as readonly Grant[]).some((g) => (g.initiativeRoles ?? []).length > 0);

describe("permissions of a workspace", () => {
  const COLUMNS = [
    "initiative.start",
    "organisation.act",
    "organisation.view",
    "organisation.manageMembers",
    "organisation.resetSecondFactor",
    "organisation.viewAccessLog",
    "participation.view",
    "participation.decide",
    "dashboard.view",
    "reviewQueue.view",
    "arrangement.approve",
    "organisation.configureSso",
  ] as const;
  // prettier-ignore
  const TABLE: [string, Actor, string][] = [
    //                                                  start act view manage mfa log pview pdecide dash review approve sso
    ["parent (personal)",           personal(),                         "1 0 0 0 0 0 0 0 0 0 0 0"],
    ["school beheerder",            member("SCHOOL", "BEHEERDER"),      "1 1 1 1 1 1 1 1 0 0 1 1"],
    ["school medewerker",           member("SCHOOL", "MEDEWERKER"),     "1 1 1 0 0 0 1 0 0 0 1 0"],
    ["school lezer",                member("SCHOOL", "LEZER"),          "0 0 1 0 0 0 1 0 0 0 0 0"],
    ["ouderinitiatief medewerker",  member("OUDERINITIATIEF", "MEDEWERKER"), "1 1 1 0 0 0 1 0 0 0 1 0"],
    ["schoolbestuur beheerder",     member("SCHOOLBESTUUR", "BEHEERDER"), "0 1 1 1 1 1 1 1 0 0 1 1"],
    ["swv beheerder",               member("SWV", "BEHEERDER"),         "0 1 1 1 1 1 1 1 1 0 1 1"],
    ["swv lezer",                   member("SWV", "LEZER"),             "0 0 1 0 0 0 1 0 1 0 0 0"],
    ["gemeente medewerker",         member("GEMEENTE", "MEDEWERKER"),   "0 1 1 0 0 0 1 0 1 1 1 0"],
    ["gemeente lezer",              member("GEMEENTE", "LEZER"),        "0 0 1 0 0 0 1 0 1 1 0 0"],
    ["zorgaanbieder beheerder",     member("ZORGAANBIEDER", "BEHEERDER"), "0 1 1 1 1 1 1 1 0 0 1 1"],
    ["zorgkantoor medewerker",      member("ZORGKANTOOR", "MEDEWERKER"), "0 1 1 0 0 0 1 0 0 0 1 0"],
    ["steunpunt beheerder",         member("STEUNPUNT", "BEHEERDER"),   "0 1 1 1 1 1 1 1 1 0 1 1"],
  ];

  it("lists every permission that needs no initiative", () => {
    expect([...COLUMNS].sort()).toEqual(PERMISSION_NAMES.filter((p) => !needsInitiative(p)).sort());
  });

  it.each(TABLE)("%s", (_label, actor, row) => {
    const expected = row.split(" ").map((mark) => mark === "1");
    expect(COLUMNS.map((p) => can(actor, p))).toEqual(expected);
  });

  it("gives the membership roles that notifications and invitation mails go to", () => {
    expect(memberRolesGranting("organisation.act")).toEqual(["BEHEERDER", "MEDEWERKER"]);
    expect(memberRolesGranting("participation.decide")).toEqual(["BEHEERDER"]);
  });
});

type Row = { role: ParticipantRole; status: ParticipantStatus };
/** An initiative in which the actor's workspace takes part as `row` (or not at all), founded by the actor or not. */
function initiative(actor: Actor, row: Row | null, founder = false): InitiativeFacts {
  const ws = actor.workspace;
  const own = row
    ? [
        {
          ...row,
          userId: ws.kind === "PERSONAL" ? USER : null,
          organisationId: ws.kind === "ORGANISATION" ? ORG : null,
        },
      ]
    : [];
  return {
    createdById: founder ? USER : "someone_else",
    participants: [
      ...own,
      { role: "SCHOOL", status: "ACTIVE", organisationId: "org_other", userId: null },
      { role: "OUDER", status: "ACTIVE", organisationId: null, userId: "user_other" },
    ],
  };
}
const ACTIVE = (role: ParticipantRole): Row => ({ role, status: "ACTIVE" });
const INVITED = (role: ParticipantRole): Row => ({ role, status: "INVITED" });
const REMOVED = (role: ParticipantRole): Row => ({ role, status: "REMOVED" });

describe("permissions on one initiative", () => {
  const COLUMNS = [
    "initiative.edit",
    "initiative.removeParticipant",
    "deliverable.viewChildData",
    "child.viewWithConsent",
  ] as const;
  // prettier-ignore
  const TABLE: [string, Actor, Row | null, boolean, string][] = [
    //                                                                             edit remove files childConsent
    ["parent taking part",             personal(), ACTIVE("OUDER"),             false, "1 0 1 0"],
    ["founding parent",                personal(), ACTIVE("OUDER"),             true,  "1 1 1 0"],
    ["founder no longer taking part",  personal(), REMOVED("OUDER"),            true,  "0 0 0 0"],
    ["person invited, not accepted",   personal(), INVITED("OUDER"),            false, "0 0 0 0"],
    ["person taking part, not a parent", personal(), ACTIVE("INITIATIEFNEMER"), false, "1 0 1 0"],
    ["person outside",                 personal(), null,                        false, "0 0 0 0"],
    ["school beheerder taking part",   member("SCHOOL", "BEHEERDER"), ACTIVE("SCHOOL"), false, "1 1 1 1"],
    ["school medewerker taking part",  member("SCHOOL", "MEDEWERKER"), ACTIVE("SCHOOL"), false, "1 0 1 1"],
    ["school medewerker, founder",     member("SCHOOL", "MEDEWERKER"), ACTIVE("SCHOOL"), true, "1 1 1 1"],
    ["school lezer taking part",       member("SCHOOL", "LEZER"), ACTIVE("SCHOOL"), false, "0 0 0 0"],
    ["school lezer, founder",          member("SCHOOL", "LEZER"), ACTIVE("SCHOOL"), true, "0 0 0 0"],
    ["zorgaanbieder invited",          member("ZORGAANBIEDER", "BEHEERDER"), INVITED("ZORGAANBIEDER"), false, "0 0 0 0"],
    ["zorgaanbieder removed",          member("ZORGAANBIEDER", "MEDEWERKER"), REMOVED("ZORGAANBIEDER"), false, "0 0 0 0"],
    ["zorgaanbieder medewerker in",    member("ZORGAANBIEDER", "MEDEWERKER"), ACTIVE("ZORGAANBIEDER"), false, "1 0 1 1"],
    ["gemeente beheerder outside",     member("GEMEENTE", "BEHEERDER"), null, false, "0 0 0 0"],
    ["gemeente lezer taking part",     member("GEMEENTE", "LEZER"), ACTIVE("GEMEENTE"), false, "0 0 0 0"],
    ["steunpunt beheerder outside",    member("STEUNPUNT", "BEHEERDER"), null, false, "0 0 0 0"],
  ];

  it("lists every permission tied to an initiative that can() decides in memory", () => {
    const inMemory = PERMISSION_NAMES.filter(
      (p) =>
        needsInitiative(p) &&
        !(PERMISSIONS[p] as readonly Grant[]).some((g) => g.initiativeRoles?.includes("OVERSEER")),
    );
    expect([...COLUMNS].sort()).toEqual(inMemory.sort());
  });

  it.each(TABLE)("%s", (_label, actor, row, founder, marks) => {
    const facts = initiative(actor, row, founder);
    const expected = marks.split(" ").map((mark) => mark === "1");
    expect(COLUMNS.map((p) => can(actor, p, facts))).toEqual(expected);
  });
});

describe("who sees an initiative (initiative.view, as a database filter)", () => {
  const participating = (key: "userId" | "organisationId", id: string) => ({
    participants: { some: { [key]: id, status: "ACTIVE" } },
  });

  it.each([
    ["a person", personal(), participating("userId", USER)],
    ["a zorgaanbieder", member("ZORGAANBIEDER", "LEZER"), participating("organisationId", ORG)],
    ["a zorgkantoor", member("ZORGKANTOOR", "BEHEERDER"), participating("organisationId", ORG)],
    ["an ouderinitiatief", member("OUDERINITIATIEF", "BEHEERDER"), participating("organisationId", ORG)],
    ["an SWV", member("SWV", "LEZER"), { OR: [participating("organisationId", ORG), { swvId: ORG }] }],
    [
      "a gemeente",
      member("GEMEENTE", "MEDEWERKER"),
      { OR: [participating("organisationId", ORG), { gemeenten: { some: { gemeenteId: ORG } } }] },
    ],
    ["a school", member("SCHOOL", "LEZER"), { OR: [participating("organisationId", ORG), { hostSchoolId: ORG }] }],
    [
      "a school board",
      member("SCHOOLBESTUUR", "LEZER"),
      { OR: [participating("organisationId", ORG), { hostSchool: { boardId: ORG } }] },
    ],
    ["the steunpunt", member("STEUNPUNT", "LEZER"), {}],
  ])("%s: taking part, or overseeing by its kind", (_label, actor, where) => {
    expect(whereCan(actor, "initiative.view")).toEqual(where);
  });

  it("gives readers no initiative to see children in by consent", () => {
    expect(whereCan(member("SCHOOL", "LEZER"), "child.viewWithConsent")).toBeNull();
    expect(whereCan(personal(), "child.viewWithConsent")).toBeNull();
    expect(whereCan(member("SCHOOL", "MEDEWERKER"), "child.viewWithConsent")).toEqual(
      participating("organisationId", ORG),
    );
  });
});
