import "server-only";
import { notFound } from "next/navigation";
import { requireActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import { dashboardKindOf, dashboardScope, type DashboardKind } from "../policy/dashboard-access";
import { orNotFound } from "../policy/or-not-found";
import { loadDashboard } from "../dashboards/dashboard";

/** The dashboard of the active workspace (SWV, gemeente, steunpunt); other workspaces: 404. */
export async function loadDashboardPage(params: Record<string, string | string[] | undefined>) {
  const actor = await requireActor();
  const scope = await orNotFound(() => dashboardScope(actor));
  return loadDashboard(await getDb(), scope, params);
}

/** Which dashboard the page title names, without loading its data. */
export async function dashboardKindForTitle(): Promise<DashboardKind> {
  const kind = dashboardKindOf(await requireActor());
  if (!kind) notFound();
  return kind;
}
