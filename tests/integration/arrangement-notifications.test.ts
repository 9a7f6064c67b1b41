// Who hears what about an arrangement: review requested, changes requested, approved by a
// party, vastgesteld and period ending, in the inbox and by e-mail.
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/client";
import { createArrangement } from "../../lib/arrangements/workflow/draft";
import { notifyEndingArrangements } from "../../lib/arrangements/workflow/period-ending";
import { approveVersion, requestChanges, submitForReview } from "../../lib/arrangements/workflow/review";
import { listNotifications } from "../../lib/notifications/queries";
import { BREDA_LINES, META } from "./support/arrangement-lines";
import { approveAsParents } from "./support/parents";
import { actorFor, auditCount, freshDemoWorld } from "./support/world";
import { ownMailCatcher } from "./support/own-mail-catcher";
import { testPort } from "./support/ports";
import { ID } from "../support/demo";

const outbox = ownMailCatcher({ smtpPort: testPort(1341), httpPort: testPort(1391) }, { clearBeforeEach: true });
let db: Db;
beforeEach(async () => {
  db = await freshDemoWorld();
});

const PAYERS = ["bestuur@demo.test", "swv@demo.test", "gemeente@demo.test", "zorgkantoor@demo.test"];
// The parents: the guardians of Noor (ouder@) and Daan (stichting@).
const GUARDIANS = ["ouder@demo.test", "stichting@demo.test"];
const REVIEWERS = [...PAYERS, ...GUARDIANS];
async function approveAll(versionId: string) {
  for (const email of PAYERS) await approveVersion(db, await actorFor(db, email), { versionId });
  return approveAsParents(db, versionId);
}
const inbox = async (email: string) => (await listNotifications(db, await actorFor(db, email))).items;
const texts = async (email: string) => (await inbox(email)).map((n) => JSON.stringify(n));

async function submitted(meta = META) {
  const school = await actorFor(db, "school@demo.test");
  const { versionId } = await createArrangement(db, school, { initiativeId: ID.breda, meta, lines: BREDA_LINES });
  await submitForReview(db, school, { versionId, lockVersion: 1 });
  return versionId;
}

describe("arrangement notifications", () => {
  it("submitting asks every paying party and the parents to review, in the inbox and by e-mail; nobody else", async () => {
    await submitted();
    for (const email of REVIEWERS) {
      const items = await inbox(email);
      expect(items, email).toHaveLength(1);
      expect(items[0]).toMatchObject({ kind: "ARRANGEMENT_ACTION", link: `/initiatieven/${ID.breda}/arrangement` });
      expect(outbox.to(email), email).toEqual([
        expect.objectContaining({ subject: expect.stringContaining("vraagt u versie 1 van het arrangement") }),
      ]);
    }
    // The drafter, a provider that pays nothing, a parent who is no guardian (she works for that
    // provider) and an outside gemeente hear nothing.
    for (const email of ["school@demo.test", "zorg@demo.test", "ouder.zorg@demo.test", "gemeente.alkmaar@demo.test"])
      expect(await inbox(email), email).toHaveLength(0);
  });

  it("a change request tells the drafter which line and why", async () => {
    const versionId = await submitted();
    await requestChanges(db, await actorFor(db, "gemeente@demo.test"), {
      versionId,
      lineKey: "jeugdwet",
      comment: "Graag de uren per kind onderbouwen.",
    });
    const [item] = await inbox("school@demo.test");
    expect(item?.kind).toBe("ARRANGEMENT_ACTION");
    expect(outbox.to("school@demo.test")).toEqual([
      expect.objectContaining({
        subject: expect.stringMatching(
          /wijziging in ‘Individuele begeleiding in de klas’.*Graag de uren per kind onderbouwen\./,
        ),
      }),
    ]);
  });

  it("each approval is reported to the drafter; the last one tells everyone it is vastgesteld", async () => {
    const versionId = await submitted();
    await approveVersion(db, await actorFor(db, "swv@demo.test"), { versionId });
    expect(await texts("school@demo.test")).toEqual([expect.stringContaining("Samenwerkingsverband")]);
    expect(outbox.to("school@demo.test")).toEqual([
      expect.objectContaining({ subject: expect.stringContaining("heeft versie 1 van het arrangement") }),
    ]);
    // A double click approves nothing twice, and tells nobody twice.
    await approveVersion(db, await actorFor(db, "swv@demo.test"), { versionId });
    expect(await inbox("school@demo.test")).toHaveLength(1);

    for (const email of PAYERS.filter((e) => e !== "swv@demo.test"))
      await approveVersion(db, await actorFor(db, email), { versionId });
    expect((await approveAsParents(db, versionId)).established).toBe(true); // Noor's guardian, then Daan's
    const established = (items: Awaited<ReturnType<typeof inbox>>) =>
      items.filter((n) => JSON.stringify(n.message).includes("arrangementEstablished"));
    expect(established(await inbox("school@demo.test"))).toHaveLength(1);
    for (const email of [...PAYERS, "ouder@demo.test"]) expect(established(await inbox(email)), email).toHaveLength(1);
    expect(established(await inbox("stichting@demo.test"))).toHaveLength(0); // Daan's guardian gave the last approval
    expect(established(await inbox("ouder.zorg@demo.test"))).toHaveLength(0); // no guardian: not one of the parents
    expect(outbox.to("gemeente@demo.test").map((m) => m.subject)).toContainEqual(
      expect.stringContaining("is vastgesteld"),
    );
  });

  it("the daily job announces the arrangement in force once when its evaluation window opens", async () => {
    const versionId = await submitted({ ...META, periodStart: "2027-08-01", periodEnd: "2028-07-31" });
    await approveAll(versionId);
    const before = await auditCount(db);

    expect(await notifyEndingArrangements(db, new Date("2028-06-04T06:00:00Z"))).toBe(0); // 57 days before the end
    expect(await notifyEndingArrangements(db, new Date("2028-06-05T06:00:00Z"))).toBe(1); // 56 days: te evalueren
    expect(await notifyEndingArrangements(db, new Date("2028-06-06T06:00:00Z"))).toBe(0); // once only
    expect(await auditCount(db)).toBe(before + 1);

    for (const email of [...REVIEWERS, "school@demo.test"]) {
      const ending = (await inbox(email)).filter((n) => JSON.stringify(n.message).includes("arrangementPeriodEnding"));
      expect(ending, email).toHaveLength(1);
    }
    expect(outbox.to("gemeente@demo.test").map((m) => m.subject)).toContainEqual(
      expect.stringContaining("loopt af op 31 juli 2028"),
    );
    expect(await inbox("gemeente.alkmaar@demo.test")).toHaveLength(0);
  });

  it("two daily jobs at once announce an arrangement once", async () => {
    const versionId = await submitted({ ...META, periodStart: "2027-08-01", periodEnd: "2027-09-30" });
    await approveAll(versionId);
    const now = new Date("2027-09-01T06:00:00Z");
    const results = await Promise.all([notifyEndingArrangements(db, now), notifyEndingArrangements(db, now)]);
    expect(results.reduce((a, b) => a + b, 0)).toBe(1);
  });
});
