// NEN 7513 for what leaves the platform and for who gets in: every download and export writes
// exactly one access-log entry with all fields, a refused one writes none; every sign-in and
// failed sign-in is logged, with the account when there is one.
import { temporaryUploadDir } from "./support/upload-dir";
import { beforeEach, describe, expect, it } from "vitest";
import { runFromOrigin } from "../../lib/access-log/client-address";
import { exportArrangementCsv, exportArrangementPdf } from "../../lib/arrangements/export-data";
import { createArrangement } from "../../lib/arrangements/workflow/draft";
import { approveVersion, submitForReview } from "../../lib/arrangements/workflow/review";
import { runAsActor } from "../../lib/auth/actor-override";
import { authOptions } from "../../lib/auth/auth-options";
import { checkCredentials } from "../../lib/auth/credentials";
import { signInLinkAdapter } from "../../lib/auth/sign-in-link-adapter";
import { getDb } from "../../lib/db/client";
import { dashboardCsvResponse } from "../../lib/dashboards/csv-export";
import type { Db } from "../../lib/db/client";
import { deliverableDownload } from "../../lib/deliverables/download";
import { uploadDeliverable } from "../../lib/deliverables/mutations";
import { meetingCalendarDownload } from "../../lib/meetings/ics-download";
import type { Actor } from "../../lib/policy/actor";
import { META } from "./support/arrangement-lines";
import { approveAsParents } from "./support/parents";
import { accessLogHead, accessLogSince } from "./support/access-log";
import { actorFor, freshDemoWorld } from "./support/world";
import { ID } from "../support/demo";

const ORIGIN = { clientAddress: "192.0.2.44", userAgent: "Testbrowser/1.0" };
const PASSWORD = "Samen-naar-school-2026";

let db: Db;
temporaryUploadDir("sns-access-log-");
beforeEach(async () => {
  db = await freshDemoWorld();
});

/** Runs a download and returns the entries it wrote. */
async function entriesOf(work: () => Promise<unknown>) {
  const head = await accessLogHead(db);
  await runFromOrigin(ORIGIN, work);
  return accessLogSince(db, head);
}

function expectOneEntry(entries: Awaited<ReturnType<typeof entriesOf>>, actor: Actor, what: Record<string, unknown>) {
  expect(entries).toHaveLength(1);
  const ws = actor.workspace;
  expect(entries[0]).toMatchObject({
    actorUserId: actor.userId,
    actorName: actor.name,
    actingOrganisationId: ws.kind === "ORGANISATION" ? ws.organisationId : null,
    actingOrganisationName: ws.kind === "ORGANISATION" ? ws.organisationName : null,
    actingRole: ws.kind === "ORGANISATION" ? ws.role : "PARENT",
    childId: null,
    ...ORIGIN,
    ...what,
  });
  expect(entries[0]!.at).toBeInstanceOf(Date);
}

describe("downloads and exports", () => {
  it("an arrangement CSV and PDF: one EXPORT each; an outsider's refused export none", async () => {
    const school = await actorFor(db, "school@demo.test");
    const line = {
      lineKey: "a",
      component: "BEGELEIDING" as const,
      description: "Begeleiding",
      fundingStream: "JEUGDWET" as const,
      payerOrganisationId: ID.gemeenteBreda,
      providerOrganisationId: ID.kinderzorgBaronie,
      hoursPerWeek: 2,
      amountCentsPerYear: 100_000,
      rationale: "Jeugdwet",
    };
    const { versionId } = await createArrangement(db, school, { initiativeId: ID.breda, meta: META, lines: [line] });
    await submitForReview(db, school, { versionId, lockVersion: 1 });
    await approveVersion(db, await actorFor(db, "gemeente@demo.test"), { versionId });
    await approveAsParents(db, versionId);
    const input = { initiativeId: ID.breda, versionId };
    const lezer = await actorFor(db, "gemeente.lezer@demo.test");
    const what = { action: "EXPORT", subjectType: "ARRANGEMENT", subjectId: versionId, initiativeId: ID.breda };
    expectOneEntry(await entriesOf(() => exportArrangementCsv(db, lezer, input)), lezer, what);
    expectOneEntry(await entriesOf(() => exportArrangementPdf(db, school, input)), school, what);
    const alkmaar = await actorFor(db, "gemeente.alkmaar@demo.test");
    expect(await entriesOf(() => exportArrangementCsv(db, alkmaar, input).catch(() => null))).toEqual([]);
  });

  it("a step's file: one DOWNLOAD; a signed-out or outside visitor's 404 none", async () => {
    const school = await actorFor(db, "school@demo.test");
    const step = await db.initiativeStep.findFirstOrThrow({ where: { initiativeId: ID.breda }, select: { id: true } });
    const pdf = new TextEncoder().encode(
      "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
    );
    const row = await uploadDeliverable(db, school, {
      initiativeId: ID.breda,
      stepId: step.id,
      file: new File([pdf], "verslag.pdf", { type: "application/pdf" }),
      containsChildData: false,
    });
    const lezer = await actorFor(db, "swv.lezer@demo.test");
    let status = 0;
    const entries = await entriesOf(async () => {
      status = (await runAsActor(lezer, () => deliverableDownload(ID.breda, row.id))).status;
    });
    expect(status).toBe(200);
    expectOneEntry(entries, lezer, {
      action: "DOWNLOAD",
      subjectType: "STEP_FILE",
      subjectId: row.id,
      initiativeId: ID.breda,
    });
    const alkmaar = await actorFor(db, "gemeente.alkmaar@demo.test");
    expect(await entriesOf(() => runAsActor(alkmaar, () => deliverableDownload(ID.breda, row.id)))).toEqual([]);
    expect(await entriesOf(() => runAsActor(null, () => deliverableDownload(ID.breda, row.id)))).toEqual([]);
  });

  it("a dashboard CSV: one EXPORT naming the list", async () => {
    const swv = await actorFor(db, "swv@demo.test");
    const entries = await entriesOf(async () => {
      const response = await runAsActor(swv, () => dashboardCsvResponse("initiatieven", new URLSearchParams()));
      expect(response.status).toBe(200);
      await response.text();
    });
    expectOneEntry(entries, swv, { action: "EXPORT", subjectType: "DASHBOARD", subjectId: "initiatieven" });
    const ouder = await actorFor(db, "ouder@demo.test");
    expect(
      await entriesOf(() => runAsActor(ouder, () => dashboardCsvResponse("initiatieven", new URLSearchParams()))),
    ).toEqual([]);
  });

  it("a meeting's calendar file: one EXPORT; for an outsider none", async () => {
    const school = await actorFor(db, "school@demo.test");
    const meeting = await db.meeting.create({
      data: {
        initiativeId: ID.breda,
        kind: "BESTUURLIJK",
        title: "Bestuurlijk overleg",
        startsAt: new Date("2027-03-10T13:00:00Z"),
        endsAt: new Date("2027-03-10T14:00:00Z"),
        agenda: {},
        createdById: school.userId,
      },
    });
    const gemeente = await actorFor(db, "gemeente@demo.test");
    expectOneEntry(
      await entriesOf(() => runAsActor(gemeente, () => meetingCalendarDownload(ID.breda, meeting.id))),
      gemeente,
      { action: "EXPORT", subjectType: "MEETING", subjectId: meeting.id, initiativeId: ID.breda },
    );
    const alkmaar = await actorFor(db, "gemeente.alkmaar@demo.test");
    expect(await entriesOf(() => runAsActor(alkmaar, () => meetingCalendarDownload(ID.breda, meeting.id)))).toEqual([]);
  });
});

describe("signing in", () => {
  it("a sign-in, a wrong password and an unknown address: one entry each, with the account when known", async () => {
    const sanne = await db.user.findUniqueOrThrow({ where: { email: "ouder@demo.test" } });
    const base = { actingOrganisationId: null, actingRole: null, subjectType: "ACCOUNT", ...ORIGIN };

    const ok = await entriesOf(() => checkCredentials({ email: sanne.email, password: PASSWORD }, ORIGIN));
    expect(ok).toEqual([
      expect.objectContaining({ ...base, action: "SIGN_IN", actorUserId: sanne.id, subjectId: sanne.id }),
    ]);

    const wrong = await entriesOf(() =>
      checkCredentials({ email: sanne.email, password: "niet-het-wachtwoord" }, ORIGIN),
    );
    expect(wrong).toEqual([
      expect.objectContaining({ ...base, action: "SIGN_IN_FAILED", actorUserId: sanne.id, actorName: sanne.name }),
    ]);

    const unknown = await entriesOf(() => checkCredentials({ email: "niemand@demo.test", password: PASSWORD }, ORIGIN));
    expect(unknown).toEqual([
      expect.objectContaining({ ...base, action: "SIGN_IN_FAILED", actorUserId: null, subjectId: null }),
    ]);
  });

  it("a refused attempt (link required, or address blocked) is logged as a failed sign-in too", async () => {
    const sanne = await db.user.findUniqueOrThrow({ where: { email: "ouder@demo.test" } });
    // Five failures for the account: a password alone no longer signs it in (decision 0020).
    await db.loginAttempt.createMany({
      data: Array.from({ length: 5 }, () => ({ email: sanne.email, ip: "192.0.2.99", success: false })),
    });
    let result: unknown;
    const linkRequired = await entriesOf(async () => {
      result = await checkCredentials({ email: sanne.email, password: PASSWORD }, ORIGIN);
    });
    expect(result).toBe("link-required");
    expect(linkRequired).toEqual([expect.objectContaining({ action: "SIGN_IN_FAILED", actorUserId: sanne.id })]);
    // Twenty failures from this address across accounts: the address is refused for a while.
    await db.loginAttempt.createMany({
      data: Array.from({ length: 20 }, (_, i) => ({
        email: `x${i}@demo.test`,
        ip: ORIGIN.clientAddress,
        success: false,
      })),
    });
    const blocked = await entriesOf(async () => {
      result = await checkCredentials({ email: "school@demo.test", password: PASSWORD }, ORIGIN);
    });
    expect(result).toBe("throttled");
    expect(blocked).toEqual([expect.objectContaining({ action: "SIGN_IN_FAILED", subjectType: "ACCOUNT" })]);
  });

  it("a sign-in link: its use is a sign-in; an unknown, reused or expired link a failed one", async () => {
    const sanne = await db.user.findUniqueOrThrow({ where: { email: "ouder@demo.test" } });
    const adapter = signInLinkAdapter(getDb);
    await db.verificationToken.create({
      data: { identifier: sanne.email, token: "hash-1", expires: new Date(Date.now() + 60_000) },
    });
    const used = await entriesOf(async () => {
      expect(await adapter.useVerificationToken!({ identifier: sanne.email, token: "hash-1" })).not.toBeNull();
      const user = { id: sanne.id, email: sanne.email, name: sanne.name, emailVerified: null };
      const account = { provider: "email", type: "email" as const, providerAccountId: sanne.email };
      expect(await authOptions.callbacks!.signIn!({ user, account, email: { verificationRequest: false } })).toBe(true);
    });
    expect(used).toEqual([expect.objectContaining({ action: "SIGN_IN", actorUserId: sanne.id, ...ORIGIN })]);

    const reused = await entriesOf(async () =>
      adapter.useVerificationToken!({ identifier: sanne.email, token: "hash-1" }),
    );
    expect(reused).toEqual([expect.objectContaining({ action: "SIGN_IN_FAILED", actorUserId: sanne.id })]);

    await db.verificationToken.create({
      data: { identifier: sanne.email, token: "hash-2", expires: new Date(Date.now() - 1000) },
    });
    const expired = await entriesOf(async () =>
      adapter.useVerificationToken!({ identifier: sanne.email, token: "hash-2" }),
    );
    expect(expired).toEqual([expect.objectContaining({ action: "SIGN_IN_FAILED", actorUserId: sanne.id })]);
  });
});
