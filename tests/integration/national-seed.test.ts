import { describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/client";
import { requiredParties } from "../../lib/arrangements/parties";
import { lineFromRow } from "../../lib/arrangements/workflow/mapping";
import { PHASES } from "../../lib/initiatives/phases";
import { brinCode, cbsCode, swvCode } from "../../lib/seed/national/organisations";
import { countsFor, parseScale } from "../../lib/seed/national/scale";
import { seedNational } from "../../lib/seed/national/seed-national";
import { applicableSteps } from "../../lib/stappenplan/plan";
import { templateVersion } from "../../lib/stappenplan/templates";
import { freshDemoWorld } from "./support/world";
import { ID } from "../support/demo";

const FACTOR = 0.01;
const GEN = { startsWith: "gen_" };

async function snapshot(db: Db) {
  const counts = await Promise.all([
    db.organisation.count(),
    db.user.count(),
    db.membership.count(),
    db.initiative.count(),
    db.initiativeParticipant.count(),
    db.initiativeStep.count(),
    db.arrangementVersion.count(),
    db.arrangementLine.count(),
    db.arrangementApproval.count(),
    db.auditEvent.count(),
  ]);
  const latest = await db.initiative.aggregate({ _max: { updatedAt: true } });
  return { counts, latest: latest._max.updatedAt };
}

describe("national data generator", () => {
  it("parses --scale and keeps codes out of the demo's ranges", () => {
    expect(parseScale("national")).toEqual({ factor: 1 });
    expect(parseScale("0.1")).toEqual({ factor: 0.1 });
    for (const bad of [undefined, "", "0", "-1", "abc", "1e3", "1000"]) expect(parseScale(bad)).toHaveProperty("error");
    expect(countsFor(0.01)).toMatchObject({ initiatives: 100, schools: 60, users: 200, swvs: 2, zorgkantoren: 1 });

    const brins = Array.from({ length: 60_000 }, (_, i) => brinCode(i));
    expect(new Set(brins).size).toBe(brins.length);
    expect(brins.every((b) => b.startsWith("9") && !/^9[78]/.test(b))).toBe(true);
    expect(new Set(Array.from({ length: 5_000 }, (_, i) => cbsCode(i))).size).toBe(5_000);
    expect(new Set(Array.from({ length: 2_000 }, (_, i) => swvCode(i))).size).toBe(2_000);
  });

  it("fills the database in proportion to the factor, consistently, and a second run changes nothing", async () => {
    const db = await freshDemoWorld();
    const lines: string[] = [];
    const result = await seedNational(db, { factor: FACTOR, log: (l) => lines.push(l) });
    expect(result.created).toBe(true);
    expect(lines.at(-1)).toMatch(/^Done in/);

    // Counts follow the factor.
    const planned = countsFor(FACTOR);
    expect(await db.initiative.count({ where: { id: GEN } })).toBe(planned.initiatives);
    expect(await db.organisation.count({ where: { id: GEN, kind: "SWV" } })).toBe(planned.swvs);
    expect(planned.swvs).toBeGreaterThanOrEqual(2);
    expect(await db.organisation.count({ where: { id: GEN, kind: "GEMEENTE" } })).toBe(planned.gemeenten);
    expect(await db.organisation.count({ where: { id: GEN, kind: "SCHOOL" } })).toBe(planned.schools);
    expect(await db.user.count({ where: { email: { endsWith: "@generated.test" } } })).toBe(planned.users);
    expect(result.rows.initiative).toBe(planned.initiatives);
    expect(result.rows.arrangementLine).toBeGreaterThan(0);

    // Everything generated is marked as invented, and every organisation has someone to act for it.
    expect(await db.organisation.count({ where: { id: GEN, fictitious: false } })).toBe(0);
    expect(await db.organisation.count({ where: { id: GEN, memberships: { none: {} } } })).toBe(0);
    const users = await db.user.findMany({
      where: { email: { endsWith: "@generated.test" } },
      select: { passwordHash: true },
    });
    expect(new Set(users.map((u) => u.passwordHash)).size).toBe(1);

    // Steps follow the template and the decisions; earlier phases are done.
    const template = templateVersion(1);
    const initiatives = await db.initiative.findMany({
      where: { id: GEN },
      select: {
        id: true,
        phase: true,
        scenario: true,
        careOption: true,
        templateVersion: true,
        hostSchool: { select: { gemeenteId: true } },
        gemeenten: true,
        steps: { select: { key: true, phase: true, status: true, position: true } },
      },
    });
    for (const i of initiatives) {
      expect(i.templateVersion).toBe(1);
      expect(i.gemeenten.map((g) => g.gemeenteId)).toContain(i.hostSchool!.gemeenteId);
      const wanted = applicableSteps(template, { scenario: i.scenario, careOption: i.careOption });
      expect(i.steps.map((s) => s.key).sort()).toEqual(wanted.map((s) => s.key).sort());
      for (const s of i.steps) {
        expect(s.position).toBe(template.steps.findIndex((t) => t.key === s.key));
        if (PHASES.indexOf(s.phase) < PHASES.indexOf(i.phase)) expect(s.status).toBe("AFGEROND");
        if (PHASES.indexOf(s.phase) > PHASES.indexOf(i.phase)) expect(s.status).toBe("NIET_GESTART");
      }
      if (PHASES.indexOf(i.phase) >= 2) expect(i.scenario && i.careOption).toBeTruthy();
    }
    expect(new Set(initiatives.map((i) => i.phase)).size).toBeGreaterThanOrEqual(4);

    // Every payer and provider takes part in the initiative; established versions are approved by every required party.
    const versions = await db.arrangementVersion.findMany({
      where: { id: GEN },
      include: {
        lines: true,
        approvals: true,
        arrangement: { select: { initiative: { select: { participants: { select: { organisationId: true } } } } } },
      },
    });
    expect(versions.length).toBeGreaterThan(0);
    for (const v of versions) {
      const participants = new Set(v.arrangement.initiative.participants.map((p) => p.organisationId));
      for (const l of v.lines) {
        expect(participants.has(l.payerOrganisationId)).toBe(true);
        expect(participants.has(l.providerOrganisationId)).toBe(true);
      }
      const required = requiredParties(v.lines.map(lineFromRow))
        .map((p) => p.partyKey)
        .sort();
      const approved = v.approvals.map((a) => a.partyKey).sort();
      if (v.state === "VASTGESTELD") expect(approved).toEqual(required);
      if (v.state === "TER_BEOORDELING") expect(approved.length).toBeLessThan(required.length);
      if (v.state === "CONCEPT") expect(approved).toEqual([]);
      for (const key of approved) expect(required).toContain(key);
    }

    // The demo's Breda region and gemeente take part: initiatives, a review queue and committed amounts.
    expect(await db.initiative.count({ where: { id: GEN, swvId: ID.swvBreda } })).toBeGreaterThan(0);
    expect(
      await db.initiative.count({ where: { id: GEN, gemeenten: { some: { gemeenteId: ID.gemeenteBreda } } } }),
    ).toBeGreaterThan(0);
    const breda = {
      payerOrganisationId: ID.gemeenteBreda,
      fundingStream: { in: ["JEUGDWET" as const, "WMO" as const] },
    };
    expect(
      await db.arrangementVersion.count({
        where: {
          id: GEN,
          state: "TER_BEOORDELING",
          lines: { some: breda },
          approvals: { none: { partyKey: `org:${ID.gemeenteBreda}` } },
        },
      }),
    ).toBeGreaterThan(0);
    expect(
      await db.arrangementVersion.count({ where: { id: GEN, state: "VASTGESTELD", lines: { some: breda } } }),
    ).toBeGreaterThan(0);

    // A second run finds the generated data and changes nothing.
    const before = await snapshot(db);
    const again: string[] = [];
    const second = await seedNational(db, { factor: FACTOR, log: (l) => again.push(l) });
    expect(second.created).toBe(false);
    expect(again.join("\n")).toMatch(/already present/);
    expect(await snapshot(db)).toEqual(before);
  }, 300_000);
});
