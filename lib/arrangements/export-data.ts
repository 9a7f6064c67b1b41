// Exports of an arrangement version: CSV of the lines for any version the actor may see, a PDF
// (the document parties sign off and archive) only for an established version. Whoever may see
// the initiative may export; every export is audited, since it takes data out of the platform.
import type { Db, Tx } from "../db/create-client";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../policy/actor";
import { NotFoundError } from "../policy/errors";
import { visibleInitiativesWhere } from "../policy/initiative-access";
import { arrangementCsv } from "./csv";
import { requiredParties, parsePartyKey } from "./parties";
import { arrangementPdf } from "./pdf";
import { arrangementTotals } from "./totals";
import { lineFromRow, metaFromRow } from "./workflow/mapping";

export async function loadExportData(db: Tx, actor: Actor, input: { initiativeId: string; versionId: string }) {
  const version = await db.arrangementVersion.findFirst({
    where: {
      id: input.versionId,
      arrangement: { initiativeId: input.initiativeId, initiative: visibleInitiativesWhere(actor) },
    },
    include: {
      lines: {
        orderBy: { position: "asc" },
        include: { payer: { select: { name: true } }, provider: { select: { name: true } } },
      },
      approvals: {
        orderBy: { createdAt: "asc" },
        include: { approvedBy: { select: { name: true } }, onBehalfOf: { select: { name: true } } },
      },
      arrangement: {
        select: { initiative: { select: { id: true, name: true } }, versions: { select: { id: true, number: true } } },
      },
    },
  });
  if (!version) throw new NotFoundError("arrangementVersion");
  const names = new Map<string, string>();
  for (const l of version.lines)
    names.set(l.payerOrganisationId, l.payer.name).set(l.providerOrganisationId, l.provider.name);
  const numbers = new Map(version.arrangement.versions.map((v) => [v.id, v.number]));
  const lines = version.lines.map(lineFromRow);
  const meta = metaFromRow(version);
  return {
    initiative: version.arrangement.initiative,
    versionId: version.id,
    versionNumber: version.number,
    state: version.state,
    establishedAt: version.establishedAt,
    meta,
    lines,
    names,
    payers: requiredParties(lines).flatMap((p) => (p.kind === "ORGANISATION" ? [p.organisationId] : [])),
    providers: [...new Set(lines.map((l) => l.providerOrganisationId))],
    totals: arrangementTotals(lines, meta),
    approvals: version.approvals.map((a) => {
      const party = parsePartyKey(a.partyKey);
      return {
        approvedBy: a.approvedBy.name,
        /** A guardian approving by mandate of another guardian (the child is not named: exports reach every viewer). */
        onBehalfOf: a.onBehalfOf?.name ?? null,
        organisationId: party?.kind === "ORGANISATION" ? party.organisationId : null,
        date: a.createdAt,
        carriedFromNumber: a.carriedFromVersionId ? (numbers.get(a.carriedFromVersionId) ?? null) : null,
      };
    }),
  };
}

export type ExportData = Awaited<ReturnType<typeof loadExportData>>;

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Uint8Array;
}

/** "Samen naar School Breda" → "samen-naar-school-breda": ASCII only, safe in a header. */
export function fileSlug(text: string): string {
  const slug = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, 60) || "initiatief";
}

async function exportVersion(
  db: Db,
  actor: Actor,
  input: { initiativeId: string; versionId: string },
  format: "csv" | "pdf",
  render: (data: ExportData) => Promise<Uint8Array> | Uint8Array,
) {
  return db.$transaction(async (tx) => {
    const data = await loadExportData(tx, actor, input);
    // The PDF is the record of what was agreed: before establishment there is nothing agreed yet.
    if (format === "pdf" && data.state !== "VASTGESTELD") throw new NotFoundError("arrangementVersion");
    const body = await render(data);
    await recordAudit(tx, actor, {
      initiativeId: data.initiative.id,
      action: "arrangement.exported",
      entityType: "ArrangementVersion",
      entityId: data.versionId,
      summary: { format, number: data.versionNumber },
    });
    const fileName = `arrangement-${fileSlug(data.initiative.name)}-versie-${data.versionNumber}.${format}`;
    return {
      fileName,
      contentType: format === "csv" ? "text/csv; charset=utf-8" : "application/pdf",
      body,
    } satisfies ExportFile;
  });
}

export function exportArrangementCsv(db: Db, actor: Actor, input: { initiativeId: string; versionId: string }) {
  return exportVersion(db, actor, input, "csv", (data) => new TextEncoder().encode(arrangementCsv(data, actor.locale)));
}

export function exportArrangementPdf(db: Db, actor: Actor, input: { initiativeId: string; versionId: string }) {
  return exportVersion(db, actor, input, "pdf", (data) => arrangementPdf(data, actor.locale));
}
