// Choices for the start form: every gemeente, and per gemeente its schools and SWVs. Public
// register data (names, codes), so any signed-in user who may start an initiative may read it.
import type { Tx } from "../db/create-client";
import type { Actor } from "../policy/actor";
import { can } from "../policy/can";
import { ForbiddenError } from "../policy/errors";

export async function listGemeenten(db: Tx, actor: Actor) {
  if (!can(actor, "initiative.start")) throw new ForbiddenError("initiative.start");
  return db.organisation.findMany({
    where: { kind: "GEMEENTE" },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

export async function placeOptions(db: Tx, actor: Actor, gemeenteId: string) {
  if (!can(actor, "initiative.start")) throw new ForbiddenError("initiative.start");
  const [schools, swvs] = await Promise.all([
    db.organisation.findMany({
      where: { kind: "SCHOOL", gemeenteId },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
      take: 500,
    }),
    db.organisation.findMany({
      where: { kind: "SWV", swvRegion: { some: { gemeenteId } } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { schools, swvs };
}
