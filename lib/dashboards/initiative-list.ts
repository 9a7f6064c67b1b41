// The filtered initiative list of a dashboard: one page for the screen (two queries: the page
// and the count), or every row in batches for the CSV export (keyset paging on the id, so
// memory stays flat however large the territory).
import type { Tx } from "../db/create-client";
import type { Prisma } from "../generated/prisma/client";
import { initiativeListSelect, withGemeenteNames } from "../initiatives/queries";
import type { DashboardScope } from "../policy/dashboard-access";
import { clock } from "../time/clock";
import type { DashboardFilters } from "./filters";

/** Which initiatives: all in scope, only those without progress, or those asking for support. */
export type ListView = "alle" | "stilstaand" | "steunvragen";

/** The instant before which an initiative without changes counts as stalled. */
export function stalledSince(days: number, now: Date = clock.now()): Date {
  return new Date(now.getTime() - days * 86_400_000);
}

/**
 * Stalled: neither the initiative nor any of its steps changed since the cut-off. Initiatives
 * in Borging are running and evaluated yearly, so they do not count as stalled.
 */
export function stalledWhere(cutoff: Date): Prisma.InitiativeWhereInput {
  return { phase: { not: "BORGING" }, updatedAt: { lt: cutoff }, steps: { none: { updatedAt: { gte: cutoff } } } };
}

export function listWhere(
  scope: DashboardScope,
  filters: DashboardFilters,
  view: ListView,
  now: Date,
): Prisma.InitiativeWhereInput {
  const and: Prisma.InitiativeWhereInput[] = [scope.initiatives];
  if (filters.gemeente) and.push({ gemeenten: { some: { gemeenteId: filters.gemeente } } });
  if (filters.fase) and.push({ phase: filters.fase as Prisma.InitiativeWhereInput["phase"] });
  if (filters.scenario) and.push({ scenario: filters.scenario as Prisma.InitiativeWhereInput["scenario"] });
  if (filters.zoek) and.push({ name: { contains: filters.zoek, mode: "insensitive" } });
  if (view === "stilstaand") and.push(stalledWhere(stalledSince(filters.stilDagen, now)));
  if (view === "steunvragen") and.push({ supportRequestedAt: { not: null } });
  return { AND: and };
}

function orderBy(filters: DashboardFilters): Prisma.InitiativeOrderByWithRelationInput[] {
  const dir = filters.richting === "af" ? "desc" : "asc";
  const primary: Prisma.InitiativeOrderByWithRelationInput =
    filters.sorteer === "fase" ? { phase: dir } : filters.sorteer === "bijgewerkt" ? { updatedAt: dir } : { name: dir };
  return [primary, { id: "asc" }];
}

// Aggregated facts only: no participants, notes or needs (those can describe children).
const listSelect = {
  ...initiativeListSelect,
  scenario: true,
  supportRequestedAt: true,
  supportRequest: true,
} satisfies Prisma.InitiativeSelect;

export type DashboardInitiative = Prisma.InitiativeGetPayload<{ select: typeof listSelect }>;

export async function dashboardInitiativePage(
  db: Tx,
  scope: DashboardScope,
  filters: DashboardFilters,
  view: ListView,
  now: Date,
) {
  const where = listWhere(scope, filters, view, now);
  const [total, items] = await Promise.all([
    db.initiative.count({ where }),
    db.initiative.findMany({
      where,
      select: listSelect,
      orderBy: orderBy(filters),
      skip: (filters.pagina - 1) * filters.perPagina,
      take: filters.perPagina,
    }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / filters.perPagina));
  return { items: items.map(withGemeenteNames), total, page: Math.min(filters.pagina, pageCount), pageCount };
}

/** Every matching initiative, in batches, for streaming out as CSV. */
export async function* dashboardInitiativeBatches(
  db: Tx,
  scope: DashboardScope,
  filters: DashboardFilters,
  view: ListView,
  now: Date,
  batchSize = 500,
) {
  const where = listWhere(scope, filters, view, now);
  let cursor: string | undefined;
  for (;;) {
    const batch: DashboardInitiative[] = await db.initiative.findMany({
      where,
      select: listSelect,
      orderBy: { id: "asc" },
      take: batchSize,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (batch.length === 0) return;
    yield batch;
    if (batch.length < batchSize) return;
    cursor = batch[batch.length - 1]!.id;
  }
}
