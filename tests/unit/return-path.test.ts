// After confirming the password the person returns where they were: a path on this site only.
import { describe, expect, it } from "vitest";
import { reauthenticationPath, safeReturnPath } from "../../lib/auth/return-path";

describe("safeReturnPath", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeReturnPath("/account")).toBe("/account");
    expect(safeReturnPath("/organisatie/sso?tab=2#x")).toBe("/organisatie/sso?tab=2#x");
  });

  it("falls back for anything that could leave the site", () => {
    for (const raw of [
      "https://evil.example/",
      "//evil.example/pad",
      "/\\evil.example",
      "\\\\evil.example",
      "javascript:alert(1)",
      "account",
      "/a\nb",
      "",
      undefined,
      42,
      `/${"x".repeat(600)}`,
    ])
      expect(safeReturnPath(raw), String(raw)).toBe("/account");
  });

  it("builds the confirmation page's address with a safe return path only", () => {
    expect(reauthenticationPath("/account?x=1")).toBe("/account/bevestigen?terug=%2Faccount%3Fx%3D1");
    expect(reauthenticationPath("//evil.example")).toBe("/account/bevestigen?terug=%2Faccount");
  });
});
