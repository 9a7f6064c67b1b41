// Who has a dashboard, and over which initiatives. Oversight is by territory: the SWV over its
// region, the gemeente over its territory, the steunpunt over the country. Each scope is a
// subset of visibleInitiativesWhere for the same actor (tests/integration/dashboards.test.ts),
// so a dashboard never counts what its viewer could not open.
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "./actor";
import { NotFoundError } from "./errors";

export type DashboardKind = "SWV" | "GEMEENTE" | "STEUNPUNT";

export interface DashboardScope {
  kind: DashboardKind;
  organisationId: string;
  organisationName: string;
  initiatives: Prisma.InitiativeWhereInput;
}

export function dashboardKindOf(actor: Actor): DashboardKind | null {
  const ws = actor.workspace;
  if (ws.kind !== "ORGANISATION") return null;
  return ws.organisationKind === "SWV" || ws.organisationKind === "GEMEENTE" || ws.organisationKind === "STEUNPUNT"
    ? ws.organisationKind
    : null;
}

/** The actor's dashboard scope; other workspaces have no dashboard (404). */
export function dashboardScope(actor: Actor): DashboardScope {
  const kind = dashboardKindOf(actor);
  const ws = actor.workspace;
  if (!kind || ws.kind !== "ORGANISATION") throw new NotFoundError("dashboard");
  const initiatives: Prisma.InitiativeWhereInput =
    kind === "SWV"
      ? { swvId: ws.organisationId }
      : kind === "GEMEENTE"
        ? { gemeenten: { some: { gemeenteId: ws.organisationId } } }
        : {};
  return { kind, organisationId: ws.organisationId, organisationName: ws.organisationName, initiatives };
}
