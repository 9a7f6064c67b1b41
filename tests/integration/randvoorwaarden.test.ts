import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/client";
import { ConflictError, FieldError, ForbiddenError, NotFoundError } from "../../lib/policy/errors";
import { CURRENT_CHECKLIST } from "../../lib/randvoorwaarden/checklist";
import { getChecklist } from "../../lib/randvoorwaarden/queries";
import { ZUpdateCondition } from "../../lib/randvoorwaarden/schemas";
import { updateCondition } from "../../lib/randvoorwaarden/update-condition";
import { createMember, createOrganisation, createTeam, type Team } from "./support/factories";
import { actorFor, auditCount, freshEmptyWorld } from "./support/world";
import { findVisibleInitiative } from "../../lib/initiatives/queries";

// An initiative of the test's own; outsiders are another team and the steunpunt (oversees only).
let db: Db;
let team: Team;
let other: Team;
let steunpunt: string;
beforeEach(async () => {
  db = await freshEmptyWorld();
  team = await createTeam(db);
  other = await createTeam(db);
  steunpunt = (await createMember(db, (await createOrganisation(db, { kind: "STEUNPUNT" })).id)).email;
});

const KEY = "zorg-in-vakanties";
const input = (
  values: Partial<{
    initiativeId: string;
    key: string;
    version: number;
    status: "NIET_GESTART" | "BEZIG" | "GEREGELD" | "NIET_VAN_TOEPASSING";
    evidence: string;
  }> = {},
) => ({
  initiativeId: team.initiative.id,
  key: KEY,
  version: 0,
  status: "GEREGELD" as const,
  evidence: "Vakantieafspraken vastgelegd tussen de zorgaanbieder en de ouders (mei 2027).",
  ...values,
});
const rows = () => db.initiativeCondition.findMany({ where: { initiativeId: team.initiative.id } });

describe("the randvoorwaarden checklist", () => {
  it("reads every item as niet gestart before anything is saved, and reading creates no rows", async () => {
    const checklist = await getChecklist(
      db,
      await findVisibleInitiative(db, await actorFor(db, steunpunt), team.initiative.id),
    );
    expect(checklist.items.map((i) => i.key)).toEqual(CURRENT_CHECKLIST.items.map((i) => i.key));
    expect(checklist.items.every((i) => i.status === "NIET_GESTART" && i.version === 0)).toBe(true);
    expect(checklist.counts).toEqual({ NIET_GESTART: 10, BEZIG: 0, GEREGELD: 0, NIET_VAN_TOEPASSING: 0 });
    expect(await rows()).toEqual([]);
  });

  it("has ten items with a title, an explanation and what counts as evidence, under unique keys", () => {
    const keys = CURRENT_CHECKLIST.items.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(10);
    for (const item of CURRENT_CHECKLIST.items)
      expect(item.title && item.explanation && item.evidenceHint).toBeTruthy();
  });
});

describe("saving a randvoorwaarde", () => {
  it("creates the row on the first save, updates it on the next, and audits each save with the initiative", async () => {
    const school = await actorFor(db, team.people.school.email);
    expect(await updateCondition(db, school, input({ status: "BEZIG", evidence: "" }))).toMatchObject({ version: 1 });
    expect(await updateCondition(db, school, input({ version: 1 }))).toMatchObject({ version: 2 });
    const [row] = await rows();
    expect(row).toMatchObject({ key: KEY, status: "GEREGELD", version: 2 });
    const events = await db.auditEvent.findMany({
      where: { action: "condition.updated" },
      orderBy: { createdAt: "asc" },
    });
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({
      initiativeId: team.initiative.id,
      entityId: row!.id,
      summary: { key: KEY, from: "BEZIG", to: "GEREGELD" },
    });
    // The evidence itself stays out of the audit log.
    expect(JSON.stringify(events[1]!.summary)).not.toContain("Vakantieafspraken");

    const checklist = await getChecklist(
      db,
      await findVisibleInitiative(db, await actorFor(db, steunpunt), team.initiative.id),
    );
    expect(checklist.counts.GEREGELD).toBe(1);
    expect(checklist.items.find((i) => i.key === KEY)).toMatchObject({
      status: "GEREGELD",
      version: 2,
      evidence: expect.stringContaining("Vakantieafspraken"),
    });
  });

  it("requires evidence for geregeld and niet van toepassing, in the schema and in the mutation", async () => {
    const ouder = await actorFor(db, team.people.parent.email);
    for (const status of ["GEREGELD", "NIET_VAN_TOEPASSING"] as const) {
      const parsed = ZUpdateCondition.safeParse({ ...input({ status, evidence: "  " }), version: "0" });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]).toMatchObject({ path: ["evidence"], message: "evidenceRequired" });
      await expect(updateCondition(db, ouder, input({ status, evidence: " " }))).rejects.toMatchObject({
        field: "evidence",
        messageKey: "evidenceRequired",
      });
    }
    await expect(updateCondition(db, ouder, input({ status: "GEREGELD", evidence: "" }))).rejects.toBeInstanceOf(
      FieldError,
    );
    expect(ZUpdateCondition.safeParse({ ...input({ key: "bestaat-niet" }), version: "0" }).success).toBe(false);
    await expect(updateCondition(db, ouder, input({ key: "bestaat-niet" }))).rejects.toBeInstanceOf(NotFoundError);
    expect(await rows()).toEqual([]);
    expect(await auditCount(db, "condition.updated")).toBe(0);
  });

  it("turns a save from a stale version into a conflict that shows the saved version", async () => {
    const school = await actorFor(db, team.people.school.email);
    const zorg = await actorFor(db, team.people.zorg.email);
    await updateCondition(db, school, input({ status: "BEZIG", evidence: "Gesprek gepland" }));
    await updateCondition(db, zorg, input({ version: 1 }));
    const error = await updateCondition(
      db,
      school,
      input({ version: 1, status: "NIET_VAN_TOEPASSING", evidence: "Geen vakantiezorg nodig" }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).current).toEqual({ status: "GEREGELD", evidence: input().evidence, version: 2 });
    // A first save (version 0) when someone already saved is a conflict too.
    await expect(updateCondition(db, school, input({ version: 0 }))).rejects.toBeInstanceOf(ConflictError);
    expect((await rows())[0]).toMatchObject({ status: "GEREGELD", version: 2 });
    expect(await auditCount(db, "condition.updated")).toBe(2);
  });

  it("lets exactly one of two simultaneous first saves win; the other is a conflict", async () => {
    const school = await actorFor(db, team.people.school.email);
    const ouder = await actorFor(db, team.people.parent.email);
    const results = await Promise.allSettled([
      updateCondition(db, school, input({ status: "BEZIG", evidence: "School: gesprek met zorgaanbieder" })),
      updateCondition(db, ouder, input({ status: "GEREGELD", evidence: "Ouders: afspraken gemaakt" })),
    ]);
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toBeInstanceOf(ConflictError);
    expect((rejected[0]!.reason as ConflictError).current).toMatchObject({ version: 1 });
    expect(await rows()).toHaveLength(1);
    expect(await auditCount(db, "condition.updated")).toBe(1);
  });

  it("refuses readers (403) and outsiders (404) and changes nothing", async () => {
    for (const email of [team.people.swvReader.email, steunpunt]) {
      await expect(updateCondition(db, await actorFor(db, email), input())).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(updateCondition(db, await actorFor(db, other.people.gemeente.email), input())).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      updateCondition(db, await actorFor(db, team.people.school.email), input({ initiativeId: other.initiative.id })),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.initiativeCondition.count()).toBe(0);
    expect(await auditCount(db, "condition.updated")).toBe(0);
  });
});
