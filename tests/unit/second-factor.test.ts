import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetAppConfig } from "../../lib/config/app-config";
import { hashRecoveryCode, looksLikeRecoveryCode, normaliseRecoveryCode } from "../../lib/mfa/recovery-codes";
import { secondFactorNeed } from "../../lib/mfa/requirement";
import { open, seal } from "../../lib/mfa/secret-box";
import { acceptedStep, currentCode, newTotpSecret, stepAt } from "../../lib/mfa/totp";

const now = new Date("2026-12-02T10:00:10Z");

describe("TOTP", () => {
  const secret = newTotpSecret();
  it("accepts the current code and one step either side, never a replay", () => {
    const step = stepAt(now);
    expect(acceptedStep(secret, currentCode(secret, now), null, now)).toBe(step);
    expect(acceptedStep(secret, currentCode(secret, new Date(now.getTime() - 30_000)), null, now)).toBe(step - 1);
    expect(acceptedStep(secret, currentCode(secret, new Date(now.getTime() + 30_000)), null, now)).toBe(step + 1);
    expect(acceptedStep(secret, currentCode(secret, new Date(now.getTime() - 90_000)), null, now)).toBeNull();
    expect(acceptedStep(secret, currentCode(secret, now), step, now)).toBeNull();
    expect(acceptedStep(secret, "12345", null, now)).toBeNull();
  });
});

describe("secret box", () => {
  // The key derives from the app secret, which PostgreSQL deployments (and CI) must set.
  const saved = process.env.NEXTAUTH_SECRET;
  beforeAll(() => {
    process.env.NEXTAUTH_SECRET = "unit-test-secret-of-a-reasonable-length";
    resetAppConfig();
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.NEXTAUTH_SECRET;
    else process.env.NEXTAUTH_SECRET = saved;
    resetAppConfig();
  });

  it("round-trips and hides the secret", () => {
    const sealed = seal("JBSWY3DPEHPK3PXP");
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(open(sealed)).toBe("JBSWY3DPEHPK3PXP");
    expect(() => open(sealed.slice(0, -2) + "AA")).toThrow();
  });
});

describe("recovery codes", () => {
  it("normalises typing variations to one hash", () => {
    expect(normaliseRecoveryCode("ABCDE FGHJK")).toBe("abcde-fghjk");
    expect(hashRecoveryCode("abcde-fghjk")).toBe(hashRecoveryCode("ABCDEFGHJK"));
    expect(looksLikeRecoveryCode("123456")).toBe(false);
  });
});

describe("who must pass a second factor", () => {
  const member = { email: "anna@school.nl", isOrganisationMember: true, enrolled: false, secondFactorAt: null };
  it("members enrol, enrolled people verify, parents are not forced", () => {
    expect(secondFactorNeed(member, false)).toBe("enrol");
    expect(secondFactorNeed({ ...member, enrolled: true }, false)).toBe("verify");
    expect(secondFactorNeed({ ...member, enrolled: true, secondFactorAt: now }, false)).toBe("none");
    expect(secondFactorNeed({ ...member, isOrganisationMember: false }, false)).toBe("none");
  });
  it("the demo relaxation lets only unenrolled .test accounts through", () => {
    expect(secondFactorNeed({ ...member, email: "school@demo.test" }, true)).toBe("demo-skipped");
    expect(secondFactorNeed({ ...member, email: "school@demo.test" }, false)).toBe("enrol");
    expect(secondFactorNeed(member, true)).toBe("enrol");
    expect(secondFactorNeed({ ...member, email: "school@demo.test", enrolled: true }, true)).toBe("verify");
  });
});
