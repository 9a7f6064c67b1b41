import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/client";
import { createArrangement, saveConcept, startRevision } from "../../lib/arrangements/workflow/draft";
import { approveVersion, requestChanges, submitForReview } from "../../lib/arrangements/workflow/review";
import { ConflictError, FieldError, ForbiddenError, NotFoundError } from "../../lib/policy/errors";
import { arrangementLine, BREDA_LINES, META } from "./support/arrangement-lines";
import { actorFor, auditCount, freshDemoWorld } from "./support/world";
import { ID } from "../support/demo";

let db: Db;
beforeEach(async () => {
  db = await freshDemoWorld();
});

const LINES = BREDA_LINES;
const line = arrangementLine;

async function submitted() {
  const school = await actorFor(db, "school@demo.test");
  const { arrangementId, versionId } = await createArrangement(db, school, {
    initiativeId: ID.breda,
    meta: META,
    lines: LINES,
  });
  const result = await submitForReview(db, school, { versionId, lockVersion: 1 });
  return { school, arrangementId, versionId, result };
}

/** A guardian names the child it approves for; an organisation names none. */
async function approveAs(email: string, versionId: string, childId?: string) {
  return approveVersion(db, await actorFor(db, email), { versionId, childId });
}
// The parents: a guardian for each child of the group (Noor: ouder@, Daan: stichting@).
const ALL_REVIEWERS: [string, string?][] = [
  ["bestuur@demo.test"],
  ["swv@demo.test"],
  ["gemeente@demo.test"],
  ["zorgkantoor@demo.test"],
  ["ouder@demo.test", ID.noor],
  ["stichting@demo.test", ID.daan],
];

describe("arrangement review", () => {
  it("needs the board, SWV, gemeente, zorgkantoor and the parents; vastgesteld when all approved", async () => {
    const { versionId, result } = await submitted();
    expect(result.required.sort()).toEqual([
      `org:${ID.markdal}`,
      `org:${ID.gemeenteBreda}`,
      `org:${ID.swvBreda}`,
      `org:${ID.zorgkantoorWestBrabant}`,
      "parents",
    ]);
    for (const [i, [email, childId]] of ALL_REVIEWERS.entries()) {
      const r = await approveAs(email, versionId, childId);
      expect(r.established).toBe(i === ALL_REVIEWERS.length - 1);
    }
    expect((await db.arrangementVersion.findUniqueOrThrow({ where: { id: versionId } })).state).toBe("VASTGESTELD");
  });

  it("a reviewer whose money is not involved is refused (403); an outsider does not see it (404)", async () => {
    const { versionId } = await submitted();
    await expect(approveAs("zorg@demo.test", versionId)).rejects.toBeInstanceOf(ForbiddenError); // provider, not payer
    await expect(approveAs("swv.lezer@demo.test", versionId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(approveAs("gemeente.alkmaar@demo.test", versionId)).rejects.toBeInstanceOf(NotFoundError);
    const gemeente = await actorFor(db, "gemeente@demo.test");
    await expect(
      requestChanges(db, gemeente, { versionId, lineKey: "wlz", comment: "Dit is niet van ons" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("a change after approval makes a new version; only the parties whose lines changed approve again", async () => {
    const { school, arrangementId, versionId } = await submitted();
    for (const email of ["bestuur@demo.test", "swv@demo.test", "zorgkantoor@demo.test"])
      await approveAs(email, versionId);
    await approveAs("ouder@demo.test", versionId, ID.noor);
    await approveAs("stichting@demo.test", versionId, ID.daan);
    const gemeente = await actorFor(db, "gemeente@demo.test");
    await requestChanges(db, gemeente, {
      versionId,
      lineKey: "jeugdwet",
      comment: "Graag de uren per kind onderbouwen en het bedrag bijstellen.",
    });

    const revision = await startRevision(db, school, { arrangementId });
    const amended = LINES.map((l) => (l.lineKey === "jeugdwet" ? { ...l, amountCentsPerYear: 10_800_000 } : l));
    const saved = await saveConcept(db, school, {
      versionId: revision.versionId,
      lockVersion: revision.lockVersion,
      meta: META,
      lines: amended,
    });
    const submittedAgain = await submitForReview(db, school, {
      versionId: revision.versionId,
      lockVersion: saved.lockVersion,
    });
    expect(submittedAgain.carried.sort()).toEqual([
      `org:${ID.markdal}`,
      `org:${ID.swvBreda}`,
      `org:${ID.zorgkantoorWestBrabant}`,
    ]);
    const carried = await db.arrangementApproval.findMany({ where: { versionId: revision.versionId } });
    expect(carried.every((a) => a.carriedFromVersionId === versionId)).toBe(true);

    // The old version can no longer be approved: it is not what is under review any more.
    await expect(approveAs("gemeente@demo.test", versionId)).rejects.toBeInstanceOf(ConflictError);
    expect((await approveAs("gemeente@demo.test", revision.versionId)).established).toBe(false);
    expect((await approveAs("ouder@demo.test", revision.versionId, ID.noor)).established).toBe(false);
    expect((await approveAs("stichting@demo.test", revision.versionId, ID.daan)).established).toBe(true);
  });

  it("N simultaneous approvals by one party give one approval and one audit event", async () => {
    const { versionId } = await submitted();
    const gemeente = await actorFor(db, "gemeente@demo.test");
    const before = await auditCount(db, "arrangement.approved");
    const results = await Promise.all(Array.from({ length: 8 }, () => approveVersion(db, gemeente, { versionId })));
    expect(results.filter((r) => r.approved)).toHaveLength(1);
    expect(await db.arrangementApproval.count({ where: { versionId, partyKey: `org:${ID.gemeenteBreda}` } })).toBe(1);
    expect((await auditCount(db, "arrangement.approved")) - before).toBe(1);
  });

  it("the last approvals arriving together establish the version exactly once", async () => {
    const { versionId } = await submitted();
    for (const email of ["bestuur@demo.test", "swv@demo.test", "zorgkantoor@demo.test"])
      await approveAs(email, versionId);
    await approveAs("ouder@demo.test", versionId, ID.noor);
    const [a, b] = await Promise.all([
      approveAs("gemeente@demo.test", versionId),
      approveAs("stichting@demo.test", versionId, ID.daan),
    ]);
    expect([a.established, b.established].filter(Boolean)).toHaveLength(1);
    expect((await db.arrangementVersion.findUniqueOrThrow({ where: { id: versionId } })).state).toBe("VASTGESTELD");
  });

  it("a payer that does not take part in the initiative is refused on the field, nothing saved", async () => {
    const school = await actorFor(db, "school@demo.test");
    const lines = [line("x", { payerOrganisationId: ID.gemeenteAlkmaar })];
    const error = await createArrangement(db, school, { initiativeId: ID.breda, meta: META, lines }).catch((e) => e);
    expect(error).toBeInstanceOf(FieldError);
    expect(error).toMatchObject({ field: "lines.0.payerOrganisationId", messageKey: "payerNotParticipant" });
    expect(await db.arrangement.count()).toBe(0);
  });

  it("a stale concept save is a conflict", async () => {
    const school = await actorFor(db, "school@demo.test");
    const { versionId } = await createArrangement(db, school, { initiativeId: ID.breda, meta: META, lines: LINES });
    await saveConcept(db, school, { versionId, lockVersion: 1, meta: META, lines: LINES.slice(0, 2) });
    await expect(
      saveConcept(db, school, { versionId, lockVersion: 1, meta: META, lines: LINES }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await db.arrangementLine.count({ where: { versionId } })).toBe(2);
  });
});
