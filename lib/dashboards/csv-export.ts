import "server-only";
// A dashboard list as a CSV download, streamed: rows are read in batches and written as they
// come, so an export of the whole country never sits in memory at once.
import { recordAccess } from "../access-log/record-access";
import { CSV_BOM, csvRow, csvText } from "../files/csv";
import { attachmentResponse, notFoundDownload } from "../files/download-response";
import { getActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import { translatorFor } from "../i18n/translator";
import { dashboardScope } from "../policy/dashboard-access";
import { NotFoundError } from "../policy/errors";
import { amsterdamDate, amsterdamToday } from "../time/amsterdam";
import { clock } from "../time/clock";
import { parseDashboardFilters } from "./filters";
import { dashboardInitiativeBatches, type DashboardInitiative, type ListView } from "./initiative-list";

const LISTS: Record<string, ListView> = { initiatieven: "alle", stilstaand: "stilstaand", steunvragen: "steunvragen" };

export async function dashboardCsvResponse(list: string, searchParams: URLSearchParams): Promise<Response> {
  const view = LISTS[list];
  const actor = await getActor();
  if (!view || !actor) return notFoundDownload();
  let scope;
  try {
    scope = dashboardScope(actor);
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundDownload();
    throw error;
  }
  const filters = parseDashboardFilters(Object.fromEntries(searchParams));
  const t = translatorFor(actor.locale, "dashboard");
  const tPhase = translatorFor(actor.locale, "phase");
  const db = await getDb();
  const now = clock.now();
  // Written before the first byte: a download that is cut off was still handed out.
  await recordAccess(db, actor, { action: "EXPORT", subjectType: "DASHBOARD", subjectId: list });
  const batches = dashboardInitiativeBatches(db, scope, filters, view, now);
  const header = [
    "name",
    "phase",
    "scenario",
    "school",
    "swv",
    "gemeenten",
    "updated",
    "supportRequestedAt",
    "supportRequest",
  ].map((k) => t(`csv.${k}`));
  const line = (i: DashboardInitiative) =>
    csvRow([
      csvText(i.name),
      tPhase(i.phase),
      i.scenario ?? "",
      csvText(i.hostSchool?.name ?? ""),
      csvText(i.swv?.name ?? ""),
      csvText(i.gemeenten.map((g) => g.gemeente.name).join("; ")),
      amsterdamDate(i.updatedAt),
      i.supportRequestedAt ? amsterdamDate(i.supportRequestedAt) : "",
      csvText(i.supportRequest ?? ""),
    ]);
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvRow(header)));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value.map(line).join("")));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  return attachmentResponse(stream, {
    contentType: "text/csv; charset=utf-8",
    fileName: `${list}-${amsterdamToday(now)}.csv`,
  });
}
