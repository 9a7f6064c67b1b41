// AVG art. 15 and 20: a person takes everything the platform holds about them, and a guardian
// everything about their child. Only their own rows; anyone else's export does not exist (404)
// and leaves no trace; every export is one EXPORT entry in the access log.
import { beforeEach, describe, expect, it } from "vitest";
import { runFromOrigin } from "../../lib/access-log/client-address";
import { getChildForActor } from "../../lib/children/queries";
import type { Db } from "../../lib/db/client";
import { catalogue } from "../../lib/i18n/catalogue";
import { childDataExport } from "../../lib/privacy/child-data-export";
import type { DataExport } from "../../lib/privacy/data-export";
import { exportJson, exportPdf } from "../../lib/privacy/export-files";
import { personalDataExport } from "../../lib/privacy/personal-data-export";
import { ID } from "../support/demo";
import { accessLogHead, accessLogSince } from "./support/access-log";
import { actorFor, freshDemoWorld } from "./support/world";

const ORIGIN = { clientAddress: "203.0.113.9", userAgent: "Mozilla/5.0 (Testbrowser)" };

let db: Db;
beforeEach(async () => {
  db = await freshDemoWorld();
});

async function commentOnBreda(email: string, body: string) {
  const step = await db.initiativeStep.findFirstOrThrow({
    where: { initiativeId: ID.breda },
    orderBy: { position: "asc" },
  });
  const author = await db.user.findUniqueOrThrow({ where: { email } });
  await db.stepComment.create({ data: { stepId: step.id, authorId: author.id, body } });
}

describe("a person's own export", () => {
  it("holds their own comments and account, none of another person's, and no secrets", async () => {
    await commentOnBreda("school@demo.test", "Het lokaal heeft een tillift nodig.");
    await commentOnBreda("ouder@demo.test", "Noor heeft vanochtend een aanval gehad.");
    const school = await actorFor(db, "school@demo.test");

    const data = await runFromOrigin(ORIGIN, () => personalDataExport(db, school));

    expect(data.subject.id).toBe(ID.school);
    expect(data.sections.account).toEqual([expect.objectContaining({ id: ID.school, email: "school@demo.test" })]);
    expect(data.sections.comments.map((c) => c.body)).toEqual(["Het lokaal heeft een tillift nodig."]);
    expect(data.sections.memberships.map((m) => m.organisation)).toContain("Basisschool De Vlinderboom");
    const json = exportJson(data);
    expect(json).not.toContain("aanval");
    expect(json).not.toContain("ouder@demo.test");
    const user = await db.user.findUniqueOrThrow({ where: { id: ID.school } });
    expect(json).not.toContain("passwordHash");
    if (user.passwordHash) expect(json).not.toContain(user.passwordHash);
  });

  it("a guardian's export holds their consents and guardianships, not another parent's", async () => {
    const ouder = await actorFor(db, "ouder@demo.test");
    const data = await personalDataExport(db, ouder);
    expect(data.sections.guardianships.map((g) => g.child)).toContain("Noor");
    expect(data.sections.consents).toContainEqual(
      expect.objectContaining({ child: "Noor", organisation: "Basisschool De Vlinderboom", givenByMe: true }),
    );
    const children = new Set(data.sections.guardianships.map((g) => g.child));
    expect(children.has("Mila")).toBe(false);
  });

  it("writes exactly one EXPORT entry about the account, with where it came from", async () => {
    const school = await actorFor(db, "school@demo.test");
    const head = await accessLogHead(db);
    await runFromOrigin(ORIGIN, () => personalDataExport(db, school));
    const entries = await accessLogSince(db, head);
    expect(entries).toEqual([
      expect.objectContaining({
        actorUserId: ID.school,
        action: "EXPORT",
        subjectType: "ACCOUNT",
        subjectId: ID.school,
        childId: null,
        ...ORIGIN,
      }),
    ]);
  });
});

describe("a guardian's export of their child", () => {
  it("holds the child's details, consents with history and who looked", async () => {
    const school = await actorFor(db, "school@demo.test");
    await runFromOrigin(ORIGIN, () => getChildForActor(db, school, ID.noor));
    const ouder = await actorFor(db, "ouder@demo.test");

    const data = await runFromOrigin(ORIGIN, () => childDataExport(db, ouder, ID.breda, ID.noor));

    expect(data.sections.child).toEqual([expect.objectContaining({ id: ID.noor, displayName: "Noor" })]);
    expect(data.sections.consents).toContainEqual(
      expect.objectContaining({ organisation: "Basisschool De Vlinderboom", scope: "ONDERWIJS", withdrawnAt: null }),
    );
    expect(data.sections.guardians.map((g) => g.name)).toContain(ouder.name);
    expect(data.sections.accessLog).toContainEqual(
      expect.objectContaining({ person: school.name, organisation: "Basisschool De Vlinderboom", action: "VIEW" }),
    );
    // Document metadata only: no storage keys or bytes.
    expect(exportJson(data)).not.toContain("storageKey");
  });

  it("writes exactly one EXPORT entry about the child", async () => {
    const ouder = await actorFor(db, "ouder@demo.test");
    const head = await accessLogHead(db);
    await runFromOrigin(ORIGIN, () => childDataExport(db, ouder, ID.breda, ID.noor));
    expect(await accessLogSince(db, head)).toEqual([
      expect.objectContaining({
        actorUserId: ouder.userId,
        actingRole: "PARENT",
        action: "EXPORT",
        subjectType: "CHILD",
        subjectId: ID.noor,
        childId: ID.noor,
        initiativeId: ID.breda,
        ...ORIGIN,
      }),
    ]);
  });

  it("is a 404 for anyone but a guardian (even with consent), and for the wrong initiative; nothing is logged", async () => {
    const head = await accessLogHead(db);
    const school = await actorFor(db, "school@demo.test");
    const otherParent = await actorFor(db, "ouder.alkmaar@demo.test");
    const ouder = await actorFor(db, "ouder@demo.test");
    await expect(childDataExport(db, school, ID.breda, ID.noor)).rejects.toMatchObject({ name: "NotFoundError" });
    await expect(childDataExport(db, otherParent, ID.breda, ID.noor)).rejects.toMatchObject({ name: "NotFoundError" });
    await expect(childDataExport(db, ouder, ID.alkmaar, ID.noor)).rejects.toMatchObject({ name: "NotFoundError" });
    expect(await accessLogSince(db, head)).toEqual([]);
  });
});

describe("the readable PDF", () => {
  it("is a PDF, with a label in both languages for every section and field the exports hold", async () => {
    const ouder = await actorFor(db, "ouder@demo.test");
    const exports: DataExport[] = [
      await personalDataExport(db, ouder),
      await childDataExport(db, ouder, ID.breda, ID.noor),
    ];
    for (const locale of ["nl", "en"] as const) {
      const privacy = catalogue(locale).privacy as Record<string, Record<string, string>>;
      for (const data of exports) {
        for (const [section, rows] of Object.entries(data.sections)) {
          expect(privacy.section?.[section], `${locale} section.${section}`).toBeTruthy();
          for (const field of Object.keys(rows[0] ?? {}))
            expect(privacy.field?.[field], `${locale} field.${field}`).toBeTruthy();
        }
        const pdf = await exportPdf(data, locale);
        expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe("%PDF-");
      }
    }
  });
});
