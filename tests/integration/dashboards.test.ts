// The oversight dashboards: what the SWV, the gemeente and the steunpunt see, that they see
// counts and never children's details, and that a page's query count does not grow with data.
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/client";
import type { Tx } from "../../lib/db/create-client";
import { periodTotalCents } from "../../lib/arrangements/totals";
import { createArrangement } from "../../lib/arrangements/workflow/draft";
import { approveVersion, submitForReview } from "../../lib/arrangements/workflow/review";
import { loadDashboard } from "../../lib/dashboards/dashboard";
import { dashboardInitiativeBatches } from "../../lib/dashboards/initiative-list";
import { ZDashboardFilters } from "../../lib/dashboards/filters";
import { requestSupport, withdrawSupport } from "../../lib/initiatives/support-request";
import { dashboardScope } from "../../lib/policy/dashboard-access";
import { NotFoundError } from "../../lib/policy/errors";
import { visibleInitiativesWhere } from "../../lib/policy/initiative-access";
import { BREDA_LINES, META } from "./support/arrangement-lines";
import { countingDb } from "./support/counting";
import { approveAsParents } from "./support/parents";
import { actorFor, auditCount, freshDemoWorld } from "./support/world";
import { ID } from "../support/demo";

let db: Db;
beforeEach(async () => {
  db = await freshDemoWorld();
});

const NOW = new Date("2027-09-15T10:00:00Z");
const TODAY = "2027-09-15";
const dashboardOf = async (email: string, params: Record<string, string> = {}, tx: Tx = db) =>
  loadDashboard(tx, dashboardScope(await actorFor(db, email)), params, NOW, TODAY);

async function establishBredaArrangement() {
  const school = await actorFor(db, "school@demo.test");
  const { versionId } = await createArrangement(db, school, {
    initiativeId: ID.breda,
    meta: META,
    lines: BREDA_LINES,
  });
  await submitForReview(db, school, { versionId, lockVersion: 1 });
  for (const email of ["bestuur@demo.test", "swv@demo.test", "gemeente@demo.test", "zorgkantoor@demo.test"])
    await approveVersion(db, await actorFor(db, email), { versionId });
  await approveAsParents(db, versionId);
}

describe("who has a dashboard", () => {
  it("the SWV, gemeenten and the steunpunt; schools, parents and care providers do not (404)", async () => {
    for (const email of [
      "swv@demo.test",
      "gemeente@demo.test",
      "gemeente.alkmaar@demo.test",
      "steunpunt@demo.test",
      "swv.lezer@demo.test",
    ])
      expect(dashboardScope(await actorFor(db, email)).kind, email).toBeTruthy();
    for (const email of ["school@demo.test", "ouder@demo.test", "zorg@demo.test", "bestuur@demo.test"]) {
      const actor = await actorFor(db, email);
      expect(() => dashboardScope(actor), email).toThrow(NotFoundError);
    }
  });

  it("counts only initiatives its viewer may open", async () => {
    for (const email of ["swv@demo.test", "gemeente@demo.test", "gemeente.alkmaar@demo.test", "steunpunt@demo.test"]) {
      const actor = await actorFor(db, email);
      const inScope = await db.initiative.findMany({ where: dashboardScope(actor).initiatives, select: { id: true } });
      const visible = await db.initiative.count({
        where: { AND: [{ id: { in: inScope.map((i) => i.id) } }, visibleInitiativesWhere(actor)] },
      });
      expect(visible, email).toBe(inScope.length);
    }
  });
});

describe("the SWV dashboard", () => {
  it("shows the region's initiatives per phase, matching the demo data", async () => {
    const data = await dashboardOf("swv@demo.test");
    expect(data.kind).toBe("SWV");
    const counts = Object.fromEntries(data.phases.map((p) => [p.phase, p.count]));
    expect(counts).toEqual({ VERKENNING: 1, VOORBEREIDING: 1, INRICHTING: 0, UITVOERING: 0, BORGING: 1 }); // Made, Breda, Oosterhout
    expect(data.list.total).toBe(3);
    expect(data.list.items.map((i) => i.id).sort()).toEqual([ID.breda, ID.made, ID.oosterhout]);
    expect(data.gemeenten.map((g) => g.id).sort()).toEqual([
      ID.gemeenteBreda,
      ID.gemeenteOosterhout,
      ID.gemeenteDrimmelen,
    ]);
  });

  it("filters, searches, sorts and pages from the address bar; nonsense falls back to defaults", async () => {
    expect((await dashboardOf("swv@demo.test", { fase: "VERKENNING" })).list.items.map((i) => i.id)).toEqual([ID.made]);
    expect((await dashboardOf("swv@demo.test", { zoek: "vlinderboom" })).list.items.map((i) => i.id)).toEqual([
      ID.breda,
    ]);
    expect(
      (await dashboardOf("swv@demo.test", { gemeente: ID.gemeenteOosterhout })).list.items.map((i) => i.id),
    ).toEqual([ID.oosterhout]);
    const byPhaseDesc = await dashboardOf("swv@demo.test", { sorteer: "fase", richting: "af" });
    expect(byPhaseDesc.list.items.map((i) => i.phase)).toEqual(["BORGING", "VOORBEREIDING", "VERKENNING"]);
    const paged = await dashboardOf("swv@demo.test", { perPagina: "10", pagina: "1" });
    expect(paged.list.pageCount).toBe(1);
    const nonsense = await dashboardOf("swv@demo.test", {
      fase: "ONZIN",
      sorteer: "x",
      pagina: "-1",
      perPagina: "99999",
    });
    expect(nonsense.list.total).toBe(3);
    expect(nonsense.filters).toMatchObject({ fase: undefined, sorteer: "naam", pagina: 1, perPagina: 25 });
  });

  it("lists stalled initiatives: nothing changed in the initiative or its steps since the cut-off", async () => {
    await db.$executeRaw`UPDATE "Initiative" SET "updatedAt" = ${new Date("2027-05-01T00:00:00Z")} WHERE id IN (${ID.breda}, ${ID.made}, ${ID.oosterhout})`;
    await db.$executeRaw`UPDATE "InitiativeStep" SET "updatedAt" = ${new Date("2027-05-01T00:00:00Z")} WHERE "initiativeId" IN (${ID.breda}, ${ID.made}, ${ID.oosterhout})`;
    await db.$executeRaw`UPDATE "InitiativeStep" SET "updatedAt" = ${new Date("2027-09-01T00:00:00Z")} WHERE id = (SELECT id FROM "InitiativeStep" WHERE "initiativeId" = ${ID.made} LIMIT 1)`;
    const data = await dashboardOf("swv@demo.test", { stilDagen: "60" });
    expect(data.stalled.items.map((i) => i.id)).toEqual([ID.breda]); // Made had a step change; Oosterhout is in Borging
    expect((await dashboardOf("swv@demo.test", { stilDagen: "365" })).stalled.total).toBe(0);
  });

  it("shows the SWV's own due steps and the reviews waiting for it", async () => {
    const step = await db.initiativeStep.findFirstOrThrow({
      where: { initiativeId: ID.breda, key: "kies-scenario" },
    });
    await db.initiativeStep.update({
      where: { id: step.id },
      data: { ownerOrganisationId: ID.swvBreda, status: "BEZIG", dueDate: new Date("2027-09-01T00:00:00Z") },
    });
    const school = await actorFor(db, "school@demo.test");
    const { versionId } = await createArrangement(db, school, {
      initiativeId: ID.breda,
      meta: META,
      lines: BREDA_LINES,
    });
    await submitForReview(db, school, { versionId, lockVersion: 1 });
    const data = await dashboardOf("swv@demo.test");
    if (data.kind !== "SWV") throw new Error("expected the SWV dashboard");
    expect(data.steps).toMatchObject({ due: 1, overdue: 1 });
    expect(data.steps.items[0]?.id).toBe(step.id);
    expect(data.reviews.total).toBe(1);
    await approveVersion(db, await actorFor(db, "swv@demo.test"), { versionId });
    expect(await dashboardOf("swv@demo.test")).toMatchObject({ reviews: { total: 0 } });
  });

  it("totals the region's established arrangements per stream per year and counts places, never who", async () => {
    await establishBredaArrangement();
    const data = await dashboardOf("swv@demo.test");
    expect(data.figures.arrangementsInForce).toBe(1);
    expect(data.figures.placesToday).toBe(META.groupSize);
    const jeugdwet = data.figures.committed.byStream.find((s) => s.fundingStream === "JEUGDWET");
    expect(jeugdwet?.totalCents).toBe(periodTotalCents(12_000_000, META.periodStart, META.periodEnd)); // a school year, split over 2027 and 2028
    expect(jeugdwet?.perYear.map((p) => p.year)).toEqual([2027, 2028]);
  });

  it("sees counts but no child data: no parents, notes, needs or rationale reach the dashboard or its export", async () => {
    const child = "Sem de Vries (7 jaar, sondevoeding)";
    await db.initiative.update({
      where: { id: ID.breda },
      data: { doelgroep: `O.a. ${child}`, needs: `${child} heeft verpleging nodig`, motivation: child },
    });
    await db.initiativeStep.updateMany({
      where: { initiativeId: ID.breda },
      data: { notes: `Gesprek over ${child}` },
    });
    await establishBredaArrangement();
    const parent = await db.user.findUniqueOrThrow({ where: { email: "ouder@demo.test" } });
    const forbidden = [child, parent.name, parent.email, ...BREDA_LINES.map((l) => l.rationale)];

    const data = JSON.stringify(await dashboardOf("swv@demo.test"));
    const scope = dashboardScope(await actorFor(db, "swv@demo.test"));
    let csvRows = "";
    for await (const batch of dashboardInitiativeBatches(db, scope, ZDashboardFilters.parse({}), "alle", NOW))
      csvRows += JSON.stringify(batch);
    for (const text of forbidden) {
      expect(data, text).not.toContain(text);
      expect(csvRows, text).not.toContain(text);
    }
    expect(data).toContain("Samen naar School Breda"); // the initiative itself is there, by name
  });

  it("needs the same number of queries with ten times the initiatives", async () => {
    await establishBredaArrangement();
    const first = countingDb(db);
    await dashboardOf("swv@demo.test", {}, first.tx);
    const school = await db.initiative.findUniqueOrThrow({
      where: { id: ID.breda },
      select: { hostSchoolId: true, createdById: true },
    });
    await db.initiative.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        id: `ini_extra_${i}`,
        name: `Extra initiatief ${i}`,
        swvId: ID.swvBreda,
        hostSchoolId: school.hostSchoolId,
        createdById: school.createdById,
        phase: i % 2 ? "INRICHTING" : "VERKENNING",
      })),
    });
    await db.initiativeGemeente.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({ initiativeId: `ini_extra_${i}`, gemeenteId: ID.gemeenteBreda })),
    });
    const second = countingDb(db);
    const data = await dashboardOf("swv@demo.test", {}, second.tx);
    expect(data.list.total).toBe(33);
    expect(second.count()).toBe(first.count());
  });
});

describe("the gemeente dashboard", () => {
  it("shows its territory, the reviews waiting for it and what it committed from Jeugdwet and Wmo per year", async () => {
    const before = await dashboardOf("gemeente@demo.test");
    expect(before.kind).toBe("GEMEENTE");
    expect(before.list.items.map((i) => i.id)).toContain(ID.breda);
    expect(before.list.items.map((i) => i.id)).not.toContain(ID.alkmaar);
    expect(before.figures.committed.byStream).toEqual([]);
    await establishBredaArrangement();
    const after = await dashboardOf("gemeente@demo.test");
    expect(after.figures.committed.byStream.map((s) => s.fundingStream)).toEqual(["JEUGDWET"]); // only its own streams, not the board's or the zorgkantoor's
    expect(after.figures.committed.byStream[0]?.totalCents).toBe(
      periodTotalCents(12_000_000, META.periodStart, META.periodEnd),
    );
    const alkmaar = await dashboardOf("gemeente.alkmaar@demo.test");
    expect(alkmaar.list.items.map((i) => i.id)).not.toContain(ID.breda);
    expect(alkmaar.figures.committed.byStream).toEqual([]);
  });
});

describe("the steunpunt dashboard", () => {
  it("shows every region and the initiatives that asked for support, until the question is withdrawn", async () => {
    const data = await dashboardOf("steunpunt@demo.test");
    if (data.kind !== "STEUNPUNT") throw new Error("expected the steunpunt dashboard");
    expect(data.regions.map((r) => [r.swvId, r.total])).toEqual(
      expect.arrayContaining([
        [ID.swvBreda, 3],
        [ID.swvAlkmaar, 2],
      ]),
    );
    expect(data.support.total).toBe(0);

    const school = await actorFor(db, "school@demo.test");
    const audits = await auditCount(db);
    await requestSupport(db, school, {
      initiativeId: ID.breda,
      request: "Hoe regelen we het leerlingenvervoer voor de hele groep?",
    });
    const asked = await dashboardOf("steunpunt@demo.test");
    expect(asked.kind === "STEUNPUNT" && asked.support.items.map((i) => [i.id, i.supportRequest])).toEqual([
      [ID.breda, "Hoe regelen we het leerlingenvervoer voor de hele groep?"],
    ]);
    await withdrawSupport(db, school, { initiativeId: ID.breda });
    const withdrawn = await dashboardOf("steunpunt@demo.test");
    expect(withdrawn.kind === "STEUNPUNT" && withdrawn.support.total).toBe(0);
    expect(await auditCount(db)).toBe(audits + 2);
  });
});

describe("the CSV export", () => {
  it("streams every matching initiative exactly once, in batches", async () => {
    const scope = dashboardScope(await actorFor(db, "steunpunt@demo.test"));
    const seen: string[] = [];
    for await (const batch of dashboardInitiativeBatches(db, scope, ZDashboardFilters.parse({}), "alle", NOW, 2)) {
      expect(batch.length).toBeLessThanOrEqual(2);
      seen.push(...batch.map((i) => i.id));
    }
    expect(seen.sort()).toEqual((await db.initiative.findMany({ select: { id: true } })).map((i) => i.id).sort());
  });
});
