// The pure parts of erasing a child's record: the pseudonym an erased child keeps, the
// confirmation period, and how a kept approval of an erased child shows in the parents' review.
import { describe, expect, it } from "vitest";
import { parentsReview, type ApprovalView, type ParentsFacts } from "../../lib/arrangements/parents-review";
import { ERASURE_CONFIRMATION_DAYS, erasureEffectiveAfter } from "../../lib/children/erasure/period";
import { childPseudonym } from "../../lib/children/erasure/pseudonym";

describe("childPseudonym", () => {
  it("is 'Kind' and four hex digits, the same for the same id, and says nothing of the id", () => {
    const id = "cmiq4v0x80000abcdxyz12345";
    expect(childPseudonym(id)).toMatch(/^Kind [0-9A-F]{4}$/);
    expect(childPseudonym(id)).toBe(childPseudonym(id));
    expect(childPseudonym(id)).not.toContain(id.slice(0, 4).toUpperCase());
    expect(childPseudonym("a")).not.toBe(childPseudonym("b"));
  });
});

describe("the confirmation period", () => {
  it("ends exactly 14 days after the request", () => {
    expect(ERASURE_CONFIRMATION_DAYS).toBe(14);
    expect(erasureEffectiveAfter(new Date("2026-12-02T10:00:00Z"))).toEqual(new Date("2026-12-16T10:00:00Z"));
  });
});

describe("the parents' review with an erased child", () => {
  const approval = (childId: string, erasedChildName: string | null = null): ApprovalView => ({
    partyKey: "parents",
    childId,
    organisationName: null,
    approvedByName: "Sanne",
    onBehalfOfName: null,
    approvedAt: new Date("2026-12-01T10:00:00Z"),
    carriedFromNumber: null,
    erasedChildName,
  });
  const facts: ParentsFacts = {
    children: [{ id: "noor", displayName: "Noor", guardians: [{ userId: "u1", name: "Sanne" }], mandates: [] }],
    named: new Set(["noor"]),
    rights: [],
  };

  it("shows the kept approval under the pseudonym, and it counts for nobody in the group", () => {
    const review = parentsReview(facts, [approval("gone", "Kind 7F3A")], { established: false, underReview: true });
    expect(review.children).toEqual([
      expect.objectContaining({ childId: "noor", name: "Noor", state: "WAITING" }),
      expect.objectContaining({ childId: "gone", name: "Kind 7F3A", state: "APPROVED" }),
    ]);
    expect(review.state).toBe("WAITING");
    expect(review.waiting.names).toEqual(["Noor"]);
  });

  it("leaves out an approval for a child that left the group without being erased", () => {
    const review = parentsReview(facts, [approval("left")], { established: false, underReview: true });
    expect(review.children.map((c) => c.childId)).toEqual(["noor"]);
  });
});
