import { describe, expect, it } from "vitest";
import { idpDidMfa } from "../../lib/sso/mfa";

describe("whether the organisation's provider did MFA", () => {
  it.each([
    [{ amr: ["pwd", "mfa"] }, true],
    [{ amr: ["otp"] }, true],
    [{ amr: ["hwk"] }, true],
    [{ acr: "https://refeds.org/profile/mfa" }, true],
    [{ acr: "http://schemas.openid.net/pape/policies/2007/06/multi-factor" }, true],
    [{ amr: ["pwd"] }, false],
    [{ amr: "mfa" }, false],
    [{ acr: "pwd" }, false],
    [{}, false],
  ])("%j → %s", (claims, expected) => {
    expect(idpDidMfa(claims)).toBe(expected);
  });
});
