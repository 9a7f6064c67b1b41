import { inflateSync } from "node:zlib";
import { PDFDocument } from "pdf-lib";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/client";
import { exportArrangementCsv, exportArrangementPdf } from "../../lib/arrangements/export-data";
import { toWinAnsi } from "../../lib/arrangements/pdf-writer";
import type { ArrangementLine } from "../../lib/arrangements/types";
import { createArrangement } from "../../lib/arrangements/workflow/draft";
import { approveVersion, submitForReview } from "../../lib/arrangements/workflow/review";
import { NotFoundError } from "../../lib/policy/errors";
import { META } from "./support/arrangement-lines";
import { approveAsParents } from "./support/parents";
import { actorFor, auditCount, freshDemoWorld } from "./support/world";
import { ID } from "../support/demo";

let db: Db;
beforeEach(async () => {
  db = await freshDemoWorld();
});

const line = (lineKey: string, over: Partial<ArrangementLine> = {}): ArrangementLine => ({
  lineKey,
  component: "BEGELEIDING",
  description: "Individuele begeleiding",
  fundingStream: "JEUGDWET",
  payerOrganisationId: ID.gemeenteBreda,
  providerOrganisationId: ID.kinderzorgBaronie,
  hoursPerWeek: 12.5,
  amountCentsPerYear: 1_234_567,
  rationale: "Begeleiding valt onder de Jeugdwet.",
  ...over,
});
const TRICKY: ArrangementLine[] = [
  line("a", { description: 'Begeleiding "op maat", ook buiten de klas', rationale: '=HYPERLINK("http://evil")' }),
  line("b", { description: "+31 bellen", rationale: "-2+3", hoursPerWeek: null, amountCentsPerYear: null }),
  line("c", { description: "@SUM(A1)", rationale: "Regel één\nregel twee", fundingStream: "WMO" }),
];

async function createVersion(lines: ArrangementLine[]) {
  const school = await actorFor(db, "school@demo.test");
  const { versionId } = await createArrangement(db, school, { initiativeId: ID.breda, meta: META, lines });
  return { school, versionId };
}
async function establish(lines: ArrangementLine[]) {
  const { school, versionId } = await createVersion(lines);
  await submitForReview(db, school, { versionId, lockVersion: 1 });
  await approveVersion(db, await actorFor(db, "gemeente@demo.test"), { versionId });
  await approveAsParents(db, versionId);
  return { school, versionId };
}
const input = (versionId: string) => ({ initiativeId: ID.breda, versionId });

describe("arrangement CSV export", () => {
  it("writes a header and every line, quoted, formula-safe, with dot decimals, BOM and CRLF", async () => {
    const { school, versionId } = await createVersion(TRICKY);
    const file = await exportArrangementCsv(db, school, input(versionId));
    expect(file.fileName).toMatch(/^arrangement-[a-z0-9-]+-versie-1\.csv$/);
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(file.body);
    expect(text.startsWith("\uFEFF")).toBe(true);
    const rows = text.slice(1).split("\r\n");
    expect(rows[0]).toBe(
      '"Regel","Onderdeel","Omschrijving","Financieringsstroom","Betaler","Aanbieder","Uren per week","Bedrag per jaar (euro)","Onderbouwing"',
    );
    expect(rows[1]).toContain('"Begeleiding ""op maat"", ook buiten de klas"');
    expect(rows[1]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(rows[1]).toContain('"12.50","12345.67"');
    expect(rows[1]).toContain('"Jeugdwet"');
    expect(rows[2]).toContain(`"'+31 bellen"`);
    expect(rows[2]).toContain(`"'-2+3"`);
    expect(rows[2]).toContain('"",""');
    expect(text).toContain(`"'@SUM(A1)"`);
    expect(text).toContain('"Regel één\nregel twee"');
    expect(text.endsWith("\r\n")).toBe(true);
  });

  it("is for whoever may see the initiative; outsiders get NotFound; every export is audited", async () => {
    const { versionId } = await createVersion(TRICKY);
    const before = await auditCount(db, "arrangement.exported");
    for (const email of ["ouder@demo.test", "gemeente@demo.test", "swv.lezer@demo.test", "steunpunt@demo.test"]) {
      await exportArrangementCsv(db, await actorFor(db, email), input(versionId));
    }
    expect((await auditCount(db, "arrangement.exported")) - before).toBe(4);
    await expect(
      exportArrangementCsv(db, await actorFor(db, "gemeente.alkmaar@demo.test"), input(versionId)),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      exportArrangementCsv(db, await actorFor(db, "school@demo.test"), { initiativeId: "ini_elders", versionId }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await auditCount(db, "arrangement.exported")) - before).toBe(4);
  });
});

describe("arrangement PDF export", () => {
  it("only for an established version", async () => {
    const { school, versionId } = await createVersion(TRICKY);
    await expect(exportArrangementPdf(db, school, input(versionId))).rejects.toBeInstanceOf(NotFoundError);
    await submitForReview(db, school, { versionId, lockVersion: 1 });
    await expect(exportArrangementPdf(db, school, input(versionId))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a short arrangement is one page; a long one flows over several; outsiders get NotFound", async () => {
    const { school, versionId } = await establish(TRICKY);
    const before = await auditCount(db, "arrangement.exported");
    const file = await exportArrangementPdf(db, school, input(versionId));
    expect(file.fileName).toMatch(/-versie-1\.pdf$/);
    expect(new TextDecoder().decode(file.body.slice(0, 5))).toBe("%PDF-");
    expect((await PDFDocument.load(file.body)).getPageCount()).toBe(1);
    expect((await auditCount(db, "arrangement.exported")) - before).toBe(1);
    await expect(
      exportArrangementPdf(db, await actorFor(db, "gemeente.alkmaar@demo.test"), input(versionId)),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("wraps long rationales across lines and pages", async () => {
    const long = "Deze begeleiding is nodig omdat het kind ‘veel’ structuur nodig heeft – en dat “elke” dag. ".repeat(
      12,
    );
    const lines = Array.from({ length: 30 }, (_, i) =>
      line(`l${i}`, { rationale: long, description: `Onderdeel ${i + 1}` }),
    );
    const { school, versionId } = await establish(lines);
    const { body } = await exportArrangementPdf(db, school, input(versionId));
    const pdf = await PDFDocument.load(body);
    // Each line takes ~17 text lines of 13pt on a ~720pt page: about 3 lines per page, 11 pages.
    expect(pdf.getPageCount()).toBe(11);
    const text = pdfText(body);
    expect(text).toContain("pagina 1 van 11");
    expect(text).toContain("arrangement versie 1 - pagina 11 van 11");
    expect(text).toContain("het kind 'veel' structuur");
    expect(text).toContain("Gemeente Breda: akkoord van");
  });

  it("reduces text to characters the standard fonts can show", () => {
    expect(toWinAnsi("‘a’ “b” – c… € 1.234,56\u00a0é ő 你")).toBe("'a' \"b\" - c... € 1.234,56 é o ?");
  });
});

/** The text drawn by pdf-lib: hex strings in WinAnsi inside (deflated) content streams. */
function pdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString("latin1");
  const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)].map((m) => {
    const data = Buffer.from(m[1]!, "latin1");
    try {
      return inflateSync(data).toString("latin1");
    } catch {
      return data.toString("latin1");
    }
  });
  const hex = streams.flatMap((s) => [...s.matchAll(/<([0-9A-F]+)> Tj/g)].map((m) => m[1]!));
  return hex.map((h) => new TextDecoder("windows-1252").decode(Buffer.from(h, "hex"))).join("\n");
}
