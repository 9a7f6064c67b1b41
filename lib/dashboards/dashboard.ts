// Everything one dashboard page shows, per kind of overseer. The number of queries depends on
// the kind of dashboard, never on the number of initiatives (bench/ measures it).
import type { Tx } from "../db/create-client";
import type { DashboardScope } from "../policy/dashboard-access";
import { amsterdamToday } from "../time/amsterdam";
import { clock } from "../time/clock";
import type { IsoDate } from "../time/date-only";
import { parseDashboardFilters, ZDashboardFilters } from "./filters";
import { dashboardInitiativePage } from "./initiative-list";
import { regionTable } from "./national";
import { arrangementFigures, phaseCounts } from "./overview";
import { dueSteps, pendingReviews } from "./responsibilities";

// The panels' own short lists: the first ten, oldest change first (stalled) or newest first (support questions).
const PANEL_LIST = { ...ZDashboardFilters.parse({}), pagina: 1, perPagina: 10, sorteer: "bijgewerkt" } as const;

/** The gemeenten one can filter on: those of the region, none for a gemeente (it is the filter). */
async function gemeenteOptions(db: Tx, scope: DashboardScope) {
  if (scope.kind === "GEMEENTE") return [];
  const where =
    scope.kind === "SWV"
      ? { kind: "GEMEENTE" as const, coveredBySwv: { some: { swvId: scope.organisationId } } }
      : { kind: "GEMEENTE" as const };
  return db.organisation.findMany({ where, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export async function loadDashboard(
  db: Tx,
  scope: DashboardScope,
  params: Record<string, string | string[] | undefined>,
  now: Date = clock.now(),
  today: IsoDate = amsterdamToday(now),
) {
  const filters = parseDashboardFilters(params);
  const stalledFilters = { ...PANEL_LIST, richting: "op" as const, stilDagen: filters.stilDagen };
  const [phases, list, stalled, gemeenten] = await Promise.all([
    phaseCounts(db, scope.initiatives),
    dashboardInitiativePage(db, scope, filters, "alle", now),
    dashboardInitiativePage(db, scope, stalledFilters, "stilstaand", now),
    gemeenteOptions(db, scope),
  ]);
  const common = { scope, filters, phases, list, stalled, gemeenten, today };
  switch (scope.kind) {
    case "SWV": {
      const [steps, reviews, figures] = await Promise.all([
        dueSteps(db, scope.organisationId, today),
        pendingReviews(db, scope.organisationId),
        arrangementFigures(db, scope, today),
      ]);
      return { ...common, kind: "SWV" as const, steps, reviews, figures };
    }
    case "GEMEENTE": {
      const [reviews, figures] = await Promise.all([
        pendingReviews(db, scope.organisationId),
        arrangementFigures(db, scope, today, { payer: scope.organisationId, streams: ["JEUGDWET", "WMO"] }),
      ]);
      return { ...common, kind: "GEMEENTE" as const, reviews, figures };
    }
    case "STEUNPUNT": {
      const supportFilters = { ...PANEL_LIST, richting: "af" as const };
      const [regions, support, figures] = await Promise.all([
        regionTable(db),
        dashboardInitiativePage(db, scope, supportFilters, "steunvragen", now),
        arrangementFigures(db, scope, today),
      ]);
      return { ...common, kind: "STEUNPUNT" as const, regions, support, figures };
    }
  }
}

export type DashboardData = Awaited<ReturnType<typeof loadDashboard>>;
