import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/client";
import { gemeenteReviewQueue } from "../../lib/arrangements/review-queue";
import type { ArrangementLine } from "../../lib/arrangements/types";
import { createArrangement, startRevision, saveConcept } from "../../lib/arrangements/workflow/draft";
import { approveVersion, submitForReview } from "../../lib/arrangements/workflow/review";
import { addDays } from "../../lib/arrangements/dates";
import { isWorkingDay } from "../../lib/arrangements/working-days";
import { NotFoundError } from "../../lib/policy/errors";
import { approveAsParents } from "./support/parents";
import { actorFor, freshDemoWorld } from "./support/world";
import { ID } from "../support/demo";

let db: Db;
beforeEach(async () => {
  db = await freshDemoWorld();
});

const META = { scenario: "SCENARIO_1" as const, periodStart: "2027-08-01", periodEnd: "2028-07-31", groupSize: 6 };
const line = (lineKey: string, over: Partial<ArrangementLine>): ArrangementLine => ({
  lineKey,
  component: "BEGELEIDING",
  description: "Individuele begeleiding",
  fundingStream: "JEUGDWET",
  payerOrganisationId: ID.gemeenteBreda,
  providerOrganisationId: ID.kinderzorgBaronie,
  hoursPerWeek: 10,
  amountCentsPerYear: 12_000_000,
  rationale: "Begeleiding valt onder de Jeugdwet.",
  ...over,
});
const LINES = [
  line("jeugdwet", {}),
  line("wmo", { fundingStream: "WMO", amountCentsPerYear: 3_650_000 }),
  line("swv", {
    component: "ONDERWIJSONDERSTEUNING",
    fundingStream: "SWV_BUDGET",
    payerOrganisationId: ID.swvBreda,
  }),
];
const TODAY = "2027-06-15";

async function submit(lines = LINES, submittedAt = new Date("2027-06-14T10:00:00Z")) {
  const school = await actorFor(db, "school@demo.test");
  const { arrangementId, versionId } = await createArrangement(db, school, {
    initiativeId: ID.breda,
    meta: META,
    lines,
  });
  await submitForReview(db, school, { versionId, lockVersion: 1 }, submittedAt);
  return { school, arrangementId, versionId };
}
const queueOf = async (email: string, today = TODAY) => gemeenteReviewQueue(db, await actorFor(db, email), today);

describe("gemeente review queue", () => {
  it("lists a version in which the gemeente pays and has not approved, with waiting time", async () => {
    const { versionId } = await submit();
    const { items } = await queueOf("gemeente@demo.test");
    expect(items).toEqual([
      expect.objectContaining({
        versionId,
        versionNumber: 1,
        initiative: { id: ID.breda, name: expect.any(String) },
        workingDaysWaiting: 1,
        overdue: false,
      }),
    ]);
  });

  it("flags a version waiting more than 10 working days", async () => {
    const { versionId } = await submit();
    // 15 working days before today, set on the row directly.
    let date = TODAY;
    for (let left = 15; left > 0;) {
      date = addDays(date, -1);
      if (isWorkingDay(date)) left--;
    }
    await db.arrangementVersion.update({
      where: { id: versionId },
      data: { submittedAt: new Date(`${date}T10:00:00Z`) },
    });
    const { items } = await queueOf("gemeente@demo.test");
    expect(items[0]).toMatchObject({ versionId, workingDaysWaiting: 15, overdue: true });
  });

  it("orders by submission date across versions", async () => {
    const { school, arrangementId, versionId } = await submit();
    const revision = await startRevision(db, school, { arrangementId });
    const saved = await saveConcept(db, school, {
      versionId: revision.versionId,
      lockVersion: revision.lockVersion,
      meta: META,
      lines: LINES.slice(0, 2),
    });
    await submitForReview(
      db,
      school,
      { versionId: revision.versionId, lockVersion: saved.lockVersion },
      new Date("2027-06-01T08:00:00Z"),
    );
    const { items } = await queueOf("gemeente@demo.test");
    expect(items.map((i) => i.versionId)).toEqual([revision.versionId, versionId]);
  });

  it("excludes versions the gemeente already approved", async () => {
    const { versionId } = await submit();
    await approveVersion(db, await actorFor(db, "gemeente@demo.test"), { versionId });
    expect((await queueOf("gemeente@demo.test")).items).toEqual([]);
  });

  it("excludes versions without a line paid by this gemeente", async () => {
    await submit([LINES[2]!]);
    expect((await queueOf("gemeente@demo.test")).items).toEqual([]);
  });

  it("another gemeente sees none of Breda's versions", async () => {
    await submit();
    const other = await queueOf("gemeente.alkmaar@demo.test");
    expect(other.items).toEqual([]);
    expect(other.committed.byStream).toEqual([]);
  });

  it("is not there for a workspace that is not a gemeente", async () => {
    for (const email of [
      "school@demo.test",
      "swv@demo.test",
      "ouder@demo.test",
      "zorg@demo.test",
      "steunpunt@demo.test",
    ]) {
      await expect(queueOf(email)).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("committed amounts: the gemeente's lines of established versions, per stream per year", async () => {
    const { versionId } = await submit();
    expect((await queueOf("gemeente@demo.test")).committed.byStream).toEqual([]);
    for (const email of ["gemeente@demo.test", "swv@demo.test"])
      await approveVersion(db, await actorFor(db, email), { versionId });
    await approveAsParents(db, versionId);
    expect((await db.arrangementVersion.findUniqueOrThrow({ where: { id: versionId } })).state).toBe("VASTGESTELD");
    const { committed, items } = await queueOf("gemeente@demo.test");
    expect(items).toEqual([]);
    expect(committed.years).toEqual([2027, 2028]);
    // 2027-08-01..12-31 is 153 of 365 days; 2028-01-01..07-31 is 213 of 366 days.
    const jeugd2027 = Math.round((12_000_000 * 153) / 365);
    const wmo2027 = Math.round((3_650_000 * 153) / 365);
    expect(committed.byStream.map((s) => s.fundingStream)).toEqual(["JEUGDWET", "WMO"]);
    expect(committed.byStream[0]!.perYear[0]).toEqual({ year: 2027, cents: jeugd2027 });
    expect(committed.byStream[1]!.perYear[0]).toEqual({ year: 2027, cents: wmo2027 });
    expect(committed.byStream[1]!.totalCents).toBe(committed.byStream[1]!.perYear.reduce((s, p) => s + p.cents, 0));
  });

  it("committed amounts follow the version in force: a later version without the gemeente's lines commits nothing", async () => {
    const { school, arrangementId, versionId } = await submit();
    for (const email of ["gemeente@demo.test", "swv@demo.test"])
      await approveVersion(db, await actorFor(db, email), { versionId });
    await approveAsParents(db, versionId);
    expect((await queueOf("gemeente@demo.test")).committed.byStream.map((s) => s.fundingStream)).toEqual([
      "JEUGDWET",
      "WMO",
    ]);
    const revision = await startRevision(db, school, { arrangementId });
    const saved = await saveConcept(db, school, {
      versionId: revision.versionId,
      lockVersion: revision.lockVersion,
      meta: META,
      lines: [LINES[2]!],
    });
    await submitForReview(db, school, { versionId: revision.versionId, lockVersion: saved.lockVersion });
    await approveVersion(db, await actorFor(db, "swv@demo.test"), { versionId: revision.versionId });
    await approveAsParents(db, revision.versionId);
    expect((await db.arrangementVersion.findUniqueOrThrow({ where: { id: revision.versionId } })).state).toBe(
      "VASTGESTELD",
    );
    expect((await queueOf("gemeente@demo.test")).committed.byStream).toEqual([]);
  });
});
