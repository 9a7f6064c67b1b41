// Organisations an initiative team can add: every gemeente, the schools, boards and SWVs of its
// region, and care parties. Register data only. Each kind is its own indexed query (one OR
// over all of them made PostgreSQL scan every organisation), and every list is bounded.
import type { Tx } from "../db/create-client";

const CARE_LIMIT = 200;
const LOCAL_LIMIT = 100;
const GEMEENTE_LIMIT = 400; // the Netherlands has 342

export async function organisationOptions(
  db: Tx,
  initiative: { id: string; gemeenteIds: string[]; participantOrgIds: string[] },
) {
  // Organisations with an open invitation are not offered again.
  const invited = await db.initiativeParticipant.findMany({
    where: { initiativeId: initiative.id, status: "INVITED", organisationId: { not: null } },
    select: { organisationId: true },
  });
  const takenIds = [
    ...initiative.participantOrgIds,
    ...invited.flatMap((p) => (p.organisationId ? [p.organisationId] : [])),
  ];
  const notYet = { notIn: takenIds };
  const select = { id: true, name: true, kind: true } as const;
  const [gemeenten, schools, swvLinks, care] = await Promise.all([
    // Any gemeente: a child may live in another gemeente than the school's, and that gemeente
    // decides on its Jeugdwet care. Joining is mutual, so inviting one shows it nothing until it accepts.
    db.organisation.findMany({
      where: { kind: "GEMEENTE", id: notYet },
      select,
      orderBy: { name: "asc" },
      take: GEMEENTE_LIMIT,
    }),
    db.organisation.findMany({
      where: { kind: "SCHOOL", gemeenteId: { in: initiative.gemeenteIds } },
      select: { ...select, boardId: true },
      orderBy: { name: "asc" },
      take: LOCAL_LIMIT,
    }),
    db.swvGemeente.findMany({ where: { gemeenteId: { in: initiative.gemeenteIds } }, select: { swvId: true } }),
    db.organisation.findMany({
      where: { kind: { in: ["ZORGAANBIEDER", "ZORGKANTOOR", "OUDERINITIATIEF"] }, id: notYet },
      select,
      orderBy: [{ kind: "asc" }, { name: "asc" }],
      take: CARE_LIMIT,
    }),
  ]);
  const boardAndSwvIds = [
    ...new Set([...schools.flatMap((s) => (s.boardId ? [s.boardId] : [])), ...swvLinks.map((l) => l.swvId)]),
  ];
  const boardsAndSwvs = await db.organisation.findMany({
    where: { id: { in: boardAndSwvIds }, kind: { in: ["SCHOOLBESTUUR", "SWV"] } },
    select,
  });
  const taken = new Set(takenIds);
  return [...gemeenten, ...schools.map((s) => ({ id: s.id, name: s.name, kind: s.kind })), ...boardsAndSwvs, ...care]
    .filter((o) => !taken.has(o.id))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name, "nl"));
}
