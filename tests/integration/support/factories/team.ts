// A whole initiative team in a region of its own: a parent starts the initiative and brings in
// the school, its board, the SWV, the gemeente, a zorgaanbieder and a zorgkantoor; each
// organisation has a beheerder, the school also a medewerker and the SWV a reader. Everything is new and uniquely named,
// so a test that changes it touches nothing another test relies on.
import type { Db } from "../../../../lib/db/client";
import { createInitiative } from "./initiatives";
import { createOrganisation, createRegion } from "./organisations";
import { createMember, createUser } from "./users";

export async function createTeam(db: Db) {
  const region = await createRegion(db);
  const zorg = await createOrganisation(db, { kind: "ZORGAANBIEDER" });
  const zorgkantoor = await createOrganisation(db, { kind: "ZORGKANTOOR" });
  const organisations = { ...region, zorg, zorgkantoor };
  const people = {
    parent: await createUser(db, { name: "Ouder Test" }),
    school: await createMember(db, region.school.id),
    teacher: await createMember(db, region.school.id, "MEDEWERKER"),
    board: await createMember(db, region.board.id),
    swv: await createMember(db, region.swv.id),
    swvReader: await createMember(db, region.swv.id, "LEZER"),
    gemeente: await createMember(db, region.gemeente.id),
    zorg: await createMember(db, zorg.id),
    zorgkantoor: await createMember(db, zorgkantoor.id),
  };
  const initiative = await createInitiative(db, {
    founder: people.parent.email,
    gemeenteId: region.gemeente.id,
    schoolId: region.school.id,
    organisationIds: [region.school.id, region.board.id, region.swv.id, region.gemeente.id, zorg.id, zorgkantoor.id],
  });
  return { initiative, organisations, people };
}

export type Team = Awaited<ReturnType<typeof createTeam>>;
