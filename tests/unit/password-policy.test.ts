import * as commonLists from "@zxcvbn-ts/language-common";
import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword, ZNewPassword } from "../../lib/auth/password";
import { passwordEstimator } from "../../lib/auth/password-estimator";
import { passwordProblem } from "../../lib/auth/password-policy";
import { judgePassword, MIN_PASSWORD_SCORE, personalWords } from "../../lib/auth/password-strength";

const lengthProblem = (p: string) => {
  const r = ZNewPassword.safeParse(p);
  return r.success ? null : r.error.issues[0]!.message;
};
const jan = { name: "Jan de Vries", email: "jan.devries@voorbeeld.nl" };

describe("new passwords: the length rule the browser checks too", () => {
  it("needs at least 12 characters and at most 200", () => {
    expect(lengthProblem("kort-maar-1")).toBe("passwordTooShort");
    expect(lengthProblem("precies12tek")).toBeNull();
    expect(lengthProblem("x".repeat(201))).toBe("passwordTooLong");
  });
});

// The estimator takes 50–250 ms a password (more on a busy machine).
describe("new passwords: the server's policy", { timeout: 60_000 }, () => {
  it("refuses the passwords named in the issue, each with its reason", () => {
    expect(passwordProblem("Password123!", jan)).toBe("passwordCommon");
    expect(passwordProblem("Welkom2026!!", jan)).toBe("passwordPredictable");
    expect(passwordProblem("Wachtwoord2026", jan)).not.toBeNull();
  });

  it("refuses leaked, repeated, keyboard and sequence passwords", () => {
    for (const p of [
      "wachtwoord123",
      "Password1234",
      "123456789012",
      "aaaaaaaaaaaaaa",
      "welkomwelkom",
      "qwertyuiopas",
      "abcdefghijklmn",
      "iloveyou1234",
      "voetbal1234567",
      "Zomer2026!!!",
    ])
      expect(passwordProblem(p, jan), p).not.toBeNull();
  });

  it("knows at least the 10,000 most common passwords", () => {
    expect(commonLists.dictionary["passwords-common"].length).toBeGreaterThanOrEqual(10_000);
    // Entries of 12+ characters from the list itself.
    const common = commonLists.dictionary["passwords-common"].filter((p) => p.length >= 12).slice(0, 12);
    expect(common.length).toBe(12);
    for (const p of common) expect(passwordProblem(p, jan), p).not.toBeNull();
  });

  it("refuses a password with the person's own name or e-mail in it", () => {
    expect(passwordProblem("devries-fietst-naar-school", jan)).toBe("passwordPersonal");
    expect(passwordProblem("Klimrek-Jan-Schoolplein-7", jan)).toBe("passwordPersonal");
    expect(passwordProblem("voorbeeld-Klimrek-Schoolplein", jan)).toBe("passwordPersonal");
    // The same password for someone else is fine.
    expect(passwordProblem("devries-fietst-naar-school", { name: "Noor Bakker", email: "noor@elders.nl" })).toBeNull();
    expect(personalWords(jan)).toEqual(expect.arrayContaining(["jan", "vries", "devries", "jan.devries", "voorbeeld"]));
  });

  it("accepts passphrases and random strings", () => {
    for (const p of ["fiets-naar-de-Vlinderboom", "klimrek-op-het-schoolplein", "q8#Lm2!vTz9pRw"])
      expect(passwordProblem(p, jan), p).toBeNull();
  });

  it("asks for a zxcvbn score of at least 3", () => {
    expect(MIN_PASSWORD_SCORE).toBe(3);
    const verdict = judgePassword(passwordEstimator, "fiets-naar-de-Vlinderboom", jan);
    expect(verdict.score).toBeGreaterThanOrEqual(3);
    expect(judgePassword(passwordEstimator, "kort", jan)).toMatchObject({ score: 0, problem: "passwordTooShort" });
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
