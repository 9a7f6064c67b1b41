import { describe, expect, it } from "vitest";
import { buildWorkspaces, chooseWorkspace } from "../../lib/policy/actor";

const org = (id: string, name: string, kind: "SCHOOL" | "ZORGAANBIEDER" = "SCHOOL") => ({
  role: "MEDEWERKER" as const,
  organisation: { id, kind, name },
});

describe("workspaces of a user", () => {
  it("gives a parent without organisation a personal workspace only", () => {
    expect(buildWorkspaces({ memberships: [], parentParticipations: 1 })).toEqual([
      { key: "persoonlijk", kind: "PERSONAL" },
    ]);
  });

  it("gives a parent who also works for a zorgaanbieder both, personal first", () => {
    const ws = buildWorkspaces({ memberships: [org("z1", "Kinderzorg", "ZORGAANBIEDER")], parentParticipations: 2 });
    expect(ws.map((w) => w.key)).toEqual(["persoonlijk", "z1"]);
  });

  it("gives staff only their organisations, sorted by name", () => {
    const ws = buildWorkspaces({
      memberships: [org("b", "De Zonnewijzer"), org("a", "De Klimop")],
      parentParticipations: 0,
    });
    expect(ws.map((w) => w.key)).toEqual(["a", "b"]);
  });

  it("keeps the chosen workspace only when the user has it", () => {
    const ws = buildWorkspaces({ memberships: [org("a", "A"), org("b", "B")], parentParticipations: 0 });
    expect(chooseWorkspace(ws, "b").key).toBe("b");
    expect(chooseWorkspace(ws, "someone-elses-org").key).toBe("a");
    expect(chooseWorkspace(ws, undefined).key).toBe("a");
  });
});
