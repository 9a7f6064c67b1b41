// Step files split by "holds personal data of children" (issue #9, item 3). Files marked "no"
// are for everyone who sees the initiative; files marked "yes" (the default, and every file
// from before the choice) only for those who work on it: parents taking part and beheerders and
// medewerkers of participating organisations. Readers and parties that only oversee see the
// "no" files; a "yes" file does not exist for them (list, read and download all 404).
import { temporaryUploadDir } from "./support/upload-dir";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { runAsActor } from "../../lib/auth/actor-override";
import type { Db } from "../../lib/db/client";
import { uploadDeliverableAction } from "../../lib/deliverables/actions";
import { deliverableDownload } from "../../lib/deliverables/download";
import { uploadDeliverable } from "../../lib/deliverables/mutations";
import { listStepDeliverables, readDeliverable } from "../../lib/deliverables/queries";
import { findVisibleInitiative } from "../../lib/initiatives/queries";
import { NotFoundError } from "../../lib/policy/errors";
import { actorFor, auditCount, freshDemoWorld } from "./support/world";
import { ID } from "../support/demo";

vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const PDF = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");
const pdf = (name: string) => new File([PDF], name, { type: "application/pdf" });

let db: Db;
temporaryUploadDir("sns-child-data-");
beforeEach(async () => {
  db = await freshDemoWorld();
});

const firstStep = async (initiativeId: string) =>
  (await db.initiativeStep.findFirstOrThrow({ where: { initiativeId }, orderBy: { id: "asc" } })).id;

/** One file marked "yes" and one marked "no" on a step of the initiative, uploaded by a participant. */
async function twoFiles(initiativeId: string, uploader: string) {
  const stepId = await firstStep(initiativeId);
  const actor = await actorFor(db, uploader);
  const yes = await uploadDeliverable(db, actor, {
    initiativeId,
    stepId,
    file: pdf("overzicht per kind.pdf"),
    containsChildData: true,
  });
  const no = await uploadDeliverable(db, actor, {
    initiativeId,
    stepId,
    file: pdf("begroting.pdf"),
    containsChildData: false,
  });
  return { stepId, yes, no };
}

async function seenBy(email: string, initiativeId: string, stepId: string, workspace?: string) {
  const actor = await actorFor(db, email, workspace);
  const initiative = await findVisibleInitiative(db, actor, initiativeId);
  return (await listStepDeliverables(db, actor, initiative, stepId)).map((d) => d.fileName).sort();
}

describe("step files with and without children's personal data", () => {
  it("in Breda: parents and participating organisations' staff see both, readers and the steunpunt only 'no'", async () => {
    const { stepId, yes, no } = await twoFiles(ID.breda, "school@demo.test");
    const both = ["begroting.pdf", "overzicht per kind.pdf"];
    // Parents in the initiative (personal workspace), beheerders and medewerkers of ACTIVE participants.
    for (const email of ["ouder@demo.test", "school@demo.test", "leerkracht@demo.test", "zorg@demo.test"])
      expect(await seenBy(email, ID.breda, stepId), email).toEqual(both);
    // SWV Breda and Gemeente Breda take part in Breda: their beheerders work on it.
    expect(await seenBy("swv@demo.test", ID.breda, stepId)).toEqual(both);
    expect(await seenBy("gemeente@demo.test", ID.breda, stepId)).toEqual(both);
    // Readers of those same organisations, and the steunpunt that only oversees.
    for (const email of ["swv.lezer@demo.test", "gemeente.lezer@demo.test", "steunpunt@demo.test"]) {
      expect(await seenBy(email, ID.breda, stepId), email).toEqual(["begroting.pdf"]);
      const actor = await actorFor(db, email);
      await expect(
        readDeliverable(db, actor, { initiativeId: ID.breda, deliverableId: yes.id }),
      ).rejects.toBeInstanceOf(NotFoundError);
      expect((await readDeliverable(db, actor, { initiativeId: ID.breda, deliverableId: no.id })).bytes).toEqual(PDF);
    }
  });

  it("an SWV that only oversees an initiative in its region sees only the 'no' files", async () => {
    const { stepId, yes } = await twoFiles(ID.made, "ouder.made@demo.test");
    expect(await seenBy("ouder.made@demo.test", ID.made, stepId)).toEqual(["begroting.pdf", "overzicht per kind.pdf"]);
    expect(await seenBy("swv@demo.test", ID.made, stepId)).toEqual(["begroting.pdf"]);
    const swv = await actorFor(db, "swv@demo.test");
    await expect(readDeliverable(db, swv, { initiativeId: ID.made, deliverableId: yes.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("a download of a 'yes' file answers 404 to a reader and writes no audit event", async () => {
    const { yes, no } = await twoFiles(ID.breda, "ouder@demo.test");
    const lezer = await actorFor(db, "swv.lezer@demo.test");
    const before = await auditCount(db, "deliverable.downloaded");
    expect((await runAsActor(lezer, () => deliverableDownload(ID.breda, yes.id))).status).toBe(404);
    expect(await auditCount(db, "deliverable.downloaded")).toBe(before);
    expect((await runAsActor(lezer, () => deliverableDownload(ID.breda, no.id))).status).toBe(200);
    const leerkracht = await actorFor(db, "leerkracht@demo.test");
    expect((await runAsActor(leerkracht, () => deliverableDownload(ID.breda, yes.id))).status).toBe(200);
    expect(await auditCount(db, "deliverable.downloaded")).toBe(before + 2);
  });

  it("the choice is required on upload and stored; without it nothing is saved", async () => {
    const stepId = await firstStep(ID.breda);
    const school = await actorFor(db, "school@demo.test");
    const form = (choice?: string) => {
      const fd = new FormData();
      fd.set("initiativeId", ID.breda);
      fd.set("stepId", stepId);
      fd.set("file", pdf("verslag.pdf"));
      if (choice !== undefined) fd.set("containsChildData", choice);
      return fd;
    };
    const audits = await auditCount(db);
    for (const bad of [undefined, "", "misschien"]) {
      const result = await runAsActor(school, () => uploadDeliverableAction(null, form(bad)));
      expect(result).toMatchObject({
        ok: false,
        code: "VALIDATION",
        fieldErrors: { containsChildData: ["chooseChildData"] },
      });
    }
    expect(await db.stepDeliverable.count()).toBe(0);
    expect(await auditCount(db)).toBe(audits);

    expect(await runAsActor(school, () => uploadDeliverableAction(null, form("true")))).toMatchObject({ ok: true });
    expect(await runAsActor(school, () => uploadDeliverableAction(null, form("false")))).toMatchObject({ ok: true });
    expect(
      (await db.stepDeliverable.findMany({ select: { containsChildData: true } }))
        .map((r) => r.containsChildData)
        .sort(),
    ).toEqual([false, true]);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "deliverable.uploaded" },
      orderBy: { createdAt: "desc" },
    });
    expect(event.summary).toMatchObject({ containsChildData: false });
  });

  it("files stored before the choice existed count as holding children's data", async () => {
    const stepId = await firstStep(ID.breda);
    // As the migration found them: a row written without the column gets its default.
    await db.$executeRaw`INSERT INTO "StepDeliverable" ("id", "initiativeId", "stepId", "fileName", "contentType", "sizeBytes", "storageKey", "uploadedById")
      VALUES ('oud-bestand', ${ID.breda}, ${stepId}, 'oud.pdf', 'application/pdf', 10, 'oudbestand0001', ${ID.school})`;
    expect((await db.stepDeliverable.findUniqueOrThrow({ where: { id: "oud-bestand" } })).containsChildData).toBe(true);
    expect(await seenBy("steunpunt@demo.test", ID.breda, stepId)).toEqual([]);
    expect(await seenBy("school@demo.test", ID.breda, stepId)).toEqual(["oud.pdf"]);
  });
});
