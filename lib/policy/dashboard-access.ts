// Who has a dashboard, and over which initiatives. Oversight is by territory: the SWV over its
// region, the gemeente over its territory, the steunpunt over the country (OVERSEER in
// initiative-roles.ts). Each scope is a subset of visibleInitiativesWhere for the same actor
// (tests/integration/dashboards.test.ts), so a dashboard never counts what its viewer could not open.
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "./actor";
import { can } from "./can";
import { NotFoundError } from "./errors";
import { overseenWhere } from "./initiative-roles";

export type DashboardKind = "SWV" | "GEMEENTE" | "STEUNPUNT";

export interface DashboardScope {
  kind: DashboardKind;
  organisationId: string;
  organisationName: string;
  initiatives: Prisma.InitiativeWhereInput;
}

export function dashboardKindOf(actor: Actor): DashboardKind | null {
  const ws = actor.workspace;
  if (!can(actor, "dashboard.view") || ws.kind !== "ORGANISATION") return null;
  return ws.organisationKind as DashboardKind;
}

/** The actor's dashboard scope; other workspaces have no dashboard (404). */
export function dashboardScope(actor: Actor): DashboardScope {
  const kind = dashboardKindOf(actor);
  const ws = actor.workspace;
  const initiatives = ws.kind === "ORGANISATION" ? overseenWhere(ws) : null;
  if (!kind || ws.kind !== "ORGANISATION" || !initiatives) throw new NotFoundError("dashboard");
  return { kind, organisationId: ws.organisationId, organisationName: ws.organisationName, initiatives };
}
