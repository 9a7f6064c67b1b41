// Organisations as the register has them: a gemeente, an SWV that covers it, a school board
// and a school in that gemeente, and care parties. Each call makes new ones with unique names.
import type { Db } from "../../../../lib/db/client";
import type { OrganisationKind } from "../../../../lib/generated/prisma/enums";
import { unique } from "./unique";

const DEFAULT_NAME: Record<OrganisationKind, string> = {
  GEMEENTE: "Gemeente Teststad",
  SWV: "Samenwerkingsverband Teststad",
  SCHOOLBESTUUR: "Stichting Testonderwijs",
  SCHOOL: "Basisschool De Proef",
  ZORGAANBIEDER: "Zorgaanbieder Testzorg",
  ZORGKANTOOR: "Zorgkantoor Testregio",
  STEUNPUNT: "Steunpunt Test",
  OUDERINITIATIEF: "Ouderinitiatief Test",
};

export type CreatedOrganisation = { id: string; name: string; kind: OrganisationKind };

export async function createOrganisation(
  db: Db,
  input: { kind: OrganisationKind; name?: string; gemeenteId?: string; boardId?: string },
): Promise<CreatedOrganisation> {
  return db.organisation.create({
    data: {
      kind: input.kind,
      name: input.name ?? unique(DEFAULT_NAME[input.kind]),
      gemeenteId: input.gemeenteId ?? null,
      boardId: input.boardId ?? null,
      fictitious: true,
    },
    select: { id: true, name: true, kind: true },
  });
}

/** A gemeente covered by a new SWV, with a school board and a school in that gemeente. */
export async function createRegion(db: Db) {
  const gemeente = await createOrganisation(db, { kind: "GEMEENTE" });
  const swv = await createOrganisation(db, { kind: "SWV" });
  await db.swvGemeente.create({ data: { swvId: swv.id, gemeenteId: gemeente.id } });
  const board = await createOrganisation(db, { kind: "SCHOOLBESTUUR" });
  const school = await createOrganisation(db, { kind: "SCHOOL", gemeenteId: gemeente.id, boardId: board.id });
  return { gemeente, swv, board, school };
}
