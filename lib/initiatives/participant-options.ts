// Organisations an initiative team can add: the gemeenten, schools, boards and SWVs of its
// region, and care parties. Register data only; the list is bounded, whatever the data size.
import type { Tx } from "../db/create-client";
import { INVITABLE_KINDS } from "./participants";

export async function organisationOptions(db: Tx, initiative: { id: string; gemeenteIds: string[]; participantOrgIds: string[] }) {
  const inRegion = { OR: [
    { kind: "GEMEENTE" as const, id: { in: initiative.gemeenteIds } },
    { kind: "SCHOOL" as const, gemeenteId: { in: initiative.gemeenteIds } },
    { kind: "SCHOOLBESTUUR" as const, schools: { some: { gemeenteId: { in: initiative.gemeenteIds } } } },
    { kind: "SWV" as const, swvRegion: { some: { gemeenteId: { in: initiative.gemeenteIds } } } },
    { kind: { in: ["ZORGAANBIEDER" as const, "ZORGKANTOOR" as const, "OUDERINITIATIEF" as const] } },
  ] };
  return db.organisation.findMany({
    where: { AND: [inRegion, { kind: { in: INVITABLE_KINDS } }, { id: { notIn: initiative.participantOrgIds } }] },
    select: { id: true, name: true, kind: true },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    take: 300,
  });
}
