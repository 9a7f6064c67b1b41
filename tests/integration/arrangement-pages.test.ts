// What the arrangement pages read and how the editor's form reaches the workflow.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { runAsActor } from "../../lib/auth/actor-override";
import { saveConceptAction } from "../../lib/arrangements/actions";
import { getArrangementForActor } from "../../lib/arrangements/queries";
import { createArrangement, saveConcept, startRevision } from "../../lib/arrangements/workflow/draft";
import { approveVersion, requestChanges, submitForReview } from "../../lib/arrangements/workflow/review";
import type { Db } from "../../lib/db/client";
import { NotFoundError } from "../../lib/policy/errors";
import { BREDA_LINES, META } from "./support/arrangement-lines";
import { countingDb } from "./support/counting";
import { actorFor, freshDemoWorld } from "./support/world";
import { ID } from "../support/demo";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

let db: Db;
beforeEach(async () => {
  db = await freshDemoWorld();
});

const LINES = BREDA_LINES.slice(0, 3); // no Wlz line: the zorgkantoor stays out of it
const view = async (email: string, now?: Date) => getArrangementForActor(db, await actorFor(db, email), ID.breda, now);

describe("getArrangementForActor", () => {
  it("without an arrangement: nothing to show, drafting only for editors; outsiders get 404", async () => {
    expect(await view("school@demo.test")).toMatchObject({ arrangement: null, canDraft: true });
    expect(await view("steunpunt@demo.test")).toMatchObject({ arrangement: null, canDraft: false });
    await expect(view("gemeente.alkmaar@demo.test")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("shows parties with their state, whose turn it is, change requests and totals", async () => {
    const school = await actorFor(db, "school@demo.test");
    const { versionId } = await createArrangement(db, school, { initiativeId: ID.breda, meta: META, lines: LINES });
    expect((await view("school@demo.test", new Date("2027-01-01"))).arrangement?.status).toBe("CONCEPT");
    await submitForReview(db, school, { versionId, lockVersion: 1 });
    await approveVersion(db, await actorFor(db, "swv@demo.test"), { versionId });
    await requestChanges(db, await actorFor(db, "gemeente@demo.test"), {
      versionId,
      lineKey: "jeugdwet",
      comment: "Graag onderbouwen.",
    });

    const gemeente = (await view("gemeente@demo.test", new Date("2027-01-01"))).arrangement!;
    expect(gemeente.status).toBe("TER_BEOORDELING");
    expect(gemeente.parties.map((p) => [p.partyKey, p.state])).toEqual([
      [`org:${ID.gemeenteBreda}`, "WAITING"],
      [`org:${ID.swvBreda}`, "APPROVED"],
      [`org:${ID.markdal}`, "WAITING"],
      ["parents", "WAITING"],
    ]);
    expect(gemeente.actorPartyKey).toBe(`org:${ID.gemeenteBreda}`);
    expect(gemeente.actorLineKeys).toEqual(["jeugdwet"]);
    expect(gemeente.latest.changeRequests).toMatchObject([
      { lineKey: "jeugdwet", organisationName: expect.any(String), comment: "Graag onderbouwen." },
    ]);
    expect(gemeente.latest.lines[2]).toMatchObject({ payerName: expect.any(String), providerName: expect.any(String) });
    expect(gemeente.totals.byStream.map((s) => s.fundingStream)).toEqual([
      "ONDERWIJSBEKOSTIGING",
      "SWV_BUDGET",
      "JEUGDWET",
    ]);
    expect(gemeente.totals.education.totalCents + gemeente.totals.care.totalCents).toBe(
      gemeente.totals.overall.totalCents,
    );

    expect((await view("swv@demo.test")).arrangement?.actorPartyKey).toBeNull(); // already approved
    expect((await view("zorg@demo.test")).arrangement).toMatchObject({ actorPartyKey: null, actorLineKeys: [] }); // provider
    expect((await view("swv.lezer@demo.test")).arrangement?.actorPartyKey).toBeNull();
    expect((await view("ouder@demo.test")).arrangement).toMatchObject({
      actorPartyKey: "parents",
      actorChildren: [{ childId: ID.noor, name: "Noor", onBehalfOfName: null }], // Noor's guardian, for Noor only
      actorLineKeys: ["onderwijs", "swv", "jeugdwet"],
    });
    // A parent who is no guardian speaks for nobody.
    expect((await view("ouder.zorg@demo.test")).arrangement).toMatchObject({
      actorPartyKey: null,
      actorChildren: [],
      actorLineKeys: [],
    });
  });

  it("shows approvals carried from an earlier version, and reads in a constant number of queries", async () => {
    const school = await actorFor(db, "school@demo.test");
    const { arrangementId, versionId } = await createArrangement(db, school, {
      initiativeId: ID.breda,
      meta: META,
      lines: LINES,
    });
    await submitForReview(db, school, { versionId, lockVersion: 1 });
    await approveVersion(db, await actorFor(db, "swv@demo.test"), { versionId });
    const small = countingDb(db);
    await getArrangementForActor(small.tx, school, ID.breda);

    const revision = await startRevision(db, school, { arrangementId });
    const amended = LINES.map((l) => (l.lineKey === "jeugdwet" ? { ...l, amountCentsPerYear: 11_000_000 } : l));
    const saved = await saveConcept(db, school, {
      versionId: revision.versionId,
      lockVersion: revision.lockVersion,
      meta: META,
      lines: amended,
    });
    await submitForReview(db, school, { versionId: revision.versionId, lockVersion: saved.lockVersion });

    const big = countingDb(db);
    const result = (await getArrangementForActor(big.tx, school, ID.breda)).arrangement!;
    expect(small.count()).toBeGreaterThan(2);
    expect(big.count()).toBe(small.count());
    expect(result.versions.map((v) => v.number)).toEqual([2, 1]);
    expect(result.parties.find((p) => p.partyKey === `org:${ID.swvBreda}`)).toMatchObject({
      state: "CARRIED",
      approval: { carriedFromNumber: 1 },
    });
  });
});

describe("saveConceptAction", () => {
  it("maps a payer that does not take part to the field of that line", async () => {
    const school = await actorFor(db, "school@demo.test");
    const { versionId } = await createArrangement(db, school, { initiativeId: ID.breda, meta: META, lines: LINES });
    const form = {
      initiativeId: ID.breda,
      versionId,
      lockVersion: "1",
      scenario: "SCENARIO_1",
      periodStart: "2027-08-01",
      periodEnd: "2028-07-31",
      groupSize: "6",
      "lines.0.lineKey": "onderwijs",
      "lines.0.component": "ONDERWIJS",
      "lines.0.description": "Onderwijs",
      "lines.0.fundingStream": "ONDERWIJSBEKOSTIGING",
      "lines.0.payerOrganisationId": ID.markdal,
      "lines.0.providerOrganisationId": ID.vlinderboom,
      "lines.0.amount": "95.000",
      "lines.0.rationale": "Taak van het schoolbestuur.",
      "lines.1.component": "VERVOER",
      "lines.1.description": "Vervoer",
      "lines.1.fundingStream": "WMO",
      "lines.1.payerOrganisationId": ID.gemeenteAlkmaar,
      "lines.1.providerOrganisationId": ID.kinderzorgBaronie,
      "lines.1.amount": "€ 4.000,00",
      "lines.1.rationale": "Leerlingenvervoer regelt de gemeente.",
    };
    const refused = await runAsActor(school, () => saveConceptAction(null, form));
    expect(refused).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { "lines.1.payerOrganisationId": ["payerNotParticipant"] },
    });
    const saved = await runAsActor(school, () =>
      saveConceptAction(null, { ...form, "lines.1.payerOrganisationId": ID.gemeenteBreda }),
    );
    expect(saved).toMatchObject({ ok: true, data: { lockVersion: 2 } });
    const rows = await db.arrangementLine.findMany({ where: { versionId }, orderBy: { position: "asc" } });
    expect(rows.map((r) => r.lineKey)[0]).toBe("onderwijs");
    expect(rows[1]).toMatchObject({ lineKey: expect.stringMatching(/^l_/), amountCentsPerYear: 400_000 });
  });
});
