// The password policy's judgement, shared by the server (authoritative) and the strength meter in
// the browser: at least MIN_PASSWORD_LENGTH characters, none of the person's own name or e-mail,
// not a known common password, not one word dressed up with digits and symbols, and a zxcvbn score
// of at least MIN_PASSWORD_SCORE (docs/decisions/0015-identity-forms-and-password-policy.md).
// The estimator comes in as a parameter so the dictionaries load only where they are wanted.
import type { ZxcvbnFactory, ZxcvbnResult } from "@zxcvbn-ts/core";
import { MIN_PASSWORD_LENGTH } from "./password-schema";

export const MIN_PASSWORD_SCORE = 3;

/** Message keys (validation.*), in the order they are checked. */
export type PasswordProblem =
  | "passwordTooShort"
  | "passwordTooLong"
  | "passwordPersonal"
  | "passwordCommon"
  | "passwordPredictable"
  | "passwordWeak";

export interface PasswordVerdict {
  /** 0–4, zxcvbn's estimate (0 when the length rule already refuses). */
  score: number;
  problem: PasswordProblem | null;
  result: ZxcvbnResult | null;
}

/** The parts of a name and e-mail address a password must not contain: words of 3+ letters. */
export function personalWords(person: { name?: string | null; email?: string | null }): string[] {
  const [local = "", domain = ""] = (person.email ?? "").toLowerCase().split("@");
  const words = [
    ...(person.name ?? "").toLowerCase().split(/[^\p{L}\p{N}]+/u),
    ...local.split(/[^\p{L}\p{N}]+/u),
    local,
    domain.split(".")[0] ?? "",
  ];
  return [...new Set(words.filter((w) => w.length >= 3))];
}

const hasLetter = (s: string) => /\p{L}/u.test(s);

export function judgePassword(
  zxcvbn: Pick<ZxcvbnFactory, "check">,
  password: string,
  person: { name?: string | null; email?: string | null } = {},
): PasswordVerdict {
  if (password.length < MIN_PASSWORD_LENGTH) return { score: 0, problem: "passwordTooShort", result: null };
  if (password.length > 200) return { score: 0, problem: "passwordTooLong", result: null };
  const words = personalWords(person);
  const result = zxcvbn.check(password, words);
  const verdict = (problem: PasswordProblem | null) => ({ score: result.score, problem, result });
  const lower = password.toLowerCase();
  if (words.some((w) => lower.includes(w))) return verdict("passwordPersonal");
  const dictionary = result.sequence.filter((m) => m.pattern === "dictionary");
  // The whole password (or all of it but digits and symbols) is a leaked password.
  if (
    dictionary.some((m) => m.dictionaryName === "passwords-common") &&
    result.sequence.every((m) => m.dictionaryName === "passwords-common" || !hasLetter(m.token))
  )
    return verdict("passwordCommon");
  // "Welkom2026!!": one dictionary word with only digits and symbols around it.
  if (dictionary.length === 1 && result.sequence.every((m) => m === dictionary[0] || !hasLetter(m.token)))
    return verdict("passwordPredictable");
  if (result.score < MIN_PASSWORD_SCORE) return verdict("passwordWeak");
  return verdict(null);
}
