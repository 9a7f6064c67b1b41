import "server-only";
// The privacy officer's export of the organisation's access log, as CSV. Only they may have it
// (anyone else: 404), and the export itself is an access that lands in the log.
import { getActor } from "../auth/current-actor";
import { getDb } from "../db/client";
import type { Tx } from "../db/create-client";
import { CSV_BOM, csvRow, csvText } from "../files/csv";
import { attachmentResponse, notFoundDownload } from "../files/download-response";
import { translatorFor } from "../i18n/translator";
import type { Actor } from "../policy/actor";
import { NotFoundError } from "../policy/errors";
import { amsterdamToday } from "../time/amsterdam";
import { clock } from "../time/clock";
import { accessLogRights, organisationAccessWhere, parseAccessFilters } from "./queries";
import { recordAccess } from "./record-access";

const COLUMNS = [
  "at",
  "person",
  "organisation",
  "role",
  "action",
  "subjectType",
  "subjectId",
  "childId",
  "initiativeId",
  "clientAddress",
  "userAgent",
] as const;

/** The CSV text of the organisation's log for its privacy officer; NotFoundError for anyone else. */
export async function organisationAccessCsv(db: Tx, actor: Actor, params: Record<string, string | undefined>) {
  const rights = await accessLogRights(db, actor);
  if (!rights.privacyOfficer) throw new NotFoundError("accessLog");
  const organisationId = rights.workspace.organisationId;
  const rows = await db.accessLogEntry.findMany({
    where: organisationAccessWhere(organisationId, parseAccessFilters(params)),
    orderBy: [{ at: "desc" }, { id: "desc" }],
  });
  await recordAccess(db, actor, { action: "EXPORT", subjectType: "ACCESS_LOG", subjectId: organisationId });
  const t = translatorFor(actor.locale, "accessLog");
  const lines = rows.map((r) =>
    csvRow([
      r.at.toISOString(),
      csvText(r.actorName ?? ""),
      csvText(r.actingOrganisationName ?? ""),
      r.actingRole ? t(`role.${r.actingRole}`) : "",
      t(`action.${r.action}`),
      t(`subject.${r.subjectType}`),
      r.subjectId ?? "",
      r.childId ?? "",
      r.initiativeId ?? "",
      r.clientAddress,
      csvText(r.userAgent ?? ""),
    ]),
  );
  return CSV_BOM + csvRow(COLUMNS.map((c) => t(`csv.${c}`))) + lines.join("");
}

export async function organisationAccessCsvResponse(searchParams: URLSearchParams): Promise<Response> {
  const actor = await getActor();
  if (!actor) return notFoundDownload();
  try {
    const db = await getDb();
    const body = await db.$transaction((tx) => organisationAccessCsv(tx, actor, Object.fromEntries(searchParams)));
    return attachmentResponse(body, {
      contentType: "text/csv; charset=utf-8",
      fileName: `toegangslog-${amsterdamToday(clock.now())}.csv`,
    });
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundDownload();
    throw error;
  }
}
