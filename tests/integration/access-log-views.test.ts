// Who looked: a child's guardians see every visit to its details (newest first, filterable), and
// nobody else sees that list; an organisation's beheerders and privacy officer see what its
// people did on its behalf, and only the privacy officer exports it (which is logged too).
import { beforeEach, describe, expect, it } from "vitest";
import {
  childAccessLog,
  organisationAccessLog,
  parseAccessFilters,
  privacyOfficerCandidates,
} from "../../lib/access-log/queries";
import { organisationAccessCsv } from "../../lib/access-log/csv-download";
import { namePrivacyOfficer } from "../../lib/access-log/privacy-officer";
import { getChildForActor } from "../../lib/children/queries";
import type { Db } from "../../lib/db/client";
import { pinClock, resetClock } from "../../lib/time/clock";
import { bredaChild, consentFor } from "./support/children-fixtures";
import { actorFor, freshDemoWorld } from "./support/world";
import { ID } from "../support/demo";

let db: Db;
beforeEach(async () => {
  db = await freshDemoWorld();
});

const NO_FILTER = parseAccessFilters({});

async function visitedNoor() {
  const { ouder, childId } = await bredaChild(db);
  await consentFor(db, ouder, childId, ID.vlinderboom, ["ONDERWIJS"]);
  const leerkracht = await actorFor(db, "leerkracht@demo.test");
  const school = await actorFor(db, "school@demo.test");
  // An earlier visit, so "newest first" has something to order.
  pinClock(new Date(Date.now() - 60 * 60 * 1000));
  try {
    await getChildForActor(db, leerkracht, childId);
  } finally {
    resetClock();
  }
  await getChildForActor(db, school, childId);
  return { ouder, childId, leerkracht, school };
}

describe("a child's access log", () => {
  it("the guardian sees the school's visits, newest first, with person, organisation and role", async () => {
    const { ouder, childId, leerkracht, school } = await visitedNoor();
    const log = await childAccessLog(db, ouder, { initiativeId: ID.breda, childId }, NO_FILTER);
    expect(log.child.displayName).toBe("Noor");
    expect(log.total).toBe(2);
    expect(log.entries.map((e) => [e.actorUserId, e.actingOrganisationName, e.actingRole, e.action])).toEqual([
      [school.userId, "Basisschool De Vlinderboom", "BEHEERDER", "VIEW"],
      [leerkracht.userId, "Basisschool De Vlinderboom", "MEDEWERKER", "VIEW"],
    ]);
    expect(log.entries[0]!.at.getTime()).toBeGreaterThan(log.entries[1]!.at.getTime());
    expect(log.organisations).toEqual([{ id: ID.vlinderboom, name: "Basisschool De Vlinderboom" }]);
  });

  it("filters by organisation (or parents) and by what was done", async () => {
    const { ouder, childId } = await visitedNoor();
    await getChildForActor(db, ouder, childId); // the guardian's own look is in the log too
    const input = { initiativeId: ID.breda, childId };
    const bySchool = await childAccessLog(db, ouder, input, parseAccessFilters({ organisatie: ID.vlinderboom }));
    expect(bySchool.total).toBe(2);
    const byParents = await childAccessLog(db, ouder, input, parseAccessFilters({ organisatie: "ouders" }));
    expect(byParents.entries.map((e) => e.actorUserId)).toEqual([ouder.userId]);
    const exports = await childAccessLog(db, ouder, input, parseAccessFilters({ actie: "EXPORT" }));
    expect(exports.total).toBe(0);
    // Nonsense filters mean no filter, a page beyond the end is the last page.
    const odd = await childAccessLog(db, ouder, input, parseAccessFilters({ actie: "DROP", pagina: "99" }));
    expect(odd).toMatchObject({ total: 3, page: 1, pageCount: 1 });
  });

  it("is not there (404) for the school that looked, another parent, or under another initiative", async () => {
    const { childId, school } = await visitedNoor();
    await expect(childAccessLog(db, school, { initiativeId: ID.breda, childId }, NO_FILTER)).rejects.toMatchObject({
      name: "NotFoundError",
    });
    const linda = await actorFor(db, "stichting@demo.test", "persoonlijk");
    await expect(childAccessLog(db, linda, { initiativeId: ID.breda, childId }, NO_FILTER)).rejects.toMatchObject({
      name: "NotFoundError",
    });
    const ouder = await actorFor(db, "ouder@demo.test");
    await expect(childAccessLog(db, ouder, { initiativeId: ID.alkmaar, childId }, NO_FILTER)).rejects.toMatchObject({
      name: "NotFoundError",
    });
  });
});

describe("an organisation's access log", () => {
  it("the beheerder sees what the organisation's people did; a medewerker does not (404)", async () => {
    const { leerkracht, school } = await visitedNoor();
    const log = await organisationAccessLog(db, school, NO_FILTER);
    expect(log.total).toBe(2);
    expect(log.people.map((p) => p.id).sort()).toEqual([leerkracht.userId, school.userId].sort());
    expect(log.initiativeNames[ID.breda]).toBeTruthy();
    const byPerson = await organisationAccessLog(db, school, parseAccessFilters({ persoon: leerkracht.userId }));
    expect(byPerson.entries.map((e) => e.actorUserId)).toEqual([leerkracht.userId]);
    await expect(organisationAccessLog(db, leerkracht, NO_FILTER)).rejects.toMatchObject({ name: "NotFoundError" });
    // Another organisation sees none of it.
    const zorg = await actorFor(db, "zorg@demo.test");
    expect((await organisationAccessLog(db, zorg, NO_FILTER)).total).toBe(0);
  });

  it("a named privacy officer reads and exports it; the export is logged; the beheerder may not export", async () => {
    const { leerkracht, school } = await visitedNoor();
    await expect(organisationAccessCsv(db, school, {})).rejects.toMatchObject({ name: "NotFoundError" });
    const membership = await db.membership.findFirstOrThrow({
      where: { userId: leerkracht.userId, organisationId: ID.vlinderboom },
    });
    await namePrivacyOfficer(db, school, { membershipId: membership.id });
    expect((await organisationAccessLog(db, leerkracht, NO_FILTER)).privacyOfficer).toBe(true);
    const csv = await organisationAccessCsv(db, leerkracht, {});
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toContain('"Persoon"');
    expect(lines).toHaveLength(3);
    expect(csv).toContain('"Bekeken","Gegevens van een kind"');
    const exported = await db.accessLogEntry.findFirstOrThrow({ where: { subjectType: "ACCESS_LOG" } });
    expect(exported).toMatchObject({
      action: "EXPORT",
      actorUserId: leerkracht.userId,
      actingOrganisationId: ID.vlinderboom,
      subjectId: ID.vlinderboom,
    });
  });

  it("only a beheerder names the privacy officer, of their own organisation; naming another ends the first", async () => {
    const school = await actorFor(db, "school@demo.test");
    const leerkracht = await actorFor(db, "leerkracht@demo.test");
    const candidates = await privacyOfficerCandidates(db, school);
    const [first, second] = candidates;
    await expect(namePrivacyOfficer(db, leerkracht, { membershipId: first!.id })).rejects.toMatchObject({
      name: "ForbiddenError",
    });
    const other = await db.membership.findFirstOrThrow({ where: { organisationId: ID.kinderzorgBaronie } });
    await expect(namePrivacyOfficer(db, school, { membershipId: other.id })).rejects.toMatchObject({
      name: "NotFoundError",
    });
    expect(await db.membership.count({ where: { privacyOfficer: true } })).toBe(0);
    await namePrivacyOfficer(db, school, { membershipId: first!.id });
    if (second) {
      await namePrivacyOfficer(db, school, { membershipId: second.id });
      const officers = await db.membership.findMany({ where: { privacyOfficer: true }, select: { id: true } });
      expect(officers).toEqual([{ id: second.id }]);
    }
    await namePrivacyOfficer(db, school, { membershipId: "" });
    expect(await db.membership.count({ where: { privacyOfficer: true } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "membership.privacy_officer_named" } })).toBe(second ? 3 : 2);
  });
});
