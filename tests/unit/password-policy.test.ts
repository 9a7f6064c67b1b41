import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword, ZNewPassword } from "../../lib/auth/password";

const problem = (p: string) => {
  const r = ZNewPassword.safeParse(p);
  return r.success ? null : r.error.issues[0]!.message;
};

describe("new passwords", () => {
  it("needs at least 12 characters", () => {
    expect(problem("kort-maar-1")).toBe("passwordTooShort");
    expect(problem("precies12tek")).toBeNull();
  });

  it("refuses common and trivially guessable passwords", () => {
    for (const p of [
      "wachtwoord123",
      "Password1234",
      "123456789012",
      "aaaaaaaaaaaaaa",
      "welkomwelkom",
      "qwertyuiop",
      "abcdefghijklmn",
    ]) {
      expect(problem(p), p).not.toBeNull();
    }
  });

  it("accepts a passphrase", () => {
    expect(problem("fiets-naar-de-Vlinderboom")).toBeNull();
  });
});

describe("password hashes", () => {
  it("uses argon2id with OWASP parameters and verifies only the right password", async () => {
    const hash = await hashPassword("fiets-naar-de-Vlinderboom");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "fiets-naar-de-Vlinderboom")).toBe(true);
    expect(await verifyPassword(hash, "fiets-naar-de-vlinderboom")).toBe(false);
    expect(await verifyPassword("not-a-hash", "x")).toBe(false);
  });
});
