import { describe, expect, it } from "vitest";
import { seedDemo } from "../../lib/seed/seed-demo";
import { resetDb, testDb } from "./support/test-db";

async function snapshot() {
  const db = await testDb();
  const [organisations, users, memberships, initiatives, participants, audit, latest] = await Promise.all([
    db.organisation.count(),
    db.user.count(),
    db.membership.count(),
    db.initiative.count(),
    db.initiativeParticipant.count(),
    db.auditEvent.count(),
    db.initiative.aggregate({ _max: { updatedAt: true } }),
  ]);
  return { organisations, users, memberships, initiatives, participants, audit, latest: latest._max.updatedAt };
}

describe("demo data", () => {
  it("loads the required regions, gemeenten and accounts, and a second run changes nothing", async () => {
    const db = await testDb();
    await resetDb(db);
    expect((await seedDemo(db)).created).toBe(true);
    const first = await snapshot();

    expect(await db.organisation.count({ where: { kind: "SWV" } })).toBeGreaterThanOrEqual(2);
    expect(await db.organisation.count({ where: { kind: "GEMEENTE" } })).toBeGreaterThanOrEqual(4);
    const cbs = (await db.organisation.findMany({ where: { kind: "GEMEENTE" }, select: { cbsCode: true } })).map(
      (g) => g.cbsCode,
    );
    expect(cbs).toEqual(expect.arrayContaining(["GM0758", "GM0361"]));
    expect(await db.organisation.count({ where: { kind: "ZORGAANBIEDER" } })).toBeGreaterThanOrEqual(2);
    const emails = ["ouder", "school", "swv", "gemeente", "gemeente.alkmaar", "zorg", "steunpunt"].map(
      (n) => `${n}@demo.test`,
    );
    expect(await db.user.count({ where: { email: { in: emails } } })).toBe(emails.length);
    const phases = new Set((await db.initiative.findMany({ select: { phase: true } })).map((i) => i.phase));
    expect(phases.size).toBeGreaterThanOrEqual(3);

    expect((await seedDemo(db)).created).toBe(false);
    expect(await snapshot()).toEqual(first);
  });
});
